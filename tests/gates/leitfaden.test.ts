// The Gesprächsleitfaden in dist/ (LOGIN area): an overview and one page per language, each newcomer topic
// with the person's language beside the German and the same "what you must do" box as its topic page.
// Only reads dist/; the guard in front of it is tested against the server in tests/functions/leitfaden.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { locales, sourceLocale } from '../../src/domain/i18n/locales.ts';
import { loadTopics } from '../../scripts/lib/topics.ts';
import { qrSymbol } from '../../src/lib/qr.ts';

const dist = new URL('../../dist/', import.meta.url);
const root = resolve(import.meta.dirname, '../..');
type Document = ReturnType<typeof parseDocument>;
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
const page = (path: string): Document => parseDocument(readFileSync(new URL(`${path}index.html`, dist), 'utf8'));
const byClass = (node: Document | Element, cls: string): Element[] =>
  DomUtils.findAll((e) => (e.attribs['class'] ?? '').split(/\s+/).includes(cls), [node]);
const text = (node: Element): string => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();

const topics = await loadTopics(root);
// What the guide must hold: the newcomer topics (group `topic`) in their order, as the German pages say.
const guideSlugs = topics.filter((t) => t.locale === 'de' && t.data.group === 'topic').sort((a, b) => a.data.order - b.data.order).map((t) => t.slug);
const titleOf = (locale: string, slug: string) => (topics.find((t) => t.locale === locale && t.slug === slug) ?? topics.find((t) => t.locale === 'de' && t.slug === slug))!.data.title;

/** The "what you must do" box of the built topic page: its text and where its links go (resolved). */
function topicPageBox(locale: string, slug: string): { text: string; links: string[] } {
  const box = byClass(page(`${locale}/themen/${slug}/`), 'topic-box--must-do')[0]!;
  // Glossary links mark a word's first use on the topic page itself; the guide shows the box's own links only.
  const links = DomUtils.getElementsByTagName('a', box).filter((a) => !(a.attribs['class'] ?? '').includes('glossary-link'))
    .map((a) => new URL(a.attribs['href']!, `https://x/${locale}/themen/${slug}/`).pathname);
  return { text: text(box), links };
}

// What each language's QR sprite must hold: per guide topic a symbol with the code of its topic page's public address.
const sprites = new Map(locales.map((l) => [l.code, readFileSync(new URL(`${l.code}/themen/qr.svg`, dist), 'utf8')]));
const expectedSymbols = new Map(await Promise.all(locales.flatMap((l) => guideSlugs.map(async (slug) =>
  [`${l.code}/${slug}`, await qrSymbol(slug, `https://integration.so.ch/${l.code}/themen/${slug}/`)] as const))));

describe('Gesprächsleitfaden in dist/', () => {
  it('has the overview and one page per language (25 pages)', () => {
    const pages = ['gemeinden/leitfaden/', ...locales.map((l) => `gemeinden/leitfaden/${l.code}/`)];
    expect(pages).toHaveLength(locales.length + 1);
    for (const p of pages) expect(existsSync(new URL(`${p}index.html`, dist)), p).toBe(true);
  });

  it('the overview links every language by endonym and German name', () => {
    const doc = page('gemeinden/leitfaden/');
    for (const l of locales) {
      const link = DomUtils.findOne((e) => e.name === 'a' && e.attribs['href'] === `/gemeinden/leitfaden/${l.code}/`, doc.children)!;
      expect(link, l.code).toBeTruthy();
      expect(text(link), l.code).toContain(l.endonym);
      if (l.code !== 'de') expect(text(link), l.code).toContain(l.germanName);
      const endonym = DomUtils.findOne((e) => e.name === 'span' && e.attribs['lang'] === l.tag, [link])!;
      expect(endonym.attribs['dir'], l.code).toBe(l.dir);
    }
  });

  it('the start page of the LOGIN area links the guide instead of announcing it', () => {
    const html = readFileSync(new URL('gemeinden/index.html', dist), 'utf8');
    expect(html).toContain('href="/gemeinden/leitfaden/"');
    expect(html).not.toContain('Er folgt, sobald');
  });

  it('has at least 10 newcomer topics to go through', () => {
    expect(guideSlugs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(locales.map((l) => [l.code, l]))('%s: every newcomer topic in order, the person\'s column with its lang/dir, and the topic\'s MustDo box', (code, l) => {
    const doc = page(`gemeinden/leitfaden/${code}/`);
    expect(DomUtils.findOne((e) => e.name === 'html', doc.children)!.attribs['lang']).toBe(sourceLocale.tag);
    const sections = byClass(doc, 'guide-topic');
    expect(sections.map((s) => s.attribs['aria-labelledby'])).toEqual(guideSlugs.map((s) => `de-${s}`));
    sections.forEach((section, i) => {
      const slug = guideSlugs[i]!;
      const where = `${code}/${slug}`;
      const german = byClass(section, 'guide-column--de');
      const own = byClass(section, 'guide-column--own');
      expect(german, where).toHaveLength(1);
      expect(german[0]!.attribs).toMatchObject({ lang: sourceLocale.tag, dir: sourceLocale.dir });
      expect(own, where).toHaveLength(code === 'de' ? 0 : 1);
      const columns: [Element, string][] = [[german[0]!, 'de'], ...own.map((c): [Element, string] => [c, code])];
      if (own[0]) expect(own[0].attribs, where).toMatchObject({ lang: l.tag, dir: l.dir });
      for (const [column, locale] of columns) {
        expect(text(DomUtils.getElementsByTagName('h2', column)[0]!), `${where} ${locale}`).toBe(`${i + 1}. ${titleOf(locale, slug)}`);
        const boxes = byClass(column, 'topic-box--must-do');
        expect(boxes, `${where} ${locale}`).toHaveLength(1);
        const expected = topicPageBox(locale, slug);
        expect(text(boxes[0]!), `${where} ${locale}`).toBe(expected.text);
        expect(DomUtils.getElementsByTagName('a', boxes[0]!).map((a) => a.attribs['href']), `${where} ${locale}`).toEqual(expected.links);
        // Only the box: nothing else of the topic page's text (its other boxes, its sections).
        expect(byClass(column, 'topic-box'), `${where} ${locale}`).toHaveLength(1);
      }
      const check = DomUtils.findOne((e) => e.name === 'input' && e.attribs['type'] === 'checkbox', [section])!;
      expect(check, where).toBeTruthy();
      const label = DomUtils.findOne((e) => e.name === 'label' && e.attribs['for'] === check.attribs['id'], [section])!;
      expect(text(label), where).toContain('besprochen');
      const qr = byClass(section, 'qr-code')[0]!;
      // The code comes from the language's sprite (inline, the 20 codes made the page too big): the symbol of that page's address.
      expect(DomUtils.getElementsByTagName('svg', qr), where).toHaveLength(1);
      const use = DomUtils.getElementsByTagName('use', qr);
      expect(use.map((u) => u.attribs['href']), where).toEqual([`/${code}/themen/qr.svg#${slug}`]);
      expect(sprites.get(code), where).toContain(expectedSymbols.get(`${code}/${slug}`));
      expect(text(qr), where).toBe(`https://integration.so.ch/${code}/themen/${slug}/`);
      expect(DomUtils.getElementsByTagName('a', qr)[0]!.attribs['href'], where).toBe(`/${code}/themen/${slug}/`);
    });
  });

  it('marks draft translations in the person\'s language, and German fallback text as German', () => {
    for (const section of byClass(page('gemeinden/leitfaden/ti/'), 'guide-topic')) {
      const slug = section.attribs['aria-labelledby']!.replace(/^de-/, '');
      const translation = topics.find((t) => t.locale === 'ti' && t.slug === slug);
      const own = byClass(section, 'guide-column--own')[0]!;
      expect(byClass(own, 'notice--draft').length, slug).toBe(translation?.data.status === 'draft' ? 1 : 0);
      expect(byClass(own, 'notice--fallback').length, slug).toBe(translation ? 0 : 1);
      expect(byClass(byClass(section, 'guide-column--de')[0]!, 'notice'), slug).toHaveLength(0);
    }
    expect(byClass(page('gemeinden/leitfaden/de/'), 'notice')).toHaveLength(0);
  });
});
