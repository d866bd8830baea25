import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from './csv.ts';

describe('CSV export', () => {
  it.each(['=1+1', '+41', '-2', '@SUM(A1)', '\tx'])('neutralises %j', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });
  it('quotes separators and line breaks, keeps numbers', () => {
    expect(toCsv(['a', 'b'], [['x,y', 3], ['=cmd', 'z\nw']])).toBe('a,b\r\n"x,y",3\r\n\'=cmd,"z\nw"\r\n');
  });
});
