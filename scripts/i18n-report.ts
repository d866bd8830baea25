// Translation status of the topic pages (locale × page: ok / draft / stale / missing).
//   npm run i18n:report              table + reports/i18n-report.json
//   node scripts/i18n-report.ts --summary   one line (the build prints it)
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { localeCodes, SOURCE_LOCALE_CODE } from '../src/domain/i18n/locales.ts';
import { buildReport, formatReportSummary, formatReportTable, type I18nReport } from '../src/domain/topics/report.ts';
import { topicSourceHash } from '../src/domain/topics/mdx-file.ts';
import { loadTopics } from './lib/topics.ts';
import { dataTranslationInfo } from './lib/data-translations.ts';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { formatToolI18nStatus, toolI18nStatus } from '../src/domain/decision-tree/i18n-status.ts';
import { loadOffers, loadTree, loadTreeTexts } from '../tests/support/decision-tree.ts';

/** The Entscheidungstool's texts (tree, offers, fixed texts) counted too: a gap there is a gap on a printed result. */
async function toolLine(root: string): Promise<string> {
  const others = localeCodes.filter((c) => c !== SOURCE_LOCALE_CODE);
  const uiFile = async (code: string) => parse(await readFile(join(root, `content/entscheidungstool-ui/${code}.yaml`), 'utf8')) as { locale: string; sourceHash: string; strings: Record<string, string> };
  const ui = { german: (await uiFile('de')).strings, files: await Promise.all(others.map(uiFile)) };
  return formatToolI18nStatus(await toolI18nStatus(loadTree(), loadOffers(), loadTreeTexts(), ui, others));
}

export async function i18nReport(root: string): Promise<I18nReport> {
  const topics = await loadTopics(root);
  const german = topics.filter((t) => t.locale === SOURCE_LOCALE_CODE).sort((a, b) => a.data.order - b.data.order);
  const hashes = new Map<string, string>();
  for (const t of german) hashes.set(t.slug, await topicSourceHash(t.data.title, t.data.summary, t.body));
  const translations = topics
    .filter((t) => t.locale !== SOURCE_LOCALE_CODE && t.data.status && t.data.sourceHash)
    .map((t) => ({ locale: t.locale, slug: t.slug, status: t.data.status!, sourceHash: t.data.sourceHash! }));
  // The address directory and the glossary count like pages: one translation file per language each.
  const data = await dataTranslationInfo(root);
  for (const [name, hash] of data.hashes) hashes.set(name, hash);
  return buildReport(hashes, [...translations, ...data.translations], localeCodes.filter((c) => c !== SOURCE_LOCALE_CODE));
}

if (import.meta.main) {
  const root = resolve('.');
  const report = await i18nReport(root);
  if (process.argv.includes('--summary')) {
    console.log(formatReportSummary(report));
    console.log(await toolLine(root));
  } else {
    console.log(formatReportTable(report));
    console.log(await toolLine(root));
    await mkdir(join(root, 'reports'), { recursive: true });
    await writeFile(join(root, 'reports/i18n-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('written: reports/i18n-report.json');
  }
}
