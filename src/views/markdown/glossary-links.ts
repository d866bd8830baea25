// Build-time step (a hast plugin of the Markdown processor for the topic pages' MDX): the first use of each glossary word on a
// topic page becomes a link to its entry on /{locale}/begriffe/. The official German words stay German in
// every language, so one list of German terms serves all 24 languages. Headings, links and code are
// left alone; the boxes (<MustDo> …) are searched like the rest of the text.

export interface GlossaryLinkTerm {
  id: string;
  term: string;
}

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex for a term as a whole word (not inside a longer word or a hyphenated compound). */
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(term)}(?![\\p{L}\\p{N}-])`, 'u');
}

/** The first pending term in `text` (earliest position; the longer term at a tie), or undefined. */
export function firstTermMatch(text: string, pending: readonly (GlossaryLinkTerm & { re?: RegExp })[]): { index: number; length: number; term: GlossaryLinkTerm } | undefined {
  let best: { index: number; length: number; term: GlossaryLinkTerm } | undefined;
  for (const t of pending) {
    const m = (t.re ?? termPattern(t.term)).exec(text);
    if (m && (best === undefined || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
      best = { index: m.index, length: m[0].length, term: t };
    }
  }
  return best;
}

/**
 * The hast plugin of Astro's Markdown processor (Sätteri): one instance per topic page, so each page links
 * each term once. Text inside links, headings, code and <Contact> is skipped.
 */
export function satteriGlossaryPlugin(terms: readonly GlossaryLinkTerm[]) {
  return (ctx: { fileURL: URL | undefined }) => {
    const locale = topicLocaleOfPath(ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : undefined);
    if (!locale) return null;
    const pending = terms.map((t) => ({ ...t, re: termPattern(t.term) }));
    type Node = { type: string; tagName?: string; name?: string | null; value?: string };
    type Ctx = { parent(n: Node): Node | undefined; replaceNode(n: Node, c: object[]): void };
    return {
      name: 'glossary-links',
      text(node: Node, v: Ctx) {
        if (pending.length === 0) return;
        for (let p = v.parent(node); p; p = v.parent(p)) {
          if (p.type === 'element' && SKIP_TAGS.has(p.tagName!)) return;
          if ((p.type === 'mdxJsxFlowElement' || p.type === 'mdxJsxTextElement') && p.name === 'Contact') return;
        }
        // One text node can hold several terms ("mit Ausweis B und fide"): the processor does not visit the
        // nodes a plugin puts in, so the whole text is split here, term by term.
        let rest = node.value ?? '';
        const parts: object[] = [];
        for (let hit = firstTermMatch(rest, pending); hit; hit = firstTermMatch(rest, pending)) {
          pending.splice(pending.findIndex((t) => t.id === hit!.term.id), 1);
          if (hit.index > 0) parts.push({ type: 'text', value: rest.slice(0, hit.index) });
          parts.push({
            type: 'element', tagName: 'a', properties: { href: `/${locale}/begriffe/#${hit.term.id}`, className: ['glossary-link'] },
            children: [{ type: 'text', value: rest.slice(hit.index, hit.index + hit.length) }],
          });
          rest = rest.slice(hit.index + hit.length);
        }
        if (parts.length === 0) return;
        if (rest) parts.push({ type: 'text', value: rest });
        v.replaceNode(node, parts);
      },
    };
  };
}

/** Locale folder of a topic page (`…/content/topics/<locale>/<slug>.mdx`), or undefined for other MDX files. */
export function topicLocaleOfPath(path: string | undefined): string | undefined {
  return path ? /(?:^|[\\/])content[\\/]topics[\\/]([a-z]{2,3})[\\/][^\\/]+\.mdx$/.exec(path)?.[1] : undefined;
}
