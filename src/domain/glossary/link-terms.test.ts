import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms, topicLocaleOfPath, type HastNode } from './link-terms.ts';

const terms = [{ id: 'wohngemeinde', term: 'Wohngemeinde' }, { id: 'ausweis-b', term: 'Ausweis B' }, { id: 'fide', term: 'fide' }];
const p = (...children: HastNode[]): HastNode => ({ type: 'element', tagName: 'p', children });
const text = (value: string): HastNode => ({ type: 'text', value });

describe('linkGlossaryTerms', () => {
  it('links only the first use of each term, to the entry in the reader language', () => {
    const tree: { type: string; children: HastNode[] } = { type: 'root', children: [p(text('Ihre Wohngemeinde hilft. Die Wohngemeinde ist nah.')), p(text('Wohngemeinde'))] };
    linkGlossaryTerms(tree, terms, '/ar/begriffe/');
    expect(tree.children[0]!.children!).toEqual([
      text('Ihre '),
      { type: 'element', tagName: 'a', properties: { href: '/ar/begriffe/#wohngemeinde', className: ['glossary-link'] }, children: [text('Wohngemeinde')] },
      text(' hilft. Die Wohngemeinde ist nah.'),
    ]);
    expect(tree.children[1]!.children!).toEqual([text('Wohngemeinde')]);
  });

  it('links several terms in one text and leaves headings, links and compounds alone', () => {
    const tree: { type: string; children: HastNode[] } = { type: 'root', children: [
      { type: 'element', tagName: 'h2', children: [text('Wohngemeinde')] } as HastNode,
      p(text('Der fide-Test zählt. Mit Ausweis B und fide in der Wohngemeinde.')),
    ] };
    linkGlossaryTerms(tree, terms, '/de/begriffe/');
    const links = tree.children[1]!.children!.filter((c) => c.tagName === 'a').map((c) => (c.properties as { href: string }).href);
    expect(links).toEqual(['/de/begriffe/#ausweis-b', '/de/begriffe/#fide', '/de/begriffe/#wohngemeinde']);
    expect(tree.children[0]!.children!).toEqual([text('Wohngemeinde')]);
  });

  it('knows a topic page by its path', () => {
    expect(topicLocaleOfPath('/x/content/topics/ti/wohnen.mdx')).toBe('ti');
    expect(topicLocaleOfPath('/x/content/infomails/a.mdx')).toBeUndefined();
  });
});
