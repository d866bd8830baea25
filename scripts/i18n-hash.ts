// Prints the source hash of the German strings of a folder (default content/ui), to write into a
// translation's `sourceHash` once its strings are translated from (or checked against) the current German.
// `npm run i18n:hash -- content/deutschkurse-ui`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';

const folder = process.argv[2] ?? new URL('../content/ui', import.meta.url).pathname;
const german = parse(await readFile(resolve(folder, 'de.yaml'), 'utf8')) as { strings: Record<string, string> };
console.log(await sourceHash(canonicalRecord(german.strings)));
