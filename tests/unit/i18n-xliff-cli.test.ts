// Issue 17: XLIFF out, XLIFF in. Runs the real CLI scripts on a temporary copy of content/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildCatalog } from '../../scripts/lib/xliff-catalog.ts';

const run = promisify(execFile);
const repo = new URL('../../', import.meta.url).pathname;
let root: string;
let xlf: string;

async function cli(script: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await run(process.execPath, [join(repo, 'scripts', script), ...args, '--root', root], { cwd: repo });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const p of (await import('node:fs/promises')).glob('content/**/*.{mdx,yaml}', { cwd: root })) files.set(p, await readFile(join(root, p), 'utf8'));
  return files;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'xliff-'));
  await cp(join(repo, 'content'), join(root, 'content'), { recursive: true });
  const r = await cli('i18n-export.ts', ['--locale', 'ti', '--out', join(root, 'out')]);
  expect(r.code, r.out).toBe(0);
  xlf = await readFile(join(root, 'out/ti.xlf'), 'utf8');
}, 60_000);
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

async function importText(text: string) {
  await writeFile(join(root, 'in.xlf'), text);
  return cli('i18n-import.ts', [join(root, 'in.xlf')]);
}

describe('i18n:export → i18n:import (ti)', () => {
  it('an unchanged file leaves the tree byte-identical', async () => {
    const before = await snapshot();
    const r = await importText(xlf);
    expect(r.code, r.out).toBe(0);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('reassembles every current translation byte for byte from its units', async () => {
    const catalog = await buildCatalog(root, 'ti');
    const current = catalog.filter((f) => f.existing && f.existing.meta.sourceHash === f.sourceHash && f.units.every((u) => f.existing!.targets.has(u.id)));
    expect(current.length).toBeGreaterThan(0);
    for (const f of current) {
      const { flatten } = await import('../../src/domain/i18n/xliff/inline.ts');
      const targets = new Map([...f.existing!.targets].map(([id, inline]) => [id, flatten(inline)]));
      expect(f.write(targets, f.existing!.meta), f.target).toBe(f.existing!.text);
    }
  });

  it('writes a translated unit with the new sourceHash; final units become reviewed with reviewer and date', async () => {
    const before = await snapshot();
    const fileStart = xlf.indexOf('<file id="ui"');
    const fileEnd = xlf.indexOf('</file>', fileStart);
    let ui = xlf.slice(fileStart, fileEnd).replaceAll('state="initial"', 'state="final"').replaceAll('state="translated"', 'state="final"');
    // Units without a target get one (German text as a stand-in), so the file is complete.
    ui = ui.replace(/<source>((?:(?!<\/source>)[\s\S])*)<\/source><\/segment>/g, '<source>$1</source><target>$1</target></segment>');
    ui = ui.replace('<notes>', '<notes><note category="reviewedBy">Test Reviewer</note><note category="reviewedOn">2026-12-01</note>');
    const r = await importText(xlf.slice(0, fileStart) + ui + xlf.slice(fileEnd));
    expect(r.code, r.out).toBe(0);
    const written = await readFile(join(root, 'content/ui/ti.yaml'), 'utf8');
    expect(written).toMatch(/status: reviewed/);
    expect(written).toMatch(/reviewedBy: Test Reviewer/);
    expect(written).toMatch(/reviewedOn: 2026-12-01/);
    await writeFile(join(root, 'content/ui/ti.yaml'), before.get('content/ui/ti.yaml')!);
  }, 60_000);

  /** Changes the first unit whose target matches `has`; gives the tampered file and the unit's `file#unit` id. */
  function tamperUnit(has: RegExp, change: (unit: string) => string): [string, string] {
    const parts = xlf.split('\n<file ');
    for (let i = 1; i < parts.length; i++) {
      const fileId = /^id="([^"]+)"/.exec(parts[i]!)![1]!;
      const units = parts[i]!.split('\n<unit ');
      for (let j = 1; j < units.length; j++) {
        const target = /<target>[\s\S]*<\/target>/.exec(units[j]!)?.[0];
        if (!target || !has.test(target)) continue;
        units[j] = units[j]!.replace(target, change(target));
        parts[i] = units.join('\n<unit ');
        return [parts.join('\n<file '), `${fileId}#${/^id="([^"]+)"/.exec(units[j]!)![1]}`];
      }
    }
    throw new Error(`no unit with a target matching ${has}`);
  }
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tamper: [string, () => [string, string], string][] = [
    ['unknown unit', () => [xlf.replace('<unit id="siteName"', '<unit id="noSuchKey"'), 'ui#noSuchKey'], 'unknown unit'],
    ['changed placeholder', () => tamperUnit(/subType="so:placeholder"/, (t) => t.replace(/<ph [^>]*subType="so:placeholder"[^>]*\/>/, '{sprache}')), 'placeholder'],
    ['missing box tag', () => tamperUnit(/^<target><ph [^>]*subType="so:box"/, (t) => t.replace(/<ph [^>]*subType="so:box"[^>]*\/>/, '')), 'box tag'],
    ['changed link URL', () => tamperUnit(/<pc [^>]*subType="so:link"/, (t) => t.replace(/<pc [^>]*subType="so:link"[^>]*>([^<]*)<\/pc>/, '[$1](https://evil.example/)')), 'link URL changed'],
  ];
  for (const [name, make, message] of tamper) {
    it(`refuses a file with a ${name}, names the unit and writes nothing`, async () => {
      const [tampered, unit] = make();
      expect(tampered).not.toBe(xlf);
      const before = await snapshot();
      const r = await importText(tampered);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(new RegExp(`${esc(unit)}: .*${message}`));
      expect(r.out).toMatch(/nothing written/);
      expect(await snapshot()).toEqual(before);
    }, 60_000);
  }

  it('refuses a file whose German source changed since export', async () => {
    const path = join(root, 'content/topics/de/wohnen.mdx');
    const german = await readFile(path, 'utf8');
    await writeFile(path, german.replace('Eine gute Wohnung ist wichtig', 'Eine Wohnung ist wichtig'));
    try {
      const r = await importText(xlf);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/topics\.wohnen#b1: German source changed since export/);
    } finally {
      await writeFile(path, german);
    }
  }, 60_000);
});
