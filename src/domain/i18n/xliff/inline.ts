// Inline codes of a translatable text: the parts a translator must keep as they are. In XLIFF they become
// <ph>/<pc> elements, so a CAT tool (Trados, memoQ, Phrase) shows them as protected tags.

export type CodeType = 'placeholder' | 'link' | 'url' | 'tag' | 'code' | 'cell' | 'box';

export interface Ph { kind: 'ph'; type: CodeType; data: string; disp: string }
/** A paired code around translatable text, e.g. a Markdown link: `[` … `](url)`. */
export interface Pc { kind: 'pc'; type: CodeType; start: string; end: string; disp: string; children: Inline }
export type Inline = (string | Ph | Pc)[];

const PATTERN = /\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]+)\)|\{[A-Za-z0-9_.]+\}|<\/?[A-Za-z][^<>]*>|`[^`\n]+`|https?:\/\/[^\s<>)\]]+[^\s<>)\].,;:!?]/g;
const CELL = / \| /g;

/** Splits a text into plain text and inline codes. `cells`: a Markdown table row, whose ` | ` separators are codes too. */
export function tokenize(text: string, options: { cells?: boolean } = {}): Inline {
  const out: Inline = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    pushText(out, text.slice(last, m.index), options);
    const [whole, linkText, url] = m;
    if (url !== undefined) {
      out.push({ kind: 'pc', type: 'link', start: '[', end: `](${url})`, disp: url, children: tokenize(linkText ?? '') });
    } else if (whole.startsWith('{')) out.push({ kind: 'ph', type: 'placeholder', data: whole, disp: whole });
    else if (whole.startsWith('<')) out.push({ kind: 'ph', type: 'tag', data: whole, disp: whole });
    else if (whole.startsWith('`')) out.push({ kind: 'ph', type: 'code', data: whole, disp: whole });
    else out.push({ kind: 'ph', type: 'url', data: whole, disp: whole });
    last = m.index + whole.length;
  }
  pushText(out, text.slice(last), options);
  return out;
}

function pushText(out: Inline, text: string, options: { cells?: boolean }): void {
  if (!options.cells) {
    if (text) out.push(text);
    return;
  }
  let last = 0;
  for (const m of text.matchAll(CELL)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ kind: 'ph', type: 'cell', data: m[0], disp: '|' });
    last = m.index + m[0].length;
  }
  if (text.length > last) out.push(text.slice(last));
}

/** The text again, codes written out. */
export function flatten(inline: Inline): string {
  return inline.map((p) => (typeof p === 'string' ? p : p.kind === 'ph' ? p.data : p.start + flatten(p.children) + p.end)).join('');
}

/** Every code of a text (paired codes before their children), in reading order. */
export function codesOf(inline: Inline): (Ph | Pc)[] {
  return inline.flatMap((p) => (typeof p === 'string' ? [] : p.kind === 'ph' ? [p] : [p, ...codesOf(p.children)]));
}

/** A short, stable description of a code for comparisons and messages. */
export function codeKey(code: Ph | Pc): string {
  return code.kind === 'ph' ? code.data : `${code.start}…${code.end}`;
}
