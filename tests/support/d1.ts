// Reads the local D1 database the server writes to (node:sqlite, read-only): tests check the rows
// that really landed, not what an endpoint says about them.
import { DatabaseSync } from 'node:sqlite';
import { inject } from 'vitest';
import { d1SqliteFile } from './local-server.ts';

export function queryD1<T>(sql: string, ...params: (string | number)[]): T[] {
  const db = new DatabaseSync(d1SqliteFile(inject('persistDir')), { readOnly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
