// `npm run courses:import -- file.csv [folder]` end to end: a progress line, a German report and exit 1
// with nothing written for a bad file; YAML files that pass the content schema for a good one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../src/domain/schemas/course.ts';
import { validateYaml } from '../../src/domain/content/yaml-errors.ts';

const script = new URL('../../scripts/courses-import.ts', import.meta.url).pathname;
const template = readFileSync(new URL('../../docs/kurse-vorlage.csv', import.meta.url), 'utf8');

function run(csv: string): { status: number; out: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'courses-import-'));
  const file = join(dir, 'kurse.csv');
  writeFileSync(file, csv);
  const target = join(dir, 'out');
  try {
    const out = execFileSync(process.execPath, [script, file, target], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, out, dir: target };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: err.stdout + err.stderr, dir: target };
  }
}

describe('courses:import', () => {
  it('writes one valid YAML file per row of a good file', () => {
    const { status, out, dir } = run(template);
    expect(status).toBe(0);
    expect(out).toContain('Geprüft: 2 von 2 Zeilen');
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['beispiel-grenchen-alpha-a0-a1-2027-01.yaml', 'beispiel-olten-abend-a2-b1-2027-01.yaml']);
    for (const f of files) expect(validateYaml(f, readFileSync(join(dir, f), 'utf8'), courseSchema).errors).toEqual([]);
  });

  it('reports row, column and reason and writes nothing when one row is bad', () => {
    const bad = template.replace('11.01.2027,28.05.2027', '11.01.2027,2027/05/28');
    const { status, out, dir } = run(bad);
    expect(status).toBe(1);
    expect(out).toContain('Es wurde nichts importiert.');
    expect(out).toContain('Zeile 2, Spalte "enddatum": "2027/05/28" ist kein gültiges Datum.');
    expect(() => readdirSync(dir)).toThrow();
  });
});
