// Splits the body of a topic page (MDX) into translation units, one per block: a paragraph, a list item,
// a heading, a table row. What is not text (list markers, table pipes, blank lines, <Contact /> lines) stays
// in the skeleton. A box tag (<MustDo> …) becomes an inline code at the start of the box's first unit and at the
// end of its last one, so a CAT tool protects it and the import notices when one is missing.
import { tokenize, type Inline, type Ph } from './inline.ts';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface BodyUnit {
  kind: BlockKind;
  /** The unit as inline content, box codes included. */
  inline: Inline;
  /** The box the unit stands in (MustDo, Help, Pending), for the translator's notes. */
  box?: string;
}

export interface SegmentedBody {
  /** Skeleton text and unit positions (indexes into `units`), in order. */
  pieces: (string | number)[];
  units: BodyUnit[];
}

type Token =
  | { t: 'skel'; s: string }
  | { t: 'unit'; kind: BlockKind; s: string; cells?: boolean; prefix?: string; suffix?: string; box?: string }
  | { t: 'open' | 'close'; s: string; name: string };

const BOX_OPEN = /^<(MustDo|Help|Pending)>$/;
const BOX_CLOSE = /^<\/(MustDo|Help|Pending)>$/;
const HEADING = /^(#{1,6} +)(.*)$/;
const TABLE_ROW = /^\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\|[\s|:-]+\|\s*$/;
const LIST_ITEM = /^(\s*(?:[-*+]|\d+\.)\s+)(.*)$/;
const OWN_LINE_TAG = /^<[A-Za-z][^<>]*\/>\s*$/;

function isBlockStart(line: string): boolean {
  return line.trim() === '' || BOX_OPEN.test(line) || BOX_CLOSE.test(line) || HEADING.test(line) || TABLE_ROW.test(line)
    || LIST_ITEM.test(line) || OWN_LINE_TAG.test(line);
}

export function segmentBody(body: string): SegmentedBody {
  const lines = body.split('\n');
  const nl = (i: number) => (i < lines.length - 1 ? '\n' : '');
  const tokens: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
    if (line.trim() === '' || OWN_LINE_TAG.test(line) || TABLE_SEPARATOR.test(line)) {
      tokens.push({ t: 'skel', s: line + nl(i) });
    } else if ((m = BOX_OPEN.exec(line)) || (m = BOX_CLOSE.exec(line))) {
      tokens.push({ t: line.startsWith('</') ? 'close' : 'open', s: line, name: m[1]! }, { t: 'skel', s: nl(i) });
    } else if ((m = HEADING.exec(line))) {
      tokens.push({ t: 'skel', s: m[1]! }, { t: 'unit', kind: 'heading', s: m[2]! }, { t: 'skel', s: nl(i) });
    } else if (TABLE_ROW.test(line)) {
      const row = /^(\|\s*)(.*?)(\s*\|\s*)$/.exec(line)!;
      tokens.push({ t: 'skel', s: row[1]! }, { t: 'unit', kind: 'table-row', s: row[2]!, cells: true }, { t: 'skel', s: row[3]! + nl(i) });
    } else {
      const item = LIST_ITEM.exec(line);
      let text = item ? item[2]! : line;
      // Lines that continue a list item or a paragraph belong to the same unit.
      while (i + 1 < lines.length && !isBlockStart(lines[i + 1]!)) text += '\n' + lines[++i];
      if (item) tokens.push({ t: 'skel', s: item[1]! });
      tokens.push({ t: 'unit', kind: item ? 'list-item' : 'paragraph', s: text }, { t: 'skel', s: nl(i) });
    }
  }
  attachBoxes(tokens);
  const pieces: (string | number)[] = [];
  const units: BodyUnit[] = [];
  for (const token of tokens) {
    if (token.t === 'unit') {
      const inline: Inline = tokenize(token.s, { cells: token.cells ?? false });
      if (token.prefix !== undefined) inline.unshift(boxCode(token.prefix));
      if (token.suffix !== undefined) inline.push(boxCode(token.suffix));
      pieces.push(units.length);
      units.push({ kind: token.kind, inline, ...(token.box ? { box: token.box } : {}) });
    } else if (token.s) {
      if (typeof pieces.at(-1) === 'string') pieces[pieces.length - 1] += token.s;
      else pieces.push(token.s);
    }
  }
  return { pieces, units };
}

function boxCode(data: string): Ph {
  return { kind: 'ph', type: 'box', data, disp: data.trim().split('\n').find((l) => l.startsWith('<')) ?? data.trim() };
}

/** Moves each box tag (and the skeleton up to the text) into the first / last unit of its box. */
function attachBoxes(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.t !== 'open') continue;
    const close = tokens.findIndex((t, j) => j > i && t.t === 'close');
    const unitIdx = tokens.map((t, j) => (j > i && j < close && t.t === 'unit' ? j : -1)).filter((j) => j >= 0);
    if (close < 0 || unitIdx.length === 0) {
      open.t === 'open' && tokens.splice(i, 1, { t: 'skel', s: open.s });
      if (close >= 0) tokens.splice(close, 1, { t: 'skel', s: tokens[close]!.s });
      continue;
    }
    for (const j of unitIdx) (tokens[j] as Extract<Token, { t: 'unit' }>).box = open.name;
    const first = tokens[unitIdx[0]!] as Extract<Token, { t: 'unit' }>;
    first.prefix = tokens.slice(i, unitIdx[0]).map((t) => t.s).join('');
    const lastJ = unitIdx.at(-1)!;
    const last = tokens[lastJ] as Extract<Token, { t: 'unit' }>;
    last.suffix = tokens.slice(lastJ + 1, close + 1).map((t) => t.s).join('');
    for (let j = i; j < unitIdx[0]!; j++) tokens[j] = { t: 'skel', s: '' };
    for (let j = lastJ + 1; j <= close; j++) tokens[j] = { t: 'skel', s: '' };
    i = close;
  }
}

/** The body again from its skeleton and one text per unit (box codes written out). */
export function assembleBody(pieces: readonly (string | number)[], unitTexts: readonly string[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : unitTexts[p]!)).join('');
}
