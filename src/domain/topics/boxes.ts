// The boxes of a topic page's MDX body as Markdown, for pages that show a box outside its topic page
// (the Gesprächsleitfaden of the LOGIN area shows each topic's <MustDo> box).
import type { topicComponents } from './validate.ts';

export type TopicBoxKind = (typeof topicComponents)[number];

/**
 * The Markdown inside every `<Kind>` … `</Kind>` box of `body`, in order, trimmed.
 * Boxes do not nest (validate.ts allows only the three box tags, and translations keep the German order).
 */
export function boxMarkdown(body: string, kind: TopicBoxKind): string[] {
  const re = new RegExp(`<${kind}\\s*>([\\s\\S]*?)</${kind}\\s*>`, 'g');
  return Array.from(body.replace(/\r\n?/g, '\n').matchAll(re), (m) => m[1]!.trim()).filter((md) => md !== '');
}

/**
 * Rewrites a topic page's own links for use on another page: `../<slug>/` (and `../`, the topic list)
 * are relative to `/{locale}/themen/<page>/`, so they become `/{locale}/themen/<slug>/`.
 * validate.ts allows no other relative links; full URLs, mailto:, tel: and #fragments stay as they are.
 */
export function absoluteTopicLinks(markdown: string, locale: string): string {
  return markdown
    .replace(/\]\(\.\.\//g, `](/${locale}/themen/`)
    .replace(/href="\.\.\//g, `href="/${locale}/themen/`);
}
