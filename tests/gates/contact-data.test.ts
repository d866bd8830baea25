// Every phone number, e-mail address and street address on the site comes from the address directory
// (content/adressen/de.yaml, rendered by src/components/contact/ContactCard.astro inside
// data-directory-entry, and its JSON-LD). Anything else in dist/ is a second copy that can go stale.
// Exception: e-mail addresses on reserved *.example domains, which only labelled sample data uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(new URL('../../', import.meta.url).pathname, 'dist');

/** Contact data in one page that is not inside a directory entry: `tel:…`, `mailto:…`, "4500 Solothurn". */
export function strayContactData(html: string): string[] {
  const outside = html
    .replace(/<div class="contact"[^>]*data-directory-entry="[^"]*"[^>]*>[\s\S]*?<\/div>/g, '')
    // A call button that is itself one entry's number (the emergency strip).
    .replace(/<a\b[^>]*data-directory-entry="[^"]*"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<script[^>]*type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g, '');
  const found: string[] = [];
  for (const m of outside.matchAll(/href="((?:tel|mailto):[^"]*)"/g)) {
    if (/^mailto:[^@]+@[^"]+\.example$/.test(m[1]!)) continue;
    found.push(m[1]!);
  }
  const text = outside.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  // A Swiss postcode followed by a place name, after a street with a house number ("Riedholzplatz 3, 4509 Solothurn").
  for (const m of text.matchAll(/[A-ZÄÖÜ][\wäöüéè.-]+ \d+[a-z]?,?\s+\d{4} [A-ZÄÖÜ][\wäöüéè-]+/g)) found.push(m[0]);
  return found;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('contact data comes only from the address directory', () => {
  it('finds no tel:, mailto: or street address outside a directory entry in dist/', () => {
    const stray: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const s of strayContactData(readFileSync(file, 'utf8'))) stray.push(`${relative(dist, file)}: ${s}`);
    }
    expect(stray).toEqual([]);
  });

  it('reports a phone link, an e-mail and an address written straight into a page', () => {
    const page = '<p><a href="tel:+41326862267">032 686 22 67</a> <a href="mailto:x@so.ch">x</a> Allmendweg 6, 4528 Zuchwil</p>';
    expect(strayContactData(page)).toEqual(['tel:+41326862267', 'mailto:x@so.ch', 'Allmendweg 6, 4528 Zuchwil']);
  });

  it('accepts the same data inside a directory entry and sample e-mails on .example domains', () => {
    const page = '<div class="contact" data-directory-entry="akso-ipv"><address>Allmendweg 6<br>4528 Zuchwil <a href="tel:+41326862267">x</a></address></div>'
      + '<a href="mailto:anmeldung@vhs.beispiel.example">x</a>'
      + '<a class="emergency__call" href="tel:144" data-directory-entry="sanitaet"><span>144</span></a>';
    expect(strayContactData(page)).toEqual([]);
  });
});
