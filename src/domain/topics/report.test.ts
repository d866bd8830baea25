import { describe, expect, it } from 'vitest';
import { buildReport, cellState, formatReportSummary, formatReportTable } from './report.ts';

const hashes = new Map([['wohnen', 'aaaaaaaaaaaaaaaa'], ['arbeit', 'bbbbbbbbbbbbbbbb']]);

describe('i18n report', () => {
  it('tells missing, stale, draft and ok apart', () => {
    expect(cellState('aaaaaaaaaaaaaaaa', undefined)).toBe('missing');
    expect(cellState('aaaaaaaaaaaaaaaa', { locale: 'fr', slug: 'wohnen', status: 'reviewed', sourceHash: 'cccccccccccccccc' })).toBe('stale');
    expect(cellState('aaaaaaaaaaaaaaaa', { locale: 'fr', slug: 'wohnen', status: 'draft', sourceHash: 'aaaaaaaaaaaaaaaa' })).toBe('draft');
    expect(cellState('aaaaaaaaaaaaaaaa', { locale: 'fr', slug: 'wohnen', status: 'reviewed', sourceHash: 'aaaaaaaaaaaaaaaa' })).toBe('ok');
  });

  it('counts every locale × page once', () => {
    const report = buildReport(hashes, [
      { locale: 'fr', slug: 'wohnen', status: 'reviewed', sourceHash: 'aaaaaaaaaaaaaaaa' },
      { locale: 'fr', slug: 'arbeit', status: 'draft', sourceHash: 'old0000000000000' },
      { locale: 'ar', slug: 'wohnen', status: 'draft', sourceHash: 'aaaaaaaaaaaaaaaa' },
    ], ['fr', 'ar']);
    expect(report.cells).toEqual({ fr: { wohnen: 'ok', arbeit: 'stale' }, ar: { wohnen: 'draft', arbeit: 'missing' } });
    expect(report.totals).toEqual({ ok: 1, draft: 1, stale: 1, missing: 1 });
    expect(formatReportSummary(report)).toBe('i18n: 2 pages × 2 languages: 1 reviewed, 1 draft, 1 stale, 1 missing');
    expect(formatReportTable(report)).toContain('fr      ✓  S    1     0     1       0');
  });

  it('a German edit makes every translation of that page stale', () => {
    const translations = ['fr', 'ar'].map((locale) => ({ locale, slug: 'wohnen', status: 'draft' as const, sourceHash: 'aaaaaaaaaaaaaaaa' }));
    const edited = new Map([['wohnen', 'dddddddddddddddd']]);
    expect(buildReport(edited, translations, ['fr', 'ar']).totals.stale).toBe(2);
  });
});
