// Starts the built site with its Functions and a fresh local D1 in real workerd via
// `wrangler pages dev`, on free loopback ports, and stops it again (whole process group).
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, projectRoot as root, seedDemo, spawnWrangler } from './wrangler.ts';

export interface LocalServer {
  baseUrl: string;
  persistDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startLocalServer(extraVars: Record<string, string> = {}): Promise<LocalServer> {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does this for you).');
  }
  const persistDir = mkdtempSync(join(tmpdir(), 'portal-d1-'));
  await applyMigrations(persistDir);
  await seedDemo(persistDir);
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const logFile = join(persistDir, 'wrangler.log');
  const log = openSync(logFile, 'a');
  // Links in mails are built from SITE_ORIGIN (never the Host header): here, this server.
  const vars = Object.entries({ SITE_ORIGIN: `http://127.0.0.1:${port}`, ...extraVars }).flatMap(([k, v]) => ['--binding', `${k}=${v}`]);
  const child: ChildProcess = spawnWrangler(
    ['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
      '--persist-to', persistDir, ...vars],
    { detached: true, stdio: ['ignore', log, log] },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const groupAlive = () => {
    try { process.kill(-child.pid!, 0); return true; } catch { return false; }
  };
  // Stops wrangler and the workerd processes it started (one process group), and waits until the
  // whole group is gone, so a test run leaves no process behind.
  const stop = async () => {
    if (child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const deadline = Date.now() + 10_000;
      while (groupAlive()) {
        if (Date.now() > deadline) {
          process.kill(-child.pid, 'SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    rmSync(persistDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited early (${child.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler pages dev did not answer within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, persistDir, logFile, stop };
}

/** Path of the local D1 SQLite file, for tests that check what really was (or was not) written. */
export function d1SqliteFile(persistDir: string): string {
  const dir = join(persistDir, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error(`no D1 database in ${dir}`);
  return join(dir, file);
}
