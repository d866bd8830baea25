// The restore drill (`npm run backup:drill`) on a real local export: a local D1 with the migrations, the demo
// data and a mail, exported by `wrangler d1 export --local` exactly as the nightly backup does remotely.
// In the server project, not unit: wrangler runs workerd, which does not run under libfaketime (`npm run test:2029`
// runs the Node-only projects with the clock in 2029).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, d1Execute, projectRoot, seedDemo, spawnWrangler } from '../../scripts/lib/wrangler.ts';

let dir: string;
let exportFile: string;

/** `wrangler d1 export --local` has no --persist-to: it reads .wrangler/state beside the wrangler.toml of --cwd. */
async function exportLocal(cwd: string, output: string): Promise<void> {
  const child = spawnWrangler(['d1', 'export', 'DB', '--local', '--cwd', cwd, '--output', output], { stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`wrangler d1 export exited with ${code}`);
}

async function drill(file: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts/restore-drill.ts'), file], { cwd: projectRoot });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'restore-drill-test-'));
  const toml = readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8').replace(/migrations_dir = ".*"/, `migrations_dir = "${join(projectRoot, 'migrations')}"`);
  writeFileSync(join(dir, 'wrangler.toml'), toml);
  const state = join(dir, '.wrangler/state');
  await applyMigrations(state);
  await seedDemo(state);
  // A value with a line break and a quote: the export must carry it through as one row.
  await d1Execute(`INSERT INTO outbox (kind, to_email, subject, html, text, idempotency_key) VALUES ('infomail', 'a@example.org', 'It''s', '<p>x</p>', 'line 1
INSERT INTO "outbox" line 2', 'drill-1')`, { persistTo: state });
  exportFile = join(dir, 'export.sql');
  await exportLocal(dir, exportFile);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('restore drill', () => {
  it('restores a local export into a fresh local D1 with every row', async () => {
    const { code, out } = await drill(exportFile);
    expect(code, out).toBe(0);
    expect(out).toMatch(/^outbox\s+1 exported\s+1 restored$/m);
    expect(out).toMatch(/^contacts\s+3 exported\s+3 restored$/m);
    expect(out).toMatch(/restore drill passed: \d+ tables/);
  }, 120_000);

  it('fails when rows are lost on the way', async () => {
    const lossy = join(dir, 'lossy.sql');
    writeFileSync(lossy, `${readFileSync(exportFile, 'utf8')}DELETE FROM "outbox";\n`);
    const { code, out } = await drill(lossy);
    expect(code).toBe(1);
    expect(out).toContain('outbox: 1 rows exported, 0 after the import');
  }, 120_000);

  it('fails on a cut-off export, before importing it', async () => {
    const sql = readFileSync(exportFile, 'utf8');
    const cut = join(dir, 'cut.sql');
    writeFileSync(cut, sql.slice(0, sql.indexOf('CREATE TABLE orders')));
    const { code, out } = await drill(cut);
    expect(code).toBe(1);
    expect(out).toMatch(/lacks tables its schema \(\d{4}_\w+\.sql\) has: orders, order_items, outbox/);
  }, 120_000);
});
