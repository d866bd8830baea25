/**
 * A provider's course list as CSV → validated courses, or a row-by-row report in German
 * (row, column, reason). All or nothing: the caller writes files only when `errors` is empty.
 * Column format: README "Deutschkurse" and the template docs/kurse-vorlage.csv.
 */
import { parse } from 'csv-parse/sync';
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

/** Converts one data row; pushes German errors for every bad cell. */
function convertRow(cells: Record<CsvColumn, string>, row: number, errors: ImportError[]): Course | undefined {
  const before = errors.length;
  const fail = (column: CsvColumn, reason: string) => errors.push({ row, column, reason });
  const get = (c: CsvColumn) => cells[c].trim();
  const required = (c: CsvColumn): string => {
    const v = get(c);
    if (v === '') fail(c, 'Das Feld ist leer. Es braucht einen Wert.');
    return v;
  };

  const id = required('id');
  if (id !== '' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail('id', `"${id}" ist keine gültige ID. Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche.`);
  const provider = required('anbieter');
  const typeRaw = required('kursart');
  const type = typeNames[typeRaw.toLowerCase()];
  if (typeRaw !== '' && !type) fail('kursart', `Unbekannte Kursart "${typeRaw}". Erlaubt: Intensiv, Alphabetisierung, Abend/Samstag, Zertifikatsvorbereitung, Elternkurs.`);

  const levels: Partial<Record<'niveau_von' | 'niveau_bis', CourseLevel>> = {};
  for (const c of ['niveau_von', 'niveau_bis'] as const) {
    const raw = required(c);
    const level = parseLevel(raw);
    if (raw !== '' && !level) fail(c, `Unbekanntes Niveau "${raw}". Erlaubt: A0 (oder Alpha), A1, A2, B1.`);
    if (level) levels[c] = level;
  }
  if (levels.niveau_von && levels.niveau_bis && courseLevels.indexOf(levels.niveau_bis) < courseLevels.indexOf(levels.niveau_von)) {
    fail('niveau_bis', `Das Niveau bis (${levels.niveau_bis}) liegt unter dem Niveau von (${levels.niveau_von}).`);
  }

  const place = required('ort');
  const address = required('adresse');

  const daysRaw = required('wochentage');
  const dayTokens = daysRaw.split(/[\s,;/+]+/).filter(Boolean).map((d) => d.toLowerCase().slice(0, 2));
  const days: Weekday[] = [];
  for (const token of dayTokens) {
    const day = dayNames[token];
    if (!day) fail('wochentage', `Unbekannter Wochentag "${token}". Erlaubt: Mo, Di, Mi, Do, Fr, Sa.`);
    else if (days.includes(day)) fail('wochentage', `Der Wochentag "${token}" steht zweimal da.`);
    else days.push(day);
  }
  days.sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));

  const times: Partial<Record<'zeit_von' | 'zeit_bis', string>> = {};
  for (const c of ['zeit_von', 'zeit_bis'] as const) {
    const raw = required(c);
    const t = normaliseTime(raw);
    if (raw !== '' && !t) fail(c, `"${raw}" ist keine Uhrzeit. Schreiben Sie HH:MM, zum Beispiel 18:30.`);
    if (t) times[c] = t;
  }
  if (times.zeit_von && times.zeit_bis && times.zeit_bis <= times.zeit_von) fail('zeit_bis', 'Die Endzeit liegt nicht nach der Startzeit.');

  const ints: Partial<Record<'lektionen_pro_woche' | 'lektionen_total', number>> = {};
  for (const c of ['lektionen_pro_woche', 'lektionen_total'] as const) {
    const raw = required(c);
    const n = parseNumber(raw);
    if (raw !== '' && (n === undefined || !Number.isInteger(n) || n < 1)) fail(c, `"${raw}" ist keine ganze Zahl grösser als 0.`);
    else if (n !== undefined) ints[c] = n;
  }

  const dates: Partial<Record<'startdatum' | 'enddatum' | 'aktualisiert', string>> = {};
  for (const c of ['startdatum', 'enddatum', 'aktualisiert'] as const) {
    const raw = required(c);
    const d = parseCsvDate(raw);
    if (raw !== '' && !d) fail(c, `"${raw}" ist kein gültiges Datum. Schreiben Sie TT.MM.JJJJ, zum Beispiel 05.01.2027.`);
    if (d) dates[c] = d;
  }
  if (dates.startdatum && dates.enddatum && dates.enddatum < dates.startdatum) {
    fail('enddatum', `Das Enddatum (${get('enddatum')}) liegt vor dem Startdatum (${get('startdatum')}).`);
  }

  const priceRaw = required('preis_pro_lektion');
  const price = parseNumber(priceRaw);
  if (priceRaw !== '' && price === undefined) fail('preis_pro_lektion', `"${priceRaw}" ist kein Preis. Schreiben Sie eine Zahl, zum Beispiel 17.50.`);
  else if (price !== undefined && price < 0) fail('preis_pro_lektion', `Der Preis darf nicht negativ sein (${priceRaw}).`);

  const flags: Partial<Record<'subventioniert' | 'kinderbetreuung' | 'fide' | 'beispieldaten', boolean>> = {};
  for (const c of ['subventioniert', 'kinderbetreuung', 'fide', 'beispieldaten'] as const) {
    const raw = required(c);
    const b = parseYesNo(raw);
    if (raw !== '' && b === undefined) fail(c, `"${raw}" ist nicht "ja" oder "nein".`);
    if (b !== undefined) flags[c] = b;
  }

  const url = get('anmeldung_url');
  const email = get('anmeldung_email');
  if (url === '' && email === '') fail('anmeldung_url', 'Es braucht einen Anmelde-Link oder eine E-Mail-Adresse.');
  if (url !== '' && !/^https:\/\/[^\s/$.?#][^\s]*$/.test(url)) fail('anmeldung_url', `"${url}" ist kein Link. Er muss mit https:// beginnen.`);
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('anmeldung_email', `"${email}" ist keine E-Mail-Adresse.`);

  if (errors.length > before) return undefined;

  const candidate = {
    id, sample: flags.beispieldaten!, provider, type: type!, levelFrom: levels.niveau_von!, levelTo: levels.niveau_bis!,
    place, placeSlug: slugify(place), address, weekdays: days, timeStart: times.zeit_von!, timeEnd: times.zeit_bis!,
    lessonsPerWeek: ints.lektionen_pro_woche!, totalLessons: ints.lektionen_total!, startDate: dates.startdatum!, endDate: dates.enddatum!,
    fullPricePerLesson: price!, subsidised: flags.subventioniert!, childcare: flags.kinderbetreuung!, fide: flags.fide!,
    ...(url !== '' ? { registrationUrl: url } : {}), ...(email !== '' ? { registrationEmail: email } : {}),
    lastUpdated: dates.aktualisiert!,
  };
  // The schema is the last word (limits such as 20 lessons a week); its rare messages are shown as they are.
  const checked = courseSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors.push({ row, column: columnOfField[field] ?? field, reason: `Ungültiger Wert: ${issue.message}` });
    }
    return undefined;
  }
  return checked.data;
}

const columnOfField: Record<string, CsvColumn> = {
  id: 'id', provider: 'anbieter', type: 'kursart', levelFrom: 'niveau_von', levelTo: 'niveau_bis', place: 'ort', placeSlug: 'ort',
  address: 'adresse', weekdays: 'wochentage', timeStart: 'zeit_von', timeEnd: 'zeit_bis', lessonsPerWeek: 'lektionen_pro_woche',
  totalLessons: 'lektionen_total', startDate: 'startdatum', endDate: 'enddatum', fullPricePerLesson: 'preis_pro_lektion',
  subsidised: 'subventioniert', childcare: 'kinderbetreuung', fide: 'fide', registrationUrl: 'anmeldung_url',
  registrationEmail: 'anmeldung_email', lastUpdated: 'aktualisiert', sample: 'beispieldaten',
};

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
