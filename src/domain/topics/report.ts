/**
 * Translation status of the topic pages: one cell per locale × page.
 * - `missing`: no translation file; readers get the German page with a notice.
 * - `stale`: the translation's sourceHash differs from the current German page (the German changed since).
 * - `draft`: current, machine-assisted, not yet checked by a person.
 * - `ok`: current and reviewed.
 */
export type CellState = 'ok' | 'draft' | 'stale' | 'missing';
export const cellStates: readonly CellState[] = ['ok', 'draft', 'stale', 'missing'];

export interface TranslationInfo {
  locale: string;
  slug: string;
  status: 'draft' | 'reviewed';
  sourceHash: string;
}

export interface I18nReport {
  /** Page slugs in their order. */
  pages: string[];
  /** Locales other than German, in registry order. */
  locales: string[];
  cells: Record<string, Record<string, CellState>>;
  totals: Record<CellState, number>;
  byLocale: Record<string, Record<CellState, number>>;
}

const zero = (): Record<CellState, number> => ({ ok: 0, draft: 0, stale: 0, missing: 0 });

export function cellState(currentHash: string, translation: TranslationInfo | undefined): CellState {
  if (!translation) return 'missing';
  if (translation.sourceHash !== currentHash) return 'stale';
  return translation.status === 'reviewed' ? 'ok' : 'draft';
}

export function buildReport(
  germanHashes: ReadonlyMap<string, string>,
  translations: readonly TranslationInfo[],
  locales: readonly string[],
): I18nReport {
  const pages = [...germanHashes.keys()];
  const index = new Map(translations.map((t) => [`${t.locale}/${t.slug}`, t]));
  const cells: I18nReport['cells'] = {};
  const totals = zero();
  const byLocale: I18nReport['byLocale'] = {};
  for (const locale of locales) {
    cells[locale] = {};
    byLocale[locale] = zero();
    for (const slug of pages) {
      const state = cellState(germanHashes.get(slug)!, index.get(`${locale}/${slug}`));
      cells[locale][slug] = state;
      totals[state] += 1;
      byLocale[locale][state] += 1;
    }
  }
  return { pages, locales: [...locales], cells, totals, byLocale };
}

const mark: Record<CellState, string> = { ok: '✓', draft: 'd', stale: 'S', missing: '·' };

/** Plain-text table: one row per locale, one column per page (numbered, legend below). */
export function formatReportTable(report: I18nReport): string {
  const width = Math.max(...report.locales.map((l) => l.length), 6);
  const head = `${'locale'.padEnd(width)} ${report.pages.map((_, i) => String(i + 1).padStart(2)).join(' ')}   ok draft stale missing`;
  const rows = report.locales.map((l) => {
    const c = report.byLocale[l]!;
    return `${l.padEnd(width)} ${report.pages.map((p) => mark[report.cells[l]![p]!].padStart(2)).join(' ')}   ${String(c.ok).padStart(2)} ${String(c.draft).padStart(5)} ${String(c.stale).padStart(5)} ${String(c.missing).padStart(7)}`;
  });
  const legend = report.pages.map((p, i) => `${i + 1}=${p}`).join('  ');
  return [head, ...rows, '', `pages: ${legend}`, `✓ ok (reviewed)  d draft  S stale (German changed)  · missing (German shown)`, formatReportSummary(report)].join('\n');
}

export function formatReportSummary(report: I18nReport): string {
  const t = report.totals;
  return `i18n: ${report.pages.length} pages × ${report.locales.length} languages: ${t.ok} reviewed, ${t.draft} draft, ${t.stale} stale, ${t.missing} missing`;
}
