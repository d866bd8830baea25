// `npm run courses:import -- file.csv`: imports a provider's course list into content/deutschkurse/.
// Checks every row first and prints a German report (row, column, reason); writes nothing when any
// row is invalid. Strings are quoted: Astro reads YAML with js-yaml, which would turn 2027-01-11 into a Date.
// Existing courses with the same id are replaced; other courses stay.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { formatImportError, importCoursesCsv } from '../src/domain/courses/csv-import.ts';

const file = process.argv[2];
if (!file) {
  console.error('Aufruf: npm run courses:import -- datei.csv');
  process.exit(2);
}
const outDir = resolve(process.argv[3] ?? 'content/deutschkurse');

let text: string;
try {
  text = await readFile(resolve(file), 'utf8');
} catch {
  console.error(`Die Datei "${file}" kann nicht gelesen werden.`);
  process.exit(2);
}

const result = importCoursesCsv(text, (done, total) => {
  if (process.stdout.isTTY) process.stdout.write(`\rGeprüft: Zeile ${done} von ${total}`);
  else if (done === total) process.stdout.write(`Geprüft: ${done} von ${total} Zeilen`);
});
process.stdout.write('\n');

if (result.errors.length > 0) {
  console.error(`${result.errors.length} Fehler. Es wurde nichts importiert.`);
  for (const e of result.errors) console.error(`  ${formatImportError(e)}`);
  process.exit(1);
}

await mkdir(outDir, { recursive: true });
// Write every file next to its target first, then rename: a crash leaves no half-written course.
const header = '# Imported with `npm run courses:import`. Schema: src/domain/schemas/course.ts\n';
const staged = await Promise.all(result.courses.map(async (course) => {
  const target = resolve(outDir, `${course.id}.yaml`);
  await writeFile(`${target}.tmp`, header + stringify(course, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  return target;
}));
for (const target of staged) await rename(`${target}.tmp`, target);
console.log(`${result.courses.length} Kurse importiert nach ${outDir}.`);
