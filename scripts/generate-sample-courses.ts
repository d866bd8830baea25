// Writes the SAMPLE course list (scripts/data/beispielkurse.csv) that `npm run courses:import` turns
// into content/deutschkurse/*.yaml. Real course dates are not public, so every row is sample data
// (`beispieldaten: ja`) with visibly sample addresses and e-mail addresses (.example, RFC 2606).
// Real facts used (shared/facts.md, so.ch Deutsch-Integrationskurse): providers ECAP Solothurn,
// Volkshochschule Solothurn, K5 Basler Kurszentrum, Gemeinde courses and Elternkurse; places Grenchen,
// Olten, Solothurn, Basel; lessons per week per course type; CHF 3 / CHF 7 per lesson subsidised.
// Run: node scripts/generate-sample-courses.ts && npm run courses:import -- scripts/data/beispielkurse.csv
import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { csvColumns } from '../src/domain/courses/csv-import.ts';

interface Template {
  provider: string; short: string; place: string; type: string; slugType: string; from: string; to: string;
  days: string; start: string; end: string; perWeek: number; weeks: number; fide: boolean; childcare: boolean;
  subsidised?: boolean;
}

const ecap = 'ECAP Solothurn';
const vhs = 'Volkshochschule Solothurn';
const k5 = 'K5 Basler Kurszentrum';
const templates: Template[] = [
  { provider: ecap, short: 'ecap', place: 'Olten', type: 'Abend/Samstag', slugType: 'abend', from: 'A2', to: 'B1', days: 'Di Do', start: '18:30', end: '20:00', perWeek: 4, weeks: 20, fide: true, childcare: false },
  { provider: ecap, short: 'ecap', place: 'Olten', type: 'Intensiv', slugType: 'intensiv', from: 'A1', to: 'A2', days: 'Mo Di Mi Do Fr', start: '08:30', end: '11:30', perWeek: 15, weeks: 10, fide: false, childcare: false },
  { provider: ecap, short: 'ecap', place: 'Grenchen', type: 'Alphabetisierung', slugType: 'alpha', from: 'A0', to: 'A1', days: 'Mo Mi Fr', start: '08:30', end: '11:00', perWeek: 9, weeks: 16, fide: false, childcare: true },
  { provider: ecap, short: 'ecap', place: 'Solothurn', type: 'Zertifikatsvorbereitung', slugType: 'zertifikat', from: 'A2', to: 'B1', days: 'Sa', start: '09:00', end: '12:00', perWeek: 4, weeks: 4, fide: true, childcare: false },
  { provider: vhs, short: 'vhs', place: 'Solothurn', type: 'Intensiv', slugType: 'intensiv', from: 'B1', to: 'B1', days: 'Mo Di Mi Do Fr', start: '13:30', end: '16:30', perWeek: 15, weeks: 10, fide: true, childcare: false },
  { provider: vhs, short: 'vhs', place: 'Solothurn', type: 'Abend/Samstag', slugType: 'abend', from: 'A1', to: 'A1', days: 'Mo Mi', start: '19:00', end: '20:30', perWeek: 4, weeks: 20, fide: false, childcare: false },
  { provider: vhs, short: 'vhs', place: 'Olten', type: 'Abend/Samstag', slugType: 'abend', from: 'B1', to: 'B1', days: 'Mi', start: '18:00', end: '20:15', perWeek: 3, weeks: 24, fide: true, childcare: false },
  { provider: vhs, short: 'vhs', place: 'Grenchen', type: 'Abend/Samstag', slugType: 'samstag', from: 'A2', to: 'A2', days: 'Sa', start: '09:00', end: '12:00', perWeek: 4, weeks: 20, fide: false, childcare: true },
  { provider: k5, short: 'k5', place: 'Basel', type: 'Intensiv', slugType: 'intensiv', from: 'A1', to: 'B1', days: 'Mo Di Mi Do Fr', start: '09:00', end: '12:00', perWeek: 15, weeks: 12, fide: true, childcare: false },
  { provider: k5, short: 'k5', place: 'Basel', type: 'Alphabetisierung', slugType: 'alpha', from: 'A0', to: 'A0', days: 'Di Do', start: '13:30', end: '16:00', perWeek: 10, weeks: 16, fide: false, childcare: true },
  { provider: 'Gemeinde Zuchwil', short: 'gemeinde', place: 'Zuchwil', type: 'Elternkurs', slugType: 'eltern', from: 'A1', to: 'A2', days: 'Di Do', start: '09:00', end: '10:30', perWeek: 4, weeks: 15, fide: false, childcare: true },
  { provider: 'Gemeinde Biberist', short: 'gemeinde', place: 'Biberist', type: 'Elternkurs', slugType: 'eltern', from: 'A0', to: 'A1', days: 'Mo Mi', start: '14:00', end: '15:30', perWeek: 4, weeks: 15, fide: false, childcare: true },
];

/** Term starts (Mondays). The first ended before 23 Nov 2026 and shows that ended courses are hidden. */
const terms = ['2026-01-12', '2026-08-17', '2027-01-11', '2027-04-19', '2027-08-16', '2028-01-10', '2028-04-24'];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const swiss = (iso: string) => iso.split('-').reverse().join('.');
const yesNo = (b: boolean) => (b ? 'ja' : 'nein');
const slug = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z0-9]+/g, '-');

const rows: string[][] = [];
terms.forEach((term, termIndex) => {
  templates.forEach((t, i) => {
    // The first (ended) term has only two courses; the others have all templates.
    if (termIndex === 0 && i > 1) return;
    // Saturday courses start on the Saturday of the term's first week.
    const start = t.days === 'Sa' ? addDays(term, 5) : term;
    const end = addDays(start, t.weeks * 7 - (t.days === 'Sa' ? 0 : 3));
    const fullPrice = t.type === 'Alphabetisierung' ? '7.50' : '17.50';
    const row: Record<(typeof csvColumns)[number], string> = {
      id: `${t.short}-${slug(t.place)}-${t.slugType}-${t.from.toLowerCase()}-${t.to.toLowerCase()}-${start.slice(0, 7)}`,
      anbieter: t.provider,
      kursart: t.type,
      niveau_von: t.from,
      niveau_bis: t.to,
      ort: t.place,
      adresse: `Beispielstrasse ${i + 1} (Beispieladresse), ${t.place}`,
      wochentage: t.days,
      zeit_von: t.start,
      zeit_bis: t.end,
      lektionen_pro_woche: String(t.perWeek),
      lektionen_total: String(t.perWeek * t.weeks),
      startdatum: swiss(start),
      enddatum: swiss(end),
      preis_pro_lektion: fullPrice,
      subventioniert: yesNo(t.subsidised ?? true),
      kinderbetreuung: yesNo(t.childcare),
      fide: yesNo(t.fide),
      anmeldung_url: '',
      anmeldung_email: `anmeldung@${t.short === 'gemeinde' ? slug(t.place) : t.short}.beispiel.example`,
      aktualisiert: '23.11.2026',
      beispieldaten: 'ja',
    };
    rows.push(csvColumns.map((c) => row[c]));
  });
});

await writeFile(new URL('data/beispielkurse.csv', import.meta.url), stringify([[...csvColumns], ...rows]));
console.log(`scripts/data/beispielkurse.csv: ${rows.length} sample courses`);
