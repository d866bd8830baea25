// What one language's translation work consists of: per German source file, its units (German text as
// inline content), the translation that exists today, and how to write an imported translation back.
// Export turns a catalog into an XLIFF document; import checks a document against the catalog and writes.
import { parseDocument } from 'yaml';
import { codesOf, codeKey, flatten, tokenize, type Inline } from './inline.ts';
import { assembleBody, segmentBody, type SegmentedBody } from './segment.ts';
import type { UnitState, XDoc, XFile, XNote, XUnit } from './xliff.ts';

export type TranslationStatus = 'draft' | 'reviewed';
export interface TranslationMeta { status: TranslationStatus; sourceHash: string; reviewedBy?: string | undefined; reviewedOn?: string | undefined }

export interface CatalogUnit { id: string; name: string; source: Inline; notes: XNote[]; cells?: boolean }

export interface CatalogFile {
  /** XLIFF file id, e.g. `topics.wohnen`, `ui`. */
  id: string;
  /** German source path (XLIFF `original`). */
  original: string;
  /** Path of the translation this file writes. */
  target: string;
  sourceHash: string;
  units: CatalogUnit[];
  /** The translation today; `targets` holds only units that pass the import checks (so a round trip is accepted). */
  existing?: { meta: TranslationMeta; targets: Map<string, Inline>; text: string } | undefined;
  /** `false` when the whole file must be translated before it can be written (topic pages). */
  partialAllowed: boolean;
  /** The new text of the translation, or `undefined` when it cannot be written (a topic with untranslated units). */
  write(targets: ReadonlyMap<string, string>, meta: TranslationMeta): string | undefined;
}

/** Terms that stay German in every language (README "Translate a page"); the glossary adds its words. */
export const GERMAN_TERMS = ['Wohngemeinde', 'Sozialregion', 'Kostengutsprache', 'Frabina', 'Erstinformationsgespräch',
  'Ausweis B', 'Ausweis C', 'Ausweis F', 'Ausweis L', 'Ausweis N', 'Ausweis S'];

export function termNotes(source: string, terms: readonly string[]): XNote[] {
  return [...new Set(terms)].filter((t) => new RegExp(`(^|[^\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}($|[^\\p{L}])`, 'u').test(source))
    .map((t) => ({ category: 'term', text: `"${t}" stays German (official name); explain it briefly the first time it appears on a page.` }));
}

// ——— checks ————————————————————————————————————————————————————————————————

/** Problems of a translated text against its German source: missing or moved box tags, changed codes. Empty when fine. */
export function codeProblems(source: Inline, target: Inline, cells = false): string[] {
  const problems: string[] = [];
  const boxes = (inline: Inline) => {
    const first = inline[0];
    const last = inline.at(-1);
    return {
      open: typeof first === 'object' && first.kind === 'ph' && first.type === 'box' ? first.data : undefined,
      close: inline.length > 1 && typeof last === 'object' && last.kind === 'ph' && last.type === 'box' ? last.data : undefined,
    };
  };
  const s = boxes(source);
  const t = boxes(target);
  const sourceBoxes = codesOf(source).filter((c) => c.kind === 'ph' && c.type === 'box').length;
  const targetBoxes = codesOf(target).filter((c) => c.kind === 'ph' && c.type === 'box').length;
  if (s.open !== undefined && t.open !== s.open) problems.push(`box tag ${s.open.trim().split('\n')[0]} missing at the start`);
  if (s.close !== undefined && t.close !== s.close) problems.push(`box tag ${s.close.trim().split('\n').at(-1)} missing at the end`);
  if (targetBoxes > sourceBoxes) problems.push('box tag added or moved');
  const strip = (inline: Inline, b: { open?: string | undefined; close?: string | undefined }) =>
    inline.slice(b.open !== undefined ? 1 : 0, b.close !== undefined ? -1 : undefined);
  const keys = (inline: Inline) => codesOf(tokenize(flatten(inline), { cells })).map((c) => ({ key: codeKey(c), type: c.type }));
  const want = keys(strip(source, s));
  const have = keys(strip(target, t));
  const missing = [...want];
  const extra: typeof have = [];
  for (const h of have) {
    const i = missing.findIndex((w) => w.key === h.key);
    if (i >= 0) missing.splice(i, 1);
    else extra.push(h);
  }
  const label = { placeholder: 'placeholder', link: 'link', url: 'URL', tag: 'tag', code: 'code', cell: 'table cell separator', box: 'box tag' } as const;
  const links = (list: typeof have) => list.filter((c) => c.type === 'link' || c.type === 'url');
  if (links(missing).length && links(extra).length) {
    problems.push(`link URL changed: ${links(missing).map((c) => c.key).join(', ')} became ${links(extra).map((c) => c.key).join(', ')}`);
  } else {
    for (const c of links(missing)) problems.push(`${label[c.type]} missing: ${c.key}`);
    for (const c of links(extra)) problems.push(`${label[c.type]} added: ${c.key}`);
  }
  for (const c of missing.filter((x) => !links([x]).length)) problems.push(`${label[c.type]} missing or changed: ${c.key}`);
  for (const c of extra.filter((x) => !links([x]).length)) problems.push(`${label[c.type]} added or changed: ${c.key}`);
  return problems;
}

export interface ImportProblem { unit: string; message: string }

/** Every problem of an XLIFF document against today's catalog; an import writes nothing while there is one. */
export function checkDocument(doc: XDoc, locale: string, catalog: readonly CatalogFile[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (doc.srcLang !== 'de') problems.push({ unit: '(xliff)', message: `srcLang is "${doc.srcLang}", must be "de"` });
  if (doc.trgLang !== locale) problems.push({ unit: '(xliff)', message: `trgLang is "${doc.trgLang}", must be "${locale}"` });
  const byId = new Map(catalog.map((f) => [f.id, f]));
  for (const file of doc.files) {
    const cf = byId.get(file.id);
    if (!cf) {
      problems.push({ unit: file.id, message: 'unknown file: no German source has this id' });
      continue;
    }
    const units = new Map(cf.units.map((u) => [u.id, u]));
    let sourceChanged = false;
    for (const unit of file.units) {
      const where = `${file.id}#${unit.id}`;
      const cu = units.get(unit.id);
      if (!cu) {
        problems.push({ unit: where, message: 'unknown unit: the German source has no such unit (changed since export?)' });
        continue;
      }
      if (flatten(unit.source) !== flatten(cu.source)) {
        sourceChanged = true;
        problems.push({ unit: where, message: 'German source changed since export: export again and translate the new text' });
        continue;
      }
      if (unit.target && flatten(unit.target).trim() !== '') {
        for (const message of codeProblems(cu.source, unit.target, cu.cells)) problems.push({ unit: where, message });
      }
    }
    const hash = noteOf(file.notes, 'sourceHash');
    if (!sourceChanged && hash !== undefined && hash !== cf.sourceHash) {
      problems.push({ unit: file.id, message: `German source changed since export (sourceHash ${hash}, now ${cf.sourceHash}): export again` });
    }
    if (file.units.some((u) => u.state === 'final') && (!noteOf(file.notes, 'reviewedBy') || !/^\d{4}-\d{2}-\d{2}$/.test(noteOf(file.notes, 'reviewedOn') ?? ''))) {
      problems.push({ unit: file.id, message: 'units in state "final" need file notes reviewedBy (a name) and reviewedOn (YYYY-MM-DD)' });
    }
  }
  return problems;
}

const noteOf = (notes: readonly XNote[], category: string) => notes.find((n) => n.category === category)?.text;

// ——— export ————————————————————————————————————————————————————————————————

export type Only = 'missing' | 'stale';

export function exportDocument(locale: string, catalog: readonly CatalogFile[], only?: readonly Only[]): XDoc {
  const files: XFile[] = [];
  for (const cf of catalog) {
    const current = cf.existing !== undefined && cf.existing.meta.sourceHash === cf.sourceHash;
    const reviewed = current && cf.existing!.meta.status === 'reviewed';
    const units: XUnit[] = cf.units.map((u) => {
      const target = cf.existing?.targets.get(u.id);
      const state: UnitState = target === undefined || !current ? 'initial' : reviewed ? 'final' : 'translated';
      return { id: u.id, name: u.name, notes: u.notes, state, source: u.source, target };
    }).filter((u) => !only || (only.includes('missing') && u.target === undefined) || (only.includes('stale') && u.target !== undefined && !current));
    if (units.length === 0) continue;
    const notes: XNote[] = [{ category: 'sourceHash', text: cf.sourceHash }, { category: 'target', text: cf.target }];
    if (reviewed && cf.existing!.meta.reviewedBy) notes.push({ category: 'reviewedBy', text: cf.existing!.meta.reviewedBy });
    if (reviewed && cf.existing!.meta.reviewedOn) notes.push({ category: 'reviewedOn', text: cf.existing!.meta.reviewedOn });
    files.push({ id: cf.id, original: cf.original, notes, units });
  }
  return { srcLang: 'de', trgLang: locale, files };
}

// ——— import ————————————————————————————————————————————————————————————————

export interface ImportResult { writes: Map<string, string>; skipped: string[] }

/** The files to write for a checked document (only those whose text changes). Call after `checkDocument` found nothing. */
export function applyDocument(doc: XDoc, catalog: readonly CatalogFile[]): ImportResult {
  const writes = new Map<string, string>();
  const skipped: string[] = [];
  const byId = new Map(catalog.map((f) => [f.id, f]));
  for (const file of doc.files) {
    const cf = byId.get(file.id)!;
    const current = cf.existing !== undefined && cf.existing.meta.sourceHash === cf.sourceHash;
    const reviewed = current && cf.existing!.meta.status === 'reviewed';
    // Start from today's translation, then lay the imported units over it.
    const state = new Map<string, { text: string; state: UnitState }>();
    for (const [id, inline] of cf.existing?.targets ?? []) state.set(id, { text: flatten(inline), state: !current ? 'initial' : reviewed ? 'final' : 'translated' });
    for (const u of file.units) {
      if (u.target && flatten(u.target).trim() !== '') state.set(u.id, { text: flatten(u.target), state: u.state });
    }
    const complete = cf.units.every((u) => state.has(u.id) && state.get(u.id)!.state !== 'initial');
    const allFinal = complete && cf.units.every((u) => state.get(u.id)!.state === 'final');
    let meta: TranslationMeta | undefined = cf.existing?.meta;
    if (complete) {
      meta = allFinal
        ? { status: 'reviewed', sourceHash: cf.sourceHash, reviewedBy: noteOf(file.notes, 'reviewedBy'), reviewedOn: noteOf(file.notes, 'reviewedOn') }
        : { status: 'draft', sourceHash: cf.sourceHash };
    }
    if (!meta) {
      skipped.push(`${file.id}: not every unit is translated (state translated or final); ${cf.target} not created`);
      continue;
    }
    const text = cf.write(new Map([...state].map(([id, s]) => [id, s.text])), meta);
    if (text === undefined) {
      skipped.push(`${file.id}: not every unit has a translation; ${cf.target} not written`);
      continue;
    }
    if (text !== cf.existing?.text) writes.set(cf.target, text);
  }
  return { writes, skipped };
}

// ——— catalog files ———————————————————————————————————————————————————————————

function validTargets(units: readonly CatalogUnit[], candidates: ReadonlyMap<string, string | Inline>): Map<string, Inline> {
  const targets = new Map<string, Inline>();
  for (const u of units) {
    const candidate = candidates.get(u.id);
    if (candidate === undefined) continue;
    const inline = typeof candidate === 'string' ? tokenize(candidate, { cells: u.cells ?? false }) : candidate;
    if (codeProblems(u.source, inline, u.cells).length === 0) targets.set(u.id, inline);
  }
  return targets;
}

function metaOf(data: Record<string, unknown>): TranslationMeta | undefined {
  if (data.status !== 'draft' && data.status !== 'reviewed') return undefined;
  return {
    status: data.status, sourceHash: String(data.sourceHash),
    reviewedBy: typeof data.reviewedBy === 'string' ? data.reviewedBy : undefined,
    reviewedOn: data.reviewedOn instanceof Date ? data.reviewedOn.toISOString().slice(0, 10) : typeof data.reviewedOn === 'string' ? data.reviewedOn : undefined,
  };
}

function setMeta(doc: ReturnType<typeof parseDocument>, locale: string, meta: TranslationMeta): void {
  doc.set('locale', locale);
  doc.set('status', meta.status);
  doc.set('sourceHash', meta.sourceHash);
  for (const key of ['reviewedBy', 'reviewedOn'] as const) {
    if (meta[key] !== undefined) doc.set(key, meta[key]);
    else doc.delete(key);
  }
}

/** Keeps the original text when the data did not change, so an unchanged import leaves files byte-identical. */
function yamlText(original: string | undefined, doc: ReturnType<typeof parseDocument>): string {
  if (original !== undefined && sameData(parseDocument(original).toJS(), doc.toJS())) return original;
  return doc.toString({ lineWidth: 0 });
}

/** A flat record of German texts (strings files, tool texts, directory, glossary) and where each lands in the translation. */
export function recordFile(options: {
  id: string; original: string; target: string; locale: string; sourceHash: string; german: Record<string, string>;
  translationText?: string | undefined; path: (key: string) => string[]; header: string; terms: readonly string[];
  /** `false` for files whose schema has no reviewedBy / reviewedOn (the Entscheidungstool texts). */
  recordsReviewer?: boolean;
}): CatalogFile {
  const { locale, path } = options;
  const units: CatalogUnit[] = Object.entries(options.german).map(([key, text]) => {
    const source = tokenize(text);
    return { id: key, name: 'string', source, notes: termNotes(text, options.terms) };
  });
  let existing: CatalogFile['existing'];
  if (options.translationText !== undefined) {
    const doc = parseDocument(options.translationText);
    const meta = metaOf(doc.toJS() as Record<string, unknown>);
    const candidates = new Map<string, string>();
    for (const u of units) {
      const v = doc.getIn(path(u.id));
      if (typeof v === 'string') candidates.set(u.id, v);
    }
    if (meta) existing = { meta, targets: validTargets(units, candidates), text: options.translationText };
  }
  return {
    id: options.id, original: options.original, target: options.target, sourceHash: options.sourceHash, units, existing,
    partialAllowed: true,
    write(targets, meta) {
      const original = existing?.text;
      const doc = parseDocument(original ?? `${options.header}\nlocale: ${locale}\n`);
      setMeta(doc, locale, options.recordsReviewer === false ? { status: meta.status, sourceHash: meta.sourceHash } : meta);
      for (const [key, text] of targets) doc.setIn(path(key), text);
      return yamlText(original, doc);
    },
  };
}

interface TopicParts { frontmatter: string; body: string; text: string }

/** A topic page: title, summary and one unit per body block (see segment.ts). */
export function topicFile(options: {
  slug: string; locale: string; sourceHash: string; german: TopicParts; translation?: TopicParts | undefined; terms: readonly string[];
}): CatalogFile {
  const germanFm = parseDocument(options.german.frontmatter).toJS() as Record<string, unknown>;
  const germanBody = segmentBody(options.german.body);
  const units: CatalogUnit[] = [
    { id: 'title', name: 'title', source: tokenize(String(germanFm.title)), notes: termNotes(String(germanFm.title), options.terms) },
    { id: 'summary', name: 'summary', source: tokenize(String(germanFm.summary)), notes: termNotes(String(germanFm.summary), options.terms) },
    ...germanBody.units.map((u, i) => ({
      id: `b${i + 1}`, name: u.kind, source: u.inline, cells: u.kind === 'table-row',
      notes: [...(u.box ? [{ category: 'context', text: `inside the <${u.box}> box` }] : []), ...termNotes(flatten(u.inline), options.terms)],
    })),
  ];
  let existing: CatalogFile['existing'];
  let translationBody: SegmentedBody | undefined;
  if (options.translation) {
    const fm = parseDocument(options.translation.frontmatter).toJS() as Record<string, unknown>;
    const meta = metaOf(fm);
    translationBody = segmentBody(options.translation.body);
    // Body units only pair up when the translation has the German block structure (same kinds, same boxes).
    const aligned = sameStructure(germanBody, translationBody);
    const candidates = new Map<string, string | Inline>();
    if (typeof fm.title === 'string') candidates.set('title', fm.title);
    if (typeof fm.summary === 'string') candidates.set('summary', fm.summary);
    if (aligned) translationBody.units.forEach((u, i) => candidates.set(`b${i + 1}`, u.inline));
    if (!aligned) translationBody = undefined;
    if (meta) existing = { meta, targets: validTargets(units, candidates), text: options.translation.text };
  }
  return {
    id: `topics.${options.slug}`, original: `content/topics/de/${options.slug}.mdx`, target: `content/topics/${options.locale}/${options.slug}.mdx`,
    sourceHash: options.sourceHash, units, existing, partialAllowed: false,
    write(targets, meta) {
      if (!units.every((u) => targets.has(u.id))) return undefined;
      const skeleton = translationBody ?? germanBody;
      const body = assembleBody(skeleton.pieces, germanBody.units.map((_, i) => targets.get(`b${i + 1}`)!));
      const original = options.translation;
      const doc = parseDocument(original?.frontmatter ?? options.german.frontmatter);
      doc.set('title', targets.get('title'));
      doc.set('summary', targets.get('summary'));
      setMeta(doc, options.locale, meta);
      const fmText = original && sameData(parseDocument(original.frontmatter).toJS(), doc.toJS())
        ? original.text.slice(0, original.text.length - original.body.length)
        : `---\n${doc.toString({ lineWidth: 0 })}---\n`;
      return fmText + body;
    },
  };
}

function sameStructure(a: SegmentedBody, b: SegmentedBody): boolean {
  return a.units.length === b.units.length && a.units.every((u, i) => u.kind === b.units[i]!.kind && u.box === b.units[i]!.box);
}

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
