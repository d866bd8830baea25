// npm run i18n:import -- file.xlf [--root dir]
// Checks every unit of a translated XLIFF 2.0 file against today's German; on any problem it writes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocaleCode } from '../src/domain/i18n/locales.ts';
import { applyDocument, checkDocument } from '../src/domain/i18n/xliff/catalog.ts';
import { parseXliff, XliffFormatError } from '../src/domain/i18n/xliff/xliff.ts';
import { buildCatalog } from './lib/xliff-catalog.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: '.' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run i18n:import -- file.xlf');
  process.exit(2);
}
let doc;
try {
  doc = parseXliff(await readFile(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error instanceof XliffFormatError ? error.message : `not readable XML (${String(error)})`}; nothing written`);
  process.exit(1);
}
if (!isLocaleCode(doc.trgLang)) {
  console.error(`${file}: trgLang "${doc.trgLang}" is not a language of the site; nothing written`);
  process.exit(1);
}
const root = resolve(values.root);
const catalog = await buildCatalog(root, doc.trgLang);
const problems = checkDocument(doc, doc.trgLang, catalog);
if (problems.length > 0) {
  for (const p of problems) console.error(`${file}: ${p.unit}: ${p.message}`);
  console.error(`${problems.length} problem(s); nothing written`);
  process.exit(1);
}
const { writes, skipped } = applyDocument(doc, catalog);
for (const s of skipped) console.log(`skipped ${s}`);
for (const [path, text] of writes) await writeFile(join(root, path), text);
console.log(`${writes.size} file(s) written${writes.size ? `: ${[...writes.keys()].join(', ')}` : ''}`);
