// CSV export of orders for the Koordinationsstelle (csv-stringify). Cells that a spreadsheet would run
// as a formula (= + - @, tab, carriage return at the start) get a leading apostrophe.
import { stringify } from 'csv-stringify/sync';

export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return stringify([header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutralizeCell(c))))], {
    record_delimiter: '\r\n',
    quoted_match: /[";\n\r,]/,
  });
}
