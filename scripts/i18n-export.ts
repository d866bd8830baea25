// npm run i18n:export -- --locale ti [--only missing,stale] [--out dir]
// Writes one XLIFF 2.0 file for a language (topics, UI strings, tool texts, directory, glossary) for CAT tools.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocaleCode, SOURCE_LOCALE_CODE } from '../src/domain/i18n/locales.ts';
import { exportDocument, type Only } from '../src/domain/i18n/xliff/catalog.ts';
import { buildXliff } from '../src/domain/i18n/xliff/xliff.ts';
import { buildCatalog } from './lib/xliff-catalog.ts';

const { values } = parseArgs({ options: { locale: { type: 'string' }, only: { type: 'string' }, out: { type: 'string', default: 'xliff' }, root: { type: 'string', default: '.' } } });
const locale = values.locale ?? '';
if (!isLocaleCode(locale) || locale === SOURCE_LOCALE_CODE) {
  console.error(`--locale must be a translation language code (e.g. ti), not "${locale}"`);
  process.exit(2);
}
const only = values.only?.split(',').map((s) => s.trim()) as Only[] | undefined;
if (only?.some((o) => o !== 'missing' && o !== 'stale')) {
  console.error('--only takes missing, stale or missing,stale');
  process.exit(2);
}
const doc = exportDocument(locale, await buildCatalog(resolve(values.root), locale), only);
const file = join(values.out, `${locale}${only ? `-${only.join('-')}` : ''}.xlf`);
await mkdir(values.out, { recursive: true });
await writeFile(file, buildXliff(doc));
console.log(`${file}: ${doc.files.length} files, ${doc.files.reduce((n, f) => n + f.units.length, 0)} units`);
