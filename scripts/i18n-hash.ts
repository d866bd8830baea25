// Prints the source hash to write into a translation's `sourceHash`, once it is translated from
// (or checked against) the current German:
//   npm run i18n:hash                                   German UI strings (content/ui/de.yaml)
//   npm run i18n:hash -- content/<feature>-ui           German strings file of a feature folder (de.yaml)
//   npm run i18n:hash -- content/topics/de/wohnen.mdx   a German topic page (title + summary + body)
//   npm run i18n:hash -- content/adressen               the address directory's texts (description, openingNote)
//   npm run i18n:hash -- content/begriffe               the glossary's texts (term, explanation)
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';
import { germanTopicHash } from './lib/topics.ts';
import { germanDataHash } from './lib/data-translations.ts';

const arg = process.argv[2];
const dataFolder = /(?:^|\/)content\/(adressen|begriffe)(?:\/(?:de\.yaml)?)?$/.exec(arg ?? '');
if (arg?.endsWith('.mdx')) {
  console.log(await germanTopicHash(resolve(arg)));
} else if (dataFolder) {
  console.log(await germanDataHash(resolve('.'), dataFolder[1] as 'adressen' | 'begriffe'));
} else {
  const file = arg === undefined ? new URL('../content/ui/de.yaml', import.meta.url)
    : (await stat(arg)).isDirectory() ? join(arg, 'de.yaml') : arg;
  const german = parse(await readFile(file, 'utf8')) as { strings: Record<string, string> };
  console.log(await sourceHash(canonicalRecord(german.strings)));
}
