// What `npm run build` leaves in dist/: a page per language with the right lang/dir, one search index per language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';

const dist = new URL('../../dist/', import.meta.url);

describe('dist/', () => {
  it.each(locales.map((l) => [l.code, l]))('has the %s home page with lang and dir from the registry', (code, locale) => {
    const html = readFileSync(new URL(`${code}/index.html`, dist), 'utf8');
    expect(html).toContain(`<html lang="${locale.tag}" dir="${locale.dir}">`);
  });

  it('has one pagefind index per language, keyed by the lang of the pages', () => {
    const entry = JSON.parse(readFileSync(new URL('pagefind/pagefind-entry.json', dist), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((l) => l.tag.toLowerCase()).sort());
  });

  it('gives every page a title and a meta description in its own language (search engines show them)', async () => {
    const { glob, readFile } = await import('node:fs/promises');
    const missing: string[] = [];
    let pages = 0;
    for await (const path of glob('**/*.html', { cwd: dist.pathname })) {
      pages += 1;
      const html = await readFile(new URL(path, dist), 'utf8');
      if (!/<title>[^<]+<\/title>/.test(html) || !/<meta name="description" content="[^"]+"/.test(html)) missing.push(path);
    }
    expect(pages).toBeGreaterThan(3000);
    expect(missing.slice(0, 20), `${missing.length} pages without title or description`).toEqual([]);
  });

  it('ships the security headers and routes files', () => {
    expect(readFileSync(new URL('_headers', dist), 'utf8')).toContain('Content-Security-Policy');
    expect(JSON.parse(readFileSync(new URL('_routes.json', dist), 'utf8'))).toMatchObject({ version: 1 });
  });
});

describe('Content-Security-Policy compliance of dist/', () => {
  // script-src and style-src are 'self' only: an inline script, inline style element or style
  // attribute would be blocked in the browser, so none may be built.
  it('has no inline scripts, inline style elements or style attributes', async () => {
    const { glob, readFile } = await import('node:fs/promises');
    const offenders: string[] = [];
    for await (const path of glob('**/*.html', { cwd: dist.pathname })) {
      const html = await readFile(new URL(path, dist), 'utf8');
      // A JSON-LD data block (schema.org on the address directory) is data, not script: the CSP does not apply to it.
      if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/.test(html)) offenders.push(`${path}: inline <script>`);
      if (/<style[\s>]/.test(html)) offenders.push(`${path}: <style>`);
      if (/\sstyle="/.test(html)) offenders.push(`${path}: style attribute`);
      if (/\son[a-z]+="/.test(html)) offenders.push(`${path}: inline event handler`);
    }
    expect(offenders).toEqual([]);
  });
});
