import { describe, expect, it } from 'vitest';
import { exportRowCounts, exportSchemaVersion, rowCountMismatches, tablesMissingFromExport } from './backup.ts';

// The shape of a `wrangler d1 export` (wrangler 4), shortened.
const sample = `PRAGMA defer_foreign_keys=TRUE;
CREATE TABLE IF NOT EXISTS "d1_migrations"(
		id         INTEGER PRIMARY KEY AUTOINCREMENT,
		name       TEXT UNIQUE
);
INSERT INTO "d1_migrations" ("id","name","applied_at") VALUES(1,'0001_page_feedback.sql','2026-12-01 14:15:48');
INSERT INTO "d1_migrations" ("id","name","applied_at") VALUES(2,'0002_gemeinden_login.sql','2026-12-01 14:15:48');
CREATE TABLE page_feedback (
  id INTEGER PRIMARY KEY
);
CREATE TABLE gemeinden (
  id INTEGER PRIMARY KEY,
  delivery_address TEXT NOT NULL DEFAULT ''
);
INSERT INTO "gemeinden" ("id","delivery_address") VALUES(1,replace('Gemeindeverwaltung\\nINSERT INTO "gemeinden"','\\n',char(10)));
DELETE FROM sqlite_sequence;
INSERT INTO "sqlite_sequence" ("name","seq") VALUES('d1_migrations',2);
`;

describe('restore drill: reading an export', () => {
  it('counts one row per INSERT line, empty tables as 0, without SQLite internals', () => {
    expect(Object.fromEntries(exportRowCounts(sample))).toEqual({ d1_migrations: 2, page_feedback: 0, gemeinden: 1 });
  });
  it('names tables whose restored count differs, or that are missing', () => {
    const exported = exportRowCounts(sample);
    expect(rowCountMismatches(exported, new Map([['d1_migrations', 2], ['page_feedback', 0], ['gemeinden', 1]]))).toEqual([]);
    expect(rowCountMismatches(exported, new Map([['d1_migrations', 2], ['gemeinden', 0]]))).toEqual([
      { table: 'page_feedback', exported: 0, restored: null },
      { table: 'gemeinden', exported: 1, restored: 0 },
    ]);
  });
  it('reads the schema version the export was made at', () => {
    expect(exportSchemaVersion(sample)).toBe('0002_gemeinden_login.sql');
    expect(exportSchemaVersion('')).toBeNull();
  });
  it("names tables the migrations up to the export's version create but the export lacks (a cut-off file)", () => {
    const migrations = [
      { name: '0001_page_feedback.sql', sql: 'CREATE TABLE page_feedback (\n  id INTEGER\n);' },
      { name: '0002_gemeinden_login.sql', sql: 'CREATE TABLE gemeinden (id INTEGER);\nCREATE TABLE contacts (id INTEGER);' },
      { name: '0003_mail_send_pace.sql', sql: 'CREATE TABLE mail_send_pace (id INTEGER);' },
    ];
    expect(tablesMissingFromExport(migrations, exportSchemaVersion(sample), exportRowCounts(sample))).toEqual(['contacts']);
  });
});
