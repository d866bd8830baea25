// `npm run backup:drill -- <export.sql>`: the restore drill (README, "Operations"). Imports a `wrangler d1 export`
// (the nightly backup artifact) into a fresh local D1 in a temporary folder and checks that every table holds as
// many rows as the export wrote. Exit 0: the backup can be restored. Exit 1: what is missing or different.
// The production database is never touched. `--keep` leaves the restored D1 in place and prints its folder.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRowCounts, exportSchemaVersion, rowCountMismatches, tablesMissingFromExport } from '../src/domain/ops/backup.ts';
import { d1Execute, d1ExecuteFile, projectRoot } from './lib/wrangler.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { keep: { type: 'boolean', default: false } } });
const fail = (message: string): never => {
  console.error(`restore drill FAILED: ${message}`);
  process.exit(1);
};

const file = positionals[0] ?? fail('name the export file: npm run backup:drill -- backups/d1-2026-12-01.sql');
if (!existsSync(file)) fail(`${file} does not exist`);
const sql = readFileSync(file, 'utf8');
const exported = exportRowCounts(sql);
if (exported.size === 0) fail(`${file} creates no table: not a wrangler d1 export`);
const schema = exportSchemaVersion(sql);
const migrationFiles = readdirSync(join(projectRoot, 'migrations')).filter((f) => f.endsWith('.sql')).sort();
const missing = tablesMissingFromExport(
  migrationFiles.map((name) => ({ name, sql: readFileSync(join(projectRoot, 'migrations', name), 'utf8') })), schema, exported);
if (missing.length > 0) fail(`${file} lacks tables its schema (${schema}) has: ${missing.join(', ')} (cut off?)`);

const persistTo = mkdtempSync(join(tmpdir(), 'restore-drill-'));
try {
  try {
    await d1ExecuteFile(file, { persistTo });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    fail(`the import stopped: ${(e.stderr || e.stdout || e.message).trim().split('\n').slice(-8).join('\n')}`);
  }
  const tables = [...exported.keys()];
  // One row of scalar subqueries: D1 refuses a UNION ALL of this many SELECTs ("too many terms in compound SELECT").
  const rows = await d1Execute(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`, { persistTo })
    .catch((error: { stdout?: string; message: string }) => fail(`a table of the export is missing after the import: ${(error.stdout || error.message).trim()}`));
  const restored = new Map(Object.entries(rows[0] ?? {}).map(([t, n]) => [t, Number(n)]));
  for (const [table, n] of exported) console.log(`${table.padEnd(20)} ${String(n).padStart(7)} exported ${String(restored.get(table) ?? '–').padStart(7)} restored`);

  const newestMigration = migrationFiles.at(-1);
  console.log(`schema of the export: ${schema ?? 'no d1_migrations rows'}; newest in migrations/: ${newestMigration}`);
  if (schema !== newestMigration) console.log('After a restore, apply the missing migrations: npx wrangler d1 migrations apply DB --remote');

  const mismatches = rowCountMismatches(exported, restored);
  if (mismatches.length > 0) {
    fail(mismatches.map((m) => `${m.table}: ${m.exported} rows exported, ${m.restored ?? 'table missing'} after the import`).join('; '));
  }
  console.log(`restore drill passed: ${exported.size} tables, ${[...exported.values()].reduce((a, b) => a + b, 0)} rows restored from ${file}`);
} finally {
  if (values.keep) console.log(`restored D1 kept in ${persistTo} (wrangler … --persist-to ${persistTo})`);
  else rmSync(persistTo, { recursive: true, force: true });
}
