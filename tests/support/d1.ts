// Reads (and, where a test must age a row, writes) the local D1 database the server uses, through
// node:sqlite: tests check the rows that really landed, not what an endpoint says about them.
import { DatabaseSync } from 'node:sqlite';
import { inject } from 'vitest';
import { d1SqliteFile } from '../../scripts/lib/local-server.ts';

// workerd may be writing (e.g. the outbox after a response); wait for its lock instead of failing.
const BUSY_TIMEOUT_MS = 10_000;

function withD1<T>(readOnly: boolean, use: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(d1SqliteFile(inject('persistDir')), { readOnly, timeout: BUSY_TIMEOUT_MS });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function queryD1<T>(sql: string, ...params: (string | number)[]): T[] {
  return withD1(true, (db) => db.prepare(sql).all(...params) as T[]);
}

/** Writes directly: only to age tokens and sessions, which a test cannot wait for. */
export function writeD1(sql: string, ...params: (string | number)[]): void {
  withD1(false, (db) => db.prepare(sql).run(...params));
}
