// Reading a `wrangler d1 export` file for the restore drill (scripts/restore-drill.ts): which tables it fills
// with how many rows, and where a restored database differs. The export writes one INSERT per row and per line
// (newlines inside values are written as replace('…\n…', '\n', char(10))), so counting lines counts rows.

const INSERT = /^INSERT INTO "([^"]+)"/;
const CREATE = /^CREATE TABLE (?:IF NOT EXISTS )?"?([A-Za-z_][A-Za-z0-9_]*)"?/;

/** SQLite's and Cloudflare's own tables: not part of the portal's data. */
const internal = (table: string) => table.startsWith('sqlite_') || table.startsWith('_cf_');

/** Rows per table in an export, for every table it creates (0 for an empty table). */
export function exportRowCounts(sql: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of sql.split('\n')) {
    const created = CREATE.exec(line)?.[1];
    if (created && !internal(created)) counts.set(created, counts.get(created) ?? 0);
    const filled = INSERT.exec(line)?.[1];
    if (filled && !internal(filled)) counts.set(filled, (counts.get(filled) ?? 0) + 1);
  }
  return counts;
}

export interface CountMismatch { table: string; exported: number; restored: number | null }

/** Tables whose restored row count differs from the export (null: the table is missing after the import). */
export function rowCountMismatches(exported: Map<string, number>, restored: Map<string, number>): CountMismatch[] {
  return [...exported]
    .filter(([table, n]) => restored.get(table) !== n)
    .map(([table, n]) => ({ table, exported: n, restored: restored.get(table) ?? null }));
}

/**
 * Tables the migrations up to `schemaVersion` create, that an export made at that version must contain:
 * a cut-off download would otherwise pass, as its own row counts still match.
 */
export function tablesMissingFromExport(migrations: { name: string; sql: string }[], schemaVersion: string | null, exported: Map<string, number>): string[] {
  return migrations
    .filter((m) => schemaVersion !== null && m.name <= schemaVersion)
    .flatMap((m) => [...exportRowCounts(m.sql).keys()])
    .filter((table) => !exported.has(table));
}

/** The newest migration an export was made at (its d1_migrations rows), or null when it has none. */
export function exportSchemaVersion(sql: string): string | null {
  const names = [...sql.matchAll(/^INSERT INTO "d1_migrations" \([^)]*\) VALUES\(\d+,'([^']+)'/gm)].map((m) => m[1]!);
  return names.sort().at(-1) ?? null;
}
