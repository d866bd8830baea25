// The production bundles, built as `wrangler pages deploy` and `wrangler deploy` build them, against Cloudflare's
// Worker size limit (gzip; Workers Free, the stricter plan): a too-big Functions bundle fails here, before deploy.
// A fixture with 3.5 MB of incompressible data shows the check can fail.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnWrangler } from '../../scripts/lib/wrangler.ts';
import { workerSizeVerdict } from '../../src/domain/ops/limits.ts';

const out = mkdtempSync(join(tmpdir(), 'worker-bundles-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function wrangler(args: string[]): Promise<void> {
  let log = '';
  const child = spawnWrangler(args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`wrangler ${args.join(' ')} exited with ${code}:\n${log.slice(-2000)}`);
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The Pages Functions of `functionsDir` bundled into one Worker script, as `wrangler pages deploy` does. */
async function pagesBundle(functionsDir: string, name: string): Promise<string> {
  await wrangler(['pages', 'functions', 'build', functionsDir, '--outdir', join(out, name)]);
  return join(out, name, 'index.js');
}

describe('Worker bundles stay under the Worker size limit', () => {
  it('Pages Functions (functions/)', async () => {
    const verdict = workerSizeVerdict(gzipBytes(await pagesBundle('functions', 'pages')));
    console.log(`Pages Functions bundle: ${verdict.line}`);
    expect(verdict.ok, verdict.line).toBe(true);
  }, 120_000);

  it('scheduler Worker (workers/scheduler/)', async () => {
    await wrangler(['deploy', '--dry-run', '-c', 'workers/scheduler/wrangler.toml', '--outdir', join(out, 'scheduler')]);
    const verdict = workerSizeVerdict(gzipBytes(join(out, 'scheduler', 'index.js')));
    console.log(`scheduler Worker bundle: ${verdict.line}`);
    expect(verdict.ok, verdict.line).toBe(true);
  }, 120_000);

  it('a Functions bundle over the limit is refused (fixture)', async () => {
    const fixture = join(out, 'too-big/functions');
    mkdirSync(join(fixture, 'api'), { recursive: true });
    // Random bytes do not compress: about 3.5 MB even after gzip.
    writeFileSync(join(fixture, 'api/blob.ts'),
      `const blob = '${randomBytes(3_500_000).toString('base64')}';\nexport const onRequest = () => new Response(blob);\n`);
    const verdict = workerSizeVerdict(gzipBytes(await pagesBundle(fixture, 'too-big-out')));
    expect(verdict.ok, verdict.line).toBe(false);
    expect(workerSizeVerdict(4 * 1024 * 1024, 'paid').ok).toBe(true);
  }, 120_000);
});
