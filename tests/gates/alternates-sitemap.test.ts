// Search engines find every language of a page: each localized page lists its language versions
// (<link rel="alternate" hreflang>), the lists agree with each other (hreflang needs reciprocal links) and point
// at built pages, German fallbacks are no alternates, and sitemap.xml lists the public pages only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const site = 'https://integration.so.ch';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
}

/** hreflang → href of the page's alternate links. */
export function alternatesOf(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'link' && attrs.rel === 'alternate' && attrs.hreflang && attrs.href) out.set(attrs.hreflang, attrs.href);
    },
  });
  parser.write(html);
  parser.end();
  return out;
}

const pathOf = (file: string) => `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
const fileOf = (url: string) => join(dist, new URL(url).pathname, 'index.html');

describe('hreflang alternates', () => {
  const pages = locales.flatMap((l) => htmlFiles(join(dist, l.code)));
  const byPath = new Map(pages.map((f) => [pathOf(f), alternatesOf(readFileSync(f, 'utf8'))]));
  const signature = new Map([...byPath].map(([path, alt]) => [path, [...alt].sort().join()]));

  // Error pages and the bilingual handouts (a print-out for one person; no German version) have no language versions.
  const withoutVersions = /^\/[a-z]+\/((400|404|503)\/|entscheidungstool\/handout\/)/;

  it('every localized page but the error pages and handouts lists its language versions, German and x-default among them', () => {
    const missing = [...byPath].filter(([path, alt]) => !withoutVersions.test(path)
      && !(alt.has('de-CH') && alt.has('x-default'))).map(([path]) => path);
    expect(missing.slice(0, 10)).toEqual([]);
    console.log(`hreflang: ${byPath.size} localized pages checked`);
  });

  it('each alternate is an absolute address of a built page, and lists the same versions again (reciprocal)', () => {
    const problems: string[] = [];
    for (const [path, alt] of byPath) {
      if (withoutVersions.test(path) && alt.size > 0) problems.push(`${path} lists language versions`);
      for (const [lang, href] of alt) {
        if (!href.startsWith(`${site}/`)) { problems.push(`${path}: ${lang} → ${href} is not absolute`); continue; }
        if (!existsSync(fileOf(href))) { problems.push(`${path}: ${lang} → ${href} is not built`); continue; }
        const other = signature.get(new URL(href).pathname);
        if (other !== undefined && other !== signature.get(path)) problems.push(`${path} and ${href} list different versions`);
      }
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
  });

  it('a topic shown as German fallback is no alternate of its language', () => {
    const topics = join(root, 'content/topics');
    const german = readdirSync(join(topics, 'de')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
    let fallbacks = 0;
    for (const l of locales) {
      for (const slug of german) {
        const translated = existsSync(join(topics, l.code, `${slug}.mdx`));
        const alt = byPath.get(`/de/themen/${slug}/`);
        if (!alt) continue;
        expect(alt.has(l.tag), `${l.code}/${slug}`).toBe(translated);
        if (!translated) fallbacks++;
      }
    }
    console.log(`hreflang: ${fallbacks} German fallbacks are left out`);
  });
});

describe('sitemap', () => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const xml = sitemaps.map((u) => readFileSync(join(dist, new URL(u).pathname), 'utf8')).join('\n');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('lists built public pages only', () => {
    expect(urls.length).toBeGreaterThan(500);
    expect(urls.filter((u) => !existsSync(fileOf(u)))).toEqual([]);
    expect(urls.filter((u) => /\/(gemeinden|dev)\/|\/entscheidungstool\/(frage|ergebnis|handout|pruefen)\/|\/(400|404|503)\/$/.test(u))).toEqual([]);
    expect(urls).toContain(`${site}/`);
    expect(urls).toContain(`${site}/ti/themen/notfall/`);
  });

  it('links the language versions of a page', () => {
    const entry = xml.split('<url>').find((u) => u.startsWith(`<loc>${site}/ti/themen/notfall/</loc>`)) ?? '';
    expect(entry).toContain(`hreflang="de-CH" href="${site}/de/themen/notfall/"`);
    expect(entry).toContain(`hreflang="ar" href="${site}/ar/themen/notfall/"`);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});
