// Prints the source hash of the German UI strings, to write into a translation's `sourceHash`
// once its strings are translated from (or checked against) the current German.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';

const german = parse(await readFile(new URL('../content/ui/de.yaml', import.meta.url), 'utf8')) as { strings: Record<string, string> };
console.log(await sourceHash(canonicalRecord(german.strings)));
