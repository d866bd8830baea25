// Runs the project's own wrangler on the Node that runs this script (Node 24 from node_modules),
// never asking questions: `npm start` and the tests must work unattended.
import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');
const wranglerBin = join(projectRoot, 'node_modules/wrangler/bin/wrangler.js');

// CI=true makes wrangler skip its confirmation prompts; no metrics are sent from this machine.
export const wranglerEnv = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };

export async function applyMigrations(persistTo?: string): Promise<void> {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  await promisify(execFile)(process.execPath, [wranglerBin, ...args], { cwd: projectRoot, env: wranglerEnv });
}

export function spawnWrangler(args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [wranglerBin, ...args], { cwd: projectRoot, env: wranglerEnv, ...options });
}

/** Runs SQL against the local D1 (or, with remote, production) through wrangler; returns the rows of the last statement. */
export async function d1Execute(sql: string, { remote = false, persistTo }: { remote?: boolean; persistTo?: string | undefined } = {}): Promise<Record<string, unknown>[]> {
  const args = ['d1', 'execute', 'DB', remote ? '--remote' : '--local', '--json', '--command', sql,
    ...(persistTo ? ['--persist-to', persistTo] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, [wranglerBin, ...args], { cwd: projectRoot, env: wranglerEnv, maxBuffer: 16 * 1024 * 1024 });
  const parsed = JSON.parse(stdout) as { results?: Record<string, unknown>[] }[];
  return parsed.at(-1)?.results ?? [];
}

/** Demo Gemeinden and demo contacts (seeds/demo.sql) for local runs and tests; never for production. */
export async function seedDemo(persistTo?: string): Promise<void> {
  const args = ['d1', 'execute', 'DB', '--local', '--file', join(projectRoot, 'seeds/demo.sql'), ...(persistTo ? ['--persist-to', persistTo] : [])];
  await promisify(execFile)(process.execPath, [wranglerBin, ...args], { cwd: projectRoot, env: wranglerEnv });
}

/** Settings of local runs: mails go to /dev/mailbox/ unless a RESEND_API_KEY is given. */
export const localDevBindings: Record<string, string> = {
  DEV_MAILBOX: '1',
  KOORDINATIONSSTELLE_EMAIL: 'demo-koordination@example.org',
  MAIL_FROM: 'Integration Kanton Solothurn (lokal) <noreply@example.org>',
};

/** Runs an SQL file (e.g. a `wrangler d1 export`) against a local D1; throws with wrangler's message when it fails. */
export async function d1ExecuteFile(file: string, { persistTo }: { persistTo?: string | undefined } = {}): Promise<void> {
  const args = ['d1', 'execute', 'DB', '--local', '--file', file, ...(persistTo ? ['--persist-to', persistTo] : [])];
  await promisify(execFile)(process.execPath, [wranglerBin, ...args], { cwd: projectRoot, env: wranglerEnv, maxBuffer: 16 * 1024 * 1024 });
}
