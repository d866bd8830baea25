import { describe, expect, it } from 'vitest';
import { csvColumns, csvRowSchema, formatImportError, importCoursesCsv, parseCsvDate, slugify, type CsvColumn } from './csv-import.ts';

const valid: Record<CsvColumn, string> = {
  id: 'ecap-olten-abend-a2-b1-2027-01', anbieter: 'ECAP Solothurn', kursart: 'Abend/Samstag', niveau_von: 'A2', niveau_bis: 'B1',
  ort: 'Olten', adresse: 'Beispielstrasse 1 (Beispieladresse), Olten', wochentage: 'Di Do', zeit_von: '18:30', zeit_bis: '20:00',
  lektionen_pro_woche: '4', lektionen_total: '80', startdatum: '11.01.2027', enddatum: '28.05.2027', preis_pro_lektion: '17.50',
  subventioniert: 'ja', kinderbetreuung: 'nein', fide: 'ja', anmeldung_url: '', anmeldung_email: 'anmeldung@ecap.beispiel.example',
  aktualisiert: '23.11.2026', beispieldaten: 'ja',
};

/** A CSV text: header plus one line per row (each a patch of the valid row). */
function csv(rows: Partial<Record<CsvColumn, string>>[], columns: readonly string[] = csvColumns, sep = ','): string {
  const line = (cells: string[]) => cells.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep);
  return [line([...columns]), ...rows.map((r, i) => line(columns.map((c) => ({ ...valid, id: `kurs-${i + 1}`, ...r })[c as CsvColumn] ?? '')))].join('\n');
}

describe('importCoursesCsv: valid files', () => {
  it('turns a row into a course (Swiss dates, comma decimals, weekdays in order)', () => {
    const result = importCoursesCsv(csv([{ wochentage: 'Do, Di', preis_pro_lektion: '17,50' }]));
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(1);
    expect(result.courses).toEqual([{
      id: 'kurs-1', sample: true, provider: 'ECAP Solothurn', type: 'abend-samstag', levelFrom: 'A2', levelTo: 'B1', place: 'Olten',
      placeSlug: 'olten', address: 'Beispielstrasse 1 (Beispieladresse), Olten', weekdays: ['di', 'do'], timeStart: '18:30',
      timeEnd: '20:00', lessonsPerWeek: 4, totalLessons: 80, startDate: '2027-01-11', endDate: '2027-05-28', fullPricePerLesson: 17.5,
      subsidised: true, childcare: false, fide: true, registrationEmail: 'anmeldung@ecap.beispiel.example', lastUpdated: '2026-11-23',
    }]);
  });

  it('reads semicolon-separated files (Excel in Switzerland), columns in any order, a BOM and ISO dates', () => {
    const columns = [...csvColumns].reverse();
    const result = importCoursesCsv(`\uFEFF${csv([{ startdatum: '2027-01-11' }, {}], columns, ';')}`);
    expect(result.errors).toEqual([]);
    expect(result.courses.map((c) => c.id)).toEqual(['kurs-1', 'kurs-2']);
  });

  it('reports progress after every row', () => {
    const calls: string[] = [];
    importCoursesCsv(csv([{}, {}, {}]), (done, total) => calls.push(`${done}/${total}`));
    expect(calls).toEqual(['1/3', '2/3', '3/3']);
  });

  it('imports the shipped template', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../docs/kurse-vorlage.csv', import.meta.url), 'utf8');
    const result = importCoursesCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.courses.length).toBeGreaterThan(0);
  });
});

describe('importCoursesCsv: every error class names row and column, in German, and imports nothing', () => {
  const errorsOf = (text: string) => {
    const result = importCoursesCsv(text);
    expect(result.courses, 'nothing is imported when any row is invalid').toEqual([]);
    return result.errors.map(formatImportError);
  };

  it('wrong header: a missing, an unknown and a doubled column', () => {
    const columns = [...csvColumns.filter((c) => c !== 'enddatum'), 'farbe', 'ort'];
    expect(errorsOf(csv([{}], columns))).toEqual([
      'Zeile 1, Spalte "enddatum": Diese Spalte fehlt in der Kopfzeile.',
      'Zeile 1, Spalte "farbe": Unbekannte Spalte in der Kopfzeile.',
      'Zeile 1, Spalte "ort": Diese Spalte steht zweimal in der Kopfzeile.',
    ]);
  });

  it('wrong date format and impossible dates', () => {
    expect(errorsOf(csv([{}, { startdatum: '2027/01/11' }, { enddatum: '31.02.2027' }]))).toEqual([
      'Zeile 3, Spalte "startdatum": "2027/01/11" ist kein gültiges Datum. Schreiben Sie TT.MM.JJJJ, zum Beispiel 05.01.2027.',
      'Zeile 4, Spalte "enddatum": "31.02.2027" ist kein gültiges Datum. Schreiben Sie TT.MM.JJJJ, zum Beispiel 05.01.2027.',
    ]);
  });

  it('end before start', () => {
    expect(errorsOf(csv([{ startdatum: '01.06.2027', enddatum: '31.05.2027' }]))).toEqual([
      'Zeile 2, Spalte "enddatum": Das Enddatum (31.05.2027) liegt vor dem Startdatum (01.06.2027).',
    ]);
  });

  it('negative price, and a price that is not a number', () => {
    expect(errorsOf(csv([{ preis_pro_lektion: '-7' }, { preis_pro_lektion: 'gratis' }]))).toEqual([
      'Zeile 2, Spalte "preis_pro_lektion": Der Preis darf nicht negativ sein (-7).',
      'Zeile 3, Spalte "preis_pro_lektion": "gratis" ist kein Preis. Schreiben Sie eine Zahl, zum Beispiel 17.50.',
    ]);
  });

  it('unknown level, and a level range upside down', () => {
    expect(errorsOf(csv([{ niveau_von: 'C1' }, { niveau_von: 'B1', niveau_bis: 'A1' }]))).toEqual([
      'Zeile 2, Spalte "niveau_von": Unbekanntes Niveau "C1". Erlaubt: A0 (oder Alpha), A1, A2, B1.',
      'Zeile 3, Spalte "niveau_bis": Das Niveau bis (A1) liegt unter dem Niveau von (B1).',
    ]);
  });

  it('other bad cells: course type, weekday, time, yes/no, empty field, registration, duplicate id, field count', () => {
    const text = `${csv([
      { kursart: 'Yoga' }, { wochentage: 'Mo So' }, { zeit_bis: '18:00' }, { fide: 'vielleicht' }, { anbieter: '' },
      { anmeldung_email: '', anmeldung_url: 'http://x' }, { id: 'kurs-1' },
    ])}\neins,zwei`;
    expect(errorsOf(text)).toEqual([
      'Zeile 2, Spalte "kursart": Unbekannte Kursart "Yoga". Erlaubt: Intensiv, Alphabetisierung, Abend/Samstag, Zertifikatsvorbereitung, Elternkurs.',
      'Zeile 3, Spalte "wochentage": Unbekannter Wochentag "so". Erlaubt: Mo, Di, Mi, Do, Fr, Sa.',
      'Zeile 4, Spalte "zeit_bis": Die Endzeit liegt nicht nach der Startzeit.',
      'Zeile 5, Spalte "fide": "vielleicht" ist nicht "ja" oder "nein".',
      'Zeile 6, Spalte "anbieter": Das Feld ist leer. Es braucht einen Wert.',
      'Zeile 7, Spalte "anmeldung_url": "http://x" ist kein Link. Er muss mit https:// beginnen.',
      'Zeile 8, Spalte "id": Die ID "kurs-1" steht schon in Zeile 2.',
      'Zeile 9: Die Zeile hat 2 Felder, die Kopfzeile 22.',
    ]);
  });

  it('one bad row among good ones still imports nothing', () => {
    const result = importCoursesCsv(csv([{}, {}, { niveau_bis: 'C2' }, {}]));
    expect(result.courses).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 4, column: 'niveau_bis' });
  });

  it('a broken or empty file', () => {
    expect(errorsOf(`${csv([{}])}\n"offenes Anführungszeichen,`)[0]).toMatch(/^Zeile \d+: Die Datei ist kein gültiges CSV/);
    expect(errorsOf('')).toEqual(['Zeile 1: Die Datei ist leer.']);
  });
});

describe('csvRowSchema reads cells only; courseSchema holds the course rules', () => {
  it('passes an end date before the start on to courseSchema instead of checking it again', () => {
    const read = csvRowSchema.safeParse({ ...valid, startdatum: '01.06.2027', enddatum: '31.05.2027' });
    expect(read.success).toBe(true);
    expect(read.data).toMatchObject({ startDate: '2027-06-01', endDate: '2027-05-31' });
  });
  it('words courseSchema\'s limits and doubled weekdays in German at the right column', () => {
    const errors = (patch: Partial<Record<CsvColumn, string>>) => importCoursesCsv(csv([patch])).errors.map(formatImportError);
    expect(errors({ lektionen_pro_woche: '25' })).toEqual(['Zeile 2, Spalte "lektionen_pro_woche": "25" ist zu gross (höchstens 20).']);
    expect(errors({ wochentage: 'Di Di' })).toEqual(['Zeile 2, Spalte "wochentage": Ein Wochentag steht zweimal da.']);
    expect(errors({ lektionen_total: '2.5' })).toEqual(['Zeile 2, Spalte "lektionen_total": "2.5" ist keine ganze Zahl grösser als 0.']);
    expect(errors({ anmeldung_email: 'kein-at' })).toEqual(['Zeile 2, Spalte "anmeldung_email": "kein-at" ist keine E-Mail-Adresse.']);
  });
});

describe('helpers', () => {
  it('parseCsvDate reads Swiss and ISO dates and rejects others', () => {
    expect(parseCsvDate('5.1.2027')).toBe('2027-01-05');
    expect(parseCsvDate('2027-01-05')).toBe('2027-01-05');
    expect(parseCsvDate('01/05/2027')).toBeUndefined();
    expect(parseCsvDate('29.02.2027')).toBeUndefined();
  });
  it('slugify makes URL segments of place names', () => {
    expect(slugify('Zürich')).toBe('zuerich');
    expect(slugify('Wangen b. Olten')).toBe('wangen-b-olten');
  });
});
