// CSV export of orders for the Koordinationsstelle (csv-stringify), made for Excel in Switzerland:
// semicolon-separated (Excel's list separator in de-CH), UTF-8 with a byte order mark (otherwise Excel
// reads the umlauts as Windows-1252), times in Swiss local time. Cells that a spreadsheet would run as a
// formula (= + - @, tab, carriage return at the start) get a leading apostrophe.
import { stringify } from 'csv-stringify/sync';

export const CSV_DELIMITER = ';';
export const BOM = '\uFEFF';

export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** An ISO timestamp as Excel reads it in de-CH, in Europe/Zurich time: `01.12.2026 15:04`. */
export function zurichDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(new Intl.DateTimeFormat('de-CH', {
    timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts['day']}.${parts['month']}.${parts['year']} ${parts['hour']}:${parts['minute']}`;
}

/** The whole file, BOM included. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return BOM + stringify([header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutralizeCell(c))))], {
    delimiter: CSV_DELIMITER,
    record_delimiter: '\r\n',
    quoted_match: /[";\n\r]/,
  });
}
