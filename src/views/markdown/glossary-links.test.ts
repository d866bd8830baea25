// The plugin as the build runs it: Sätteri's own Markdown → HTML with the plugin in `hastPlugins`.
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { satteriGlossaryPlugin, topicLocaleOfPath } from './glossary-links.ts';

const terms = [{ id: 'wohngemeinde', term: 'Wohngemeinde' }, { id: 'ausweis-b', term: 'Ausweis B' }, { id: 'fide', term: 'fide' }];
const topic = (locale: string) => new URL(`file:///site/content/topics/${locale}/wohnen.mdx`);

function render(markdown: string, fileURL: URL): string {
  return (markdownToHtml(markdown, { hastPlugins: [satteriGlossaryPlugin(terms)], fileURL })).html;
}

describe('glossary links (Sätteri plugin)', () => {
  it('links only the first use of each term on a page, to the entry in the reader language', () => {
    const html = render('Ihre Wohngemeinde hilft. Die Wohngemeinde ist nah.\n\nWohngemeinde', topic('ar'));
    expect(html).toBe('<p>Ihre <a href="/ar/begriffe/#wohngemeinde" class="glossary-link">Wohngemeinde</a> hilft. Die Wohngemeinde ist nah.</p>\n<p>Wohngemeinde</p>\n');
  });

  it('links every term of one sentence, and leaves headings, links, code and compounds alone', () => {
    const html = render('## Wohngemeinde\n\nDer fide-Test zählt. [fide](https://fide-service.ch) `fide` Mit Ausweis B und fide in der Wohngemeinde.', topic('de'));
    expect([...html.matchAll(/<a href="([^"]+)" class="glossary-link">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['/de/begriffe/#ausweis-b', 'Ausweis B'], ['/de/begriffe/#fide', 'fide'], ['/de/begriffe/#wohngemeinde', 'Wohngemeinde'],
    ]);
    expect(html).toContain('<h2>Wohngemeinde</h2>');
    expect(html).toContain('Der fide-Test zählt.');
    expect(html).toContain('<code>fide</code>');
  });

  it('prefers the longer term where two start at the same place', () => {
    const both = [{ id: 'ausweis', term: 'Ausweis' }, { id: 'ausweis-b', term: 'Ausweis B' }];
    const { html } = markdownToHtml('Mit Ausweis B.', { hastPlugins: [satteriGlossaryPlugin(both)], fileURL: topic('de') });
    expect(html).toContain('<a href="/de/begriffe/#ausweis-b" class="glossary-link">Ausweis B</a>');
  });

  it('works on topic pages only', () => {
    expect(render('Ihre Wohngemeinde hilft.', new URL('file:///site/content/infomails/2026-01.mdx'))).toBe('<p>Ihre Wohngemeinde hilft.</p>\n');
    expect(topicLocaleOfPath('/x/content/topics/ti/wohnen.mdx')).toBe('ti');
    expect(topicLocaleOfPath('/x/content/infomails/a.mdx')).toBeUndefined();
  });
});
