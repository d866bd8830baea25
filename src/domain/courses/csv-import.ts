/**
 * A provider's course list as CSV → validated courses, or a row-by-row report in German
 * (row, column, reason). All or nothing: the caller writes files only when `errors` is empty.
 * Column format: README "Deutschkurse" and the template docs/kurse-vorlage.csv.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { courseLevels, courseSchema, weekdays, type Course, type CourseLevel, type CourseType, type Weekday } from '../schemas/course.ts';

/** The columns of the CSV, in the template's order. Every one must be present (order is free). */
export const csvColumns = [
  'id', 'anbieter', 'kursart', 'niveau_von', 'niveau_bis', 'ort', 'adresse', 'wochentage', 'zeit_von', 'zeit_bis',
  'lektionen_pro_woche', 'lektionen_total', 'startdatum', 'enddatum', 'preis_pro_lektion', 'subventioniert',
  'kinderbetreuung', 'fide', 'anmeldung_url', 'anmeldung_email', 'aktualisiert', 'beispieldaten',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export interface ImportError {
  /** Line in the CSV file (the header is line 1). */
  row: number;
  /** Column name, or "" for a problem of the whole row or file. */
  column: string;
  reason: string;
}

export interface ImportResult {
  courses: Course[];
  errors: ImportError[];
  /** Data rows read (without the header). */
  rows: number;
}

/** Course type names as providers write them (lower case), and the data's own codes. */
const typeNames: Record<string, CourseType> = {
  intensiv: 'intensiv', intensivkurs: 'intensiv',
  alphabetisierung: 'alphabetisierung', alpha: 'alphabetisierung',
  'abend/samstag': 'abend-samstag', 'abend-samstag': 'abend-samstag', abendkurs: 'abend-samstag', samstagskurs: 'abend-samstag',
  zertifikatsvorbereitung: 'zertifikat', zertifikat: 'zertifikat',
  elternkurs: 'elternkurs',
};
const dayNames: Record<string, Weekday> = { mo: 'mo', di: 'di', mi: 'mi', do: 'do', fr: 'fr', sa: 'sa' };

export function slugify(text: string): string {
  return text.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** TT.MM.JJJJ (as Swiss spreadsheets write it) or JJJJ-MM-TT → YYYY-MM-DD, or undefined. */
export function parseCsvDate(value: string): string | undefined {
  const swiss = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let y: number, m: number, d: number;
  if (swiss) [y, m, d] = [Number(swiss[3]), Number(swiss[2]), Number(swiss[1])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseLevel(value: string): CourseLevel | undefined {
  const v = value.trim().toUpperCase();
  if (v === 'ALPHA' || v === 'A0/ALPHA') return 'A0';
  return (courseLevels as readonly string[]).includes(v) ? (v as CourseLevel) : undefined;
}

function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'ja' || v === 'j' || v === '1' || v === 'true') return true;
  if (v === 'nein' || v === 'n' || v === '0' || v === 'false') return false;
  return undefined;
}

/** "12.50" or "12,50" → 12.5; a minus sign is kept so the caller can say "negative". */
function parseNumber(value: string): number | undefined {
  const v = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

function normaliseTime(value: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** What a cell converter returns for a value it cannot read: the German reason. */
class Unreadable {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/**
 * One CSV column as zod: trims the cell, requires a value (unless optional), and converts the provider's
 * notation (Swiss dates, "ja"/"nein", "Di Do", "17,50") into the course's value, with a German reason when
 * it cannot. Rules about the course itself (level order, times, end date, link or e-mail, limits) are not
 * checked here: courseSchema holds them, and `germanCourseIssue` words its answers for the CSV.
 */
function cell<T>(convert: (value: string) => T | Unreadable, { optional = false } = {}) {
  return z.string().transform((raw, ctx): T | undefined => {
    const value = raw.trim();
    if (value === '') {
      if (optional) return undefined;
      ctx.issues.push({ code: 'custom', message: 'Das Feld ist leer. Es braucht einen Wert.', input: raw });
      return z.NEVER;
    }
    const converted = convert(value);
    if (converted instanceof Unreadable) {
      ctx.issues.push({ code: 'custom', message: converted.reason, input: raw });
      return z.NEVER;
    }
    return converted;
  });
}

const text = cell((v) => v);
const level = cell((v) => parseLevel(v) ?? new Unreadable(`Unbekanntes Niveau "${v}". Erlaubt: A0 (oder Alpha), A1, A2, B1.`));
const time = cell((v) => normaliseTime(v) ?? new Unreadable(`"${v}" ist keine Uhrzeit. Schreiben Sie HH:MM, zum Beispiel 18:30.`));
const lessons = cell((v) => parseNumber(v) ?? new Unreadable(`"${v}" ist keine ganze Zahl grösser als 0.`));
const date = cell((v) => parseCsvDate(v) ?? new Unreadable(`"${v}" ist kein gültiges Datum. Schreiben Sie TT.MM.JJJJ, zum Beispiel 05.01.2027.`));
const yesNo = cell((v) => parseYesNo(v) ?? new Unreadable(`"${v}" ist nicht "ja" oder "nein".`));

/** One data row (cells by column name) → the course candidate that courseSchema then checks. */
export const csvRowSchema = z.object({
  id: text,
  anbieter: text,
  kursart: cell((v) => typeNames[v.toLowerCase()]
    ?? new Unreadable(`Unbekannte Kursart "${v}". Erlaubt: Intensiv, Alphabetisierung, Abend/Samstag, Zertifikatsvorbereitung, Elternkurs.`)),
  niveau_von: level,
  niveau_bis: level,
  ort: text,
  adresse: text,
  wochentage: cell((v) => {
    const days: Weekday[] = [];
    for (const token of v.split(/[\s,;/+]+/).filter(Boolean).map((d) => d.toLowerCase().slice(0, 2))) {
      const day = dayNames[token];
      if (!day) return new Unreadable(`Unbekannter Wochentag "${token}". Erlaubt: Mo, Di, Mi, Do, Fr, Sa.`);
      days.push(day);
    }
    return days.sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  }),
  zeit_von: time,
  zeit_bis: time,
  lektionen_pro_woche: lessons,
  lektionen_total: lessons,
  startdatum: date,
  enddatum: date,
  preis_pro_lektion: cell((v) => parseNumber(v) ?? new Unreadable(`"${v}" ist kein Preis. Schreiben Sie eine Zahl, zum Beispiel 17.50.`)),
  subventioniert: yesNo,
  kinderbetreuung: yesNo,
  fide: yesNo,
  anmeldung_url: cell((v) => v, { optional: true }),
  anmeldung_email: cell((v) => v, { optional: true }),
  aktualisiert: date,
  beispieldaten: yesNo,
}).transform((r) => ({
  id: r.id!, sample: r.beispieldaten!, provider: r.anbieter!, type: r.kursart!, levelFrom: r.niveau_von!, levelTo: r.niveau_bis!,
  place: r.ort!, placeSlug: slugify(r.ort!), address: r.adresse!, weekdays: r.wochentage!, timeStart: r.zeit_von!, timeEnd: r.zeit_bis!,
  lessonsPerWeek: r.lektionen_pro_woche!, totalLessons: r.lektionen_total!, startDate: r.startdatum!, endDate: r.enddatum!,
  fullPricePerLesson: r.preis_pro_lektion!, subsidised: r.subventioniert!, childcare: r.kinderbetreuung!, fide: r.fide!,
  ...(r.anmeldung_url !== undefined ? { registrationUrl: r.anmeldung_url } : {}),
  ...(r.anmeldung_email !== undefined ? { registrationEmail: r.anmeldung_email } : {}),
  lastUpdated: r.aktualisiert!,
}));

const columnOfField: Record<string, CsvColumn> = {
  id: 'id', provider: 'anbieter', type: 'kursart', levelFrom: 'niveau_von', levelTo: 'niveau_bis', place: 'ort', placeSlug: 'ort',
  address: 'adresse', weekdays: 'wochentage', timeStart: 'zeit_von', timeEnd: 'zeit_bis', lessonsPerWeek: 'lektionen_pro_woche',
  totalLessons: 'lektionen_total', startDate: 'startdatum', endDate: 'enddatum', fullPricePerLesson: 'preis_pro_lektion',
  subsidised: 'subventioniert', childcare: 'kinderbetreuung', fide: 'fide', registrationUrl: 'anmeldung_url',
  registrationEmail: 'anmeldung_email', lastUpdated: 'aktualisiert', sample: 'beispieldaten',
};

/** A courseSchema issue, in German and at the CSV column the provider must change. */
export function germanCourseIssue(issue: z.core.$ZodIssue, cells: Record<CsvColumn, string>): { column: string; reason: string } {
  const field = String(issue.path[0] ?? '');
  const column: string = columnOfField[field] ?? field;
  const raw = (c: string) => (cells[c as CsvColumn] ?? '').trim();
  const custom = issue.code === 'custom';
  switch (field) {
    case 'levelTo':
      if (custom) return { column, reason: `Das Niveau bis (${parseLevel(raw('niveau_bis'))}) liegt unter dem Niveau von (${parseLevel(raw('niveau_von'))}).` };
      break;
    case 'endDate':
      if (custom) return { column, reason: `Das Enddatum (${raw('enddatum')}) liegt vor dem Startdatum (${raw('startdatum')}).` };
      break;
    case 'timeEnd':
      if (custom) return { column, reason: 'Die Endzeit liegt nicht nach der Startzeit.' };
      break;
    case 'registrationUrl':
      return { column, reason: custom ? 'Es braucht einen Anmelde-Link oder eine E-Mail-Adresse.' : `"${raw('anmeldung_url')}" ist kein Link. Er muss mit https:// beginnen.` };
    case 'registrationEmail':
      return { column, reason: `"${raw('anmeldung_email')}" ist keine E-Mail-Adresse.` };
    case 'id':
      return { column, reason: `"${raw('id')}" ist keine gültige ID. Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 80 Zeichen).` };
    case 'weekdays':
      return { column, reason: 'Ein Wochentag steht zweimal da.' };
    case 'fullPricePerLesson':
      return { column, reason: `Der Preis darf nicht negativ sein (${raw('preis_pro_lektion')}).` };
    case 'lessonsPerWeek':
    case 'totalLessons':
      if (issue.code === 'too_big') return { column, reason: `"${raw(column)}" ist zu gross (höchstens ${String(issue.maximum)}).` };
      return { column, reason: `"${raw(column)}" ist keine ganze Zahl grösser als 0.` };
  }
  // Rare rules without their own sentence: zod's message as it is.
  return { column, reason: `Ungültiger Wert: ${issue.message}` };
}

/** Checks one data row: first its cells (csvRowSchema), then the course they make (courseSchema). */
function convertRow(cells: Record<CsvColumn, string>, row: number, errors: ImportError[]): Course | undefined {
  const read = csvRowSchema.safeParse(cells);
  if (!read.success) {
    for (const issue of read.error.issues) errors.push({ row, column: String(issue.path[0] ?? ''), reason: issue.message });
    return undefined;
  }
  const checked = courseSchema.safeParse(read.data);
  if (!checked.success) {
    for (const issue of checked.error.issues) errors.push({ row, ...germanCourseIssue(issue, cells) });
    return undefined;
  }
  return checked.data;
}

/**
 * Parses and checks a whole CSV text (comma or semicolon separated, UTF-8, optional BOM).
 * `onProgress(done, total)` is called after each row.
 */
export function importCoursesCsv(text: string, onProgress?: (done: number, total: number) => void): ImportResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: [',', ';'], bom: true, skip_empty_lines: true, relax_column_count: true, info: true, trim: false }) as never;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { courses: [], rows: 0, errors: [{ row: err.lines ?? 1, column: '', reason: `Die Datei ist kein gültiges CSV: ${err.message}` }] };
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { courses: [], rows: 0, errors: [{ row: 1, column: '', reason: 'Die Datei ist leer.' }] };

  const header = headerRecord.record.map((h) => h.trim().toLowerCase());
  const errors: ImportError[] = [];
  for (const column of csvColumns) if (!header.includes(column)) errors.push({ row: 1, column, reason: 'Diese Spalte fehlt in der Kopfzeile.' });
  header.forEach((h, i) => {
    if (!(csvColumns as readonly string[]).includes(h)) errors.push({ row: 1, column: h || `Spalte ${i + 1}`, reason: 'Unbekannte Spalte in der Kopfzeile.' });
    else if (header.indexOf(h) !== i) errors.push({ row: 1, column: h, reason: 'Diese Spalte steht zweimal in der Kopfzeile.' });
  });
  if (errors.length > 0) return { courses: [], rows: dataRecords.length, errors };

  const courses: Course[] = [];
  const firstRowOfId = new Map<string, number>();
  dataRecords.forEach(({ record, info }, index) => {
    const row = info.lines;
    if (record.length !== header.length) {
      errors.push({ row, column: '', reason: `Die Zeile hat ${record.length} Felder, die Kopfzeile ${header.length}.` });
    } else {
      const cells = Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) as Record<CsvColumn, string>;
      const id = cells.id.trim();
      const first = firstRowOfId.get(id);
      if (id !== '' && first !== undefined) errors.push({ row, column: 'id', reason: `Die ID "${id}" steht schon in Zeile ${first}.` });
      else if (id !== '') firstRowOfId.set(id, row);
      const course = convertRow(cells, row, errors);
      if (course) courses.push(course);
    }
    onProgress?.(index + 1, dataRecords.length);
  });
  return { courses: errors.length > 0 ? [] : courses, errors, rows: dataRecords.length };
}

export function formatImportError(e: ImportError): string {
  return `Zeile ${e.row}${e.column ? `, Spalte "${e.column}"` : ''}: ${e.reason}`;
}
