// XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core): written and read with fast-xml-parser, never by joining
// strings. Inline codes keep their original text in <originalData>; <ph>/<pc> only point at it.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { codesOf, type CodeType, type Inline, type Pc, type Ph } from './inline.ts';

export type UnitState = 'initial' | 'translated' | 'reviewed' | 'final';
export const UNIT_STATES: readonly UnitState[] = ['initial', 'translated', 'reviewed', 'final'];

export interface XNote { category: string; text: string }
export interface XUnit { id: string; name: string; notes: XNote[]; state: UnitState; source: Inline; target?: Inline | undefined }
export interface XFile { id: string; original: string; notes: XNote[]; units: XUnit[] }
export interface XDoc { srcLang: string; trgLang: string; files: XFile[] }

const NS = 'urn:oasis:names:tc:xliff:document:2.0';
type XNode = Record<string, unknown>;
const el = (name: string, attrs: Record<string, string>, children: XNode[] = []): XNode =>
  ({ [name]: children, ...(Object.keys(attrs).length ? { ':@': Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`@_${k}`, v])) } : {}) });
const text = (s: string): XNode => ({ '#text': s });

// XLIFF's own `type` values, with ours as subType (a CAT tool shows links and formatting differently).
const XLIFF_TYPE: Record<CodeType, string> = { placeholder: 'ui', link: 'link', url: 'link', tag: 'fmt', code: 'fmt', cell: 'fmt', box: 'fmt' };

export function buildXliff(doc: XDoc): string {
  const files = doc.files.map((file) => el('file', { id: file.id, original: file.original }, [
    ...(file.notes.length ? [notesNode(file.notes)] : []),
    ...file.units.map(unitNode),
  ]));
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });
  const body = builder.build([el('xliff', { xmlns: NS, version: '2.0', srcLang: doc.srcLang, trgLang: doc.trgLang, 'xml:space': 'preserve' }, files)]) as string;
  // One file per line keeps diffs of exported files readable without touching any text content.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replaceAll('<file ', '\n<file ').replaceAll('<unit ', '\n<unit ').replaceAll('</xliff>', '\n</xliff>')}\n`;
}

function notesNode(notes: readonly XNote[]): XNode {
  return el('notes', {}, notes.map((n) => el('note', { category: n.category }, [text(n.text)])));
}

function unitNode(unit: XUnit): XNode {
  const data: XNode[] = [];
  const ids = new Map<Ph | Pc, string>();
  codesOf(unit.source).forEach((c, i) => ids.set(c, String(i + 1)));
  for (const [code, id] of ids) {
    if (code.kind === 'ph') data.push(el('data', { id: `d${id}` }, [text(code.data)]));
    else data.push(el('data', { id: `d${id}s` }, [text(code.start)]), el('data', { id: `d${id}e` }, [text(code.end)]));
  }
  const targetIds = new Map<string, string>([...ids].map(([c, id]) => [codeIdentity(c), id]));
  const segment = el('segment', { state: unit.state }, [
    el('source', {}, inlineNodes(unit.source, (c) => ids.get(c)!)),
    ...(unit.target ? [el('target', {}, inlineNodes(unit.target, (c) => targetIds.get(codeIdentity(c)) ?? 'x'))] : []),
  ]);
  return el('unit', { id: unit.id, name: unit.name }, [
    ...(unit.notes.length ? [notesNode(unit.notes)] : []),
    ...(data.length ? [el('originalData', {}, data)] : []),
    segment,
  ]);
}

const codeIdentity = (c: Ph | Pc) => (c.kind === 'ph' ? `ph:${c.data}` : `pc:${c.start}${c.end}`);

function inlineNodes(inline: Inline, idOf: (c: Ph | Pc) => string): XNode[] {
  return inline.map((p) => {
    if (typeof p === 'string') return text(p);
    const id = idOf(p);
    const common = { id, type: XLIFF_TYPE[p.type], subType: `so:${p.type}`, disp: p.disp, canDelete: 'no', canCopy: 'no' };
    if (p.kind === 'ph') return el('ph', { ...common, dataRef: `d${id}` });
    const { disp, ...pcCommon } = common;
    return el('pc', { ...pcCommon, dispStart: p.start, dispEnd: disp, dataRefStart: `d${id}s`, dataRefEnd: `d${id}e` }, inlineNodes(p.children, idOf));
  });
}

export class XliffFormatError extends Error {}

export function parseXliff(xml: string): XDoc {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false });
  const tree = parser.parse(xml) as XNode[];
  const root = tree.find((n) => 'xliff' in n);
  if (!root) throw new XliffFormatError('not an XLIFF file: no <xliff> element');
  const a = attrs(root);
  if (a.version !== '2.0') throw new XliffFormatError(`XLIFF version ${a.version ?? '?'}: only 2.0 is supported`);
  if (!a.srcLang || !a.trgLang) throw new XliffFormatError('<xliff> needs srcLang and trgLang');
  return {
    srcLang: a.srcLang,
    trgLang: a.trgLang,
    files: children(root, 'xliff').filter((n) => 'file' in n).map((f) => ({
      id: attrs(f).id ?? '',
      original: attrs(f).original ?? '',
      notes: readNotes(children(f, 'file')),
      units: children(f, 'file').filter((n) => 'unit' in n).map(readUnit),
    })),
  };
}

function attrs(node: XNode): Record<string, string> {
  const raw = (node[':@'] ?? {}) as Record<string, string>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
}
function children(node: XNode, name: string): XNode[] {
  return (node[name] ?? []) as XNode[];
}
function textOf(nodes: XNode[]): string {
  return nodes.map((n) => (typeof n['#text'] === 'string' ? n['#text'] : '')).join('');
}
function readNotes(nodes: XNode[]): XNote[] {
  const notes = nodes.find((n) => 'notes' in n);
  if (!notes) return [];
  return children(notes, 'notes').filter((n) => 'note' in n).map((n) => ({ category: attrs(n).category ?? '', text: textOf(children(n, 'note')) }));
}

function readUnit(node: XNode): XUnit {
  const kids = children(node, 'unit');
  const data = new Map<string, string>();
  const od = kids.find((n) => 'originalData' in n);
  for (const d of od ? children(od, 'originalData').filter((n) => 'data' in n) : []) data.set(attrs(d).id ?? '', textOf(children(d, 'data')));
  const segments = kids.filter((n) => 'segment' in n);
  const segment = segments[0];
  const segKids = segment ? children(segment, 'segment') : [];
  const source = segKids.find((n) => 'source' in n);
  const target = segKids.find((n) => 'target' in n);
  const state = (segment ? attrs(segment).state : undefined) ?? 'initial';
  return {
    id: attrs(node).id ?? '',
    name: attrs(node).name ?? '',
    notes: readNotes(kids),
    state: (UNIT_STATES as readonly string[]).includes(state) ? (state as UnitState) : 'initial',
    source: source ? readInline(children(source, 'source'), data) : [],
    target: target ? readInline(children(target, 'target'), data) : undefined,
  };
}

/** Inline content back to codes; a code's text comes from <originalData> (what the file says it is). */
function readInline(nodes: XNode[], data: Map<string, string>): Inline {
  const out: Inline = [];
  for (const n of nodes) {
    if (typeof n['#text'] === 'string') out.push(n['#text']);
    else if ('ph' in n) {
      const a = attrs(n);
      out.push({ kind: 'ph', type: codeType(a.subType), data: data.get(a.dataRef ?? '') ?? '', disp: a.disp ?? '' });
    } else if ('pc' in n) {
      const a = attrs(n);
      out.push({ kind: 'pc', type: codeType(a.subType), start: data.get(a.dataRefStart ?? '') ?? '', end: data.get(a.dataRefEnd ?? '') ?? '', disp: a.dispEnd ?? '', children: readInline(children(n, 'pc'), data) });
    } else {
      // Other inline elements (<mrk> of a CAT tool's QA, <sm>/<em>): keep their text.
      const name = Object.keys(n).find((k) => k !== ':@');
      if (name) out.push(...readInline(children(n, name), data));
    }
  }
  return out;
}

function codeType(subType: string | undefined): CodeType {
  const t = subType?.replace(/^so:/, '');
  return (['placeholder', 'link', 'url', 'tag', 'code', 'cell', 'box'] as const).find((x) => x === t) ?? 'tag';
}
