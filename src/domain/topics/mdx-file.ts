import { canonicalRecord, sourceHash } from '../i18n/source-hash.ts';

export interface MdxParts {
  /** YAML between the `---` lines. */
  frontmatter: string;
  /** Line in the file where the YAML starts (1-based), to report field errors at file lines. */
  frontmatterLine: number;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

/** Splits an MDX file into YAML frontmatter and body; `undefined` when it has no frontmatter block. */
export function splitMdx(text: string): MdxParts | undefined {
  const normalized = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(normalized);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    frontmatterLine: 2,
    body: normalized.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** The text a translation is made from: title, summary and body. Whitespace at line ends and around the body does not count. */
export function topicSourceText(title: string, summary: string, body: string): string {
  const cleanBody = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').trim();
  return canonicalRecord({ title: title.trim(), summary: summary.trim(), body: cleanBody });
}

/** Source hash of a German topic page: what a translation stores as `sourceHash`. */
export function topicSourceHash(title: string, summary: string, body: string): Promise<string> {
  return sourceHash(topicSourceText(title, summary, body));
}
