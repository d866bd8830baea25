// Build-time step (a hast plugin of the Markdown processor for the topic pages' MDX): the first use of each glossary word on a
// topic page becomes a link to its entry on /{locale}/begriffe/. The official German words stay German in
// every language, so one list of German terms serves all 24 languages. Headings, links and code are
// left alone; the boxes (<MustDo> …) are searched like the rest of the text.

export interface GlossaryLinkTerm {
  id: string;
  term: string;
}

export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex for a term as a whole word (not inside a longer word or a hyphenated compound). */
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(term)}(?![\\p{L}\\p{N}-])`, 'u');
}

/** Links the first occurrence of each term in `tree` (in document order) to `${glossaryHref}#${id}`. */
export function linkGlossaryTerms(tree: HastNode, terms: readonly GlossaryLinkTerm[], glossaryHref: string): void {
  // Longer terms first, so "Ausweis B" wins over a shorter term starting at the same place.
  const pending = [...terms].sort((a, b) => b.term.length - a.term.length).map((t) => ({ ...t, re: termPattern(t.term) }));
  const walk = (node: HastNode): void => {
    if (!node.children) return;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i]!;
      if (child.type === 'element' && SKIP_TAGS.has(child.tagName!)) continue;
      if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'Contact') continue;
      if (child.type !== 'text') {
        walk(child);
        continue;
      }
      if (pending.length === 0) return;
      let best: { index: number; length: number; k: number } | undefined;
      pending.forEach((t, k) => {
        const m = t.re.exec(child.value!);
        if (m && (best === undefined || m.index < best.index)) best = { index: m.index, length: m[0].length, k };
      });
      if (!best) continue;
      const [t] = pending.splice(best.k, 1);
      const text = child.value!;
      const link: HastNode = {
        type: 'element', tagName: 'a', properties: { href: `${glossaryHref}#${t!.id}`, className: ['glossary-link'] },
        children: [{ type: 'text', value: text.slice(best.index, best.index + best.length) }],
      };
      const parts: HastNode[] = [];
      if (best.index > 0) parts.push({ type: 'text', value: text.slice(0, best.index) });
      parts.push(link);
      const rest = text.slice(best.index + best.length);
      if (rest) parts.push({ type: 'text', value: rest });
      node.children.splice(i, 1, ...parts);
      // Continue with the link's following text (other terms may occur in it).
      i += best.index > 0 ? 1 : 0;
    }
  };
  walk(tree);
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
 * The same step as a hast plugin of Astro's Markdown processor (Sätteri): one instance per topic page,
 * so each page links each term once. Text inside links, headings, code and <Contact> is skipped.
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
        const text = node.value ?? '';
        const hit = firstTermMatch(text, pending);
        if (!hit) return;
        pending.splice(pending.findIndex((t) => t.id === hit.term.id), 1);
        const parts: object[] = [];
        if (hit.index > 0) parts.push({ type: 'text', value: text.slice(0, hit.index) });
        parts.push({
          type: 'element', tagName: 'a', properties: { href: `/${locale}/begriffe/#${hit.term.id}`, className: ['glossary-link'] },
          children: [{ type: 'text', value: text.slice(hit.index, hit.index + hit.length) }],
        });
        const rest = text.slice(hit.index + hit.length);
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
