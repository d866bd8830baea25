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
