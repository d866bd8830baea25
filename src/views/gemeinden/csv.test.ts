import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv, zurichDateTime } from './csv.ts';

describe('CSV export for Swiss Excel', () => {
  it.each(['=1+1', '+41', '-2', '@SUM(A1)', '\tx', '\r=1'])('neutralises %j', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });
  it('starts with a BOM, separates with semicolons, quotes separators and line breaks, keeps numbers', () => {
    expect(toCsv(['a', 'b'], [['x;y', 3], ['=cmd', 'z\nw'], ['1,5', 'ä']])).toBe('\uFEFFa;b\r\n"x;y";3\r\n\'=cmd;"z\nw"\r\n1,5;ä\r\n');
  });
  it('a formula inside quotes is still neutralised', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil.example")']])).toBe('\uFEFFx\r\n"\'=HYPERLINK(""http://evil.example"")"\r\n');
  });
  it('writes times in Europe/Zurich, summer and winter', () => {
    expect(zurichDateTime('2026-12-01T14:05:00.000Z')).toBe('01.12.2026 15:05');
    expect(zurichDateTime('2026-07-01T22:30:00Z')).toBe('02.07.2026 00:30');
    expect(zurichDateTime('kaputt')).toBe('kaputt');
  });
});
