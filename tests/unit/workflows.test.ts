// The GitHub Actions workflows (.github/workflows/) parsed as YAML: every `run:` step calls an npm script that
// exists in package.json or a wrangler command (with its flags) that this wrangler has; secrets are used by name
// only and each is named in the README; the schedules and the artifact retention are what README "Operations" says.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, wranglerEnv } from '../../scripts/lib/wrangler.ts';

interface Step { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow { name: string; on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> }

const dir = join(projectRoot, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(files.map((f) => [f, parse(readFileSync(join(dir, f), 'utf8')) as Workflow]));
const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The commands of a `run:` block: lines split at &&, || and ;, without comments and blank lines. */
function commandsOf(run: string): string[][] {
  return run.split('\n').flatMap((line) => line.replace(/#.*$/, '').split(/&&|\|\||;/))
    .map((c) => c.trim()).filter(Boolean)
    .map((c) => [...c.matchAll(/"[^"]*"|'[^']*'|\S+/g)].map((m) => m[0].replace(/^["']|["']$/g, '')));
}

const helpCache = new Map<string, Promise<string>>();
function wranglerHelp(path: string[]): Promise<string> {
  const key = path.join(' ');
  if (!helpCache.has(key)) {
    helpCache.set(key, promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/wrangler/bin/wrangler.js'), ...path, '--help'],
      { cwd: projectRoot, env: wranglerEnv }).then(({ stdout, stderr }) => stdout + stderr));
  }
  return helpCache.get(key)!;
}

/** Null when `wrangler <args>` names an existing command and every --flag is one it knows; else what is wrong. */
async function wranglerProblem(args: string[]): Promise<string | null> {
  const path: string[] = [];
  let help = await wranglerHelp(path);
  for (;;) {
    const prefix = ['wrangler', ...path].join(' ');
    const subs = new Set([...help.matchAll(new RegExp(`^\\s*${prefix} ([a-z][\\w-]*)`, 'gm'))].map((m) => m[1]!));
    if (subs.size === 0) break;
    const next = args[path.length];
    if (next === undefined || !subs.has(next)) return `\`${prefix}\` has no command "${next ?? ''}"`;
    path.push(next);
    help = await wranglerHelp(path);
  }
  const unknown = args.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]!)
    .filter((flag) => !new RegExp(`(^|[\\s,])${flag}(?=[\\s,]|$)`, 'm').test(help));
  return unknown.length ? `\`wrangler ${path.join(' ')}\` has no flag ${unknown.join(', ')}` : null;
}

/** The wrangler arguments an npm script runs, e.g. "CI=true wrangler d1 migrations apply DB --remote". */
const wranglerArgsOfScript = (body: string): string[] | null => {
  const words = body.split(/\s+/).filter((w) => !/^[A-Z_]+=/.test(w));
  return words[0] === 'wrangler' ? words.slice(1) : null;
};

/** What is wrong with one command of a run step (null: fine); `callsProject` tells whether it is an npm script or wrangler. */
async function commandProblem(cmd: string[]): Promise<{ problem: string | null; callsProject: boolean }> {
  const [tool, sub, name] = cmd;
  if (tool === 'npm' && sub === 'install') return { problem: null, callsProject: true };
  if (tool === 'npm' && (sub === 'test' || sub === 'run')) {
    const script = sub === 'test' ? 'test' : name!;
    if (!scripts[script]) return { problem: `npm script "${script}" is not in package.json`, callsProject: true };
    const args = wranglerArgsOfScript(scripts[script]!);
    // Arguments after `--` go to the script's wrangler command too.
    const passed = cmd.includes('--') ? cmd.slice(cmd.indexOf('--') + 1) : [];
    return { problem: args ? await wranglerProblem([...args, ...passed]) : null, callsProject: true };
  }
  if (tool === 'npx' && sub === 'wrangler') return { problem: await wranglerProblem(cmd.slice(2)), callsProject: true };
  // System packages for the browser tests: allowed beside an npm command in the same step, never alone.
  if ((tool === 'sudo' && sub === 'apt-get') || tool === 'apt-get') return { problem: null, callsProject: false };
  return { problem: `\`${cmd.join(' ')}\` is neither an npm script nor a wrangler command`, callsProject: false };
}

describe('GitHub Actions workflows', () => {
  it('exist: test and deploy, nightly backup', () => {
    expect(files.sort()).toEqual(['backup.yml', 'deploy.yml']);
  });

  for (const [file, workflow] of workflows) {
    it(`${file}: every run step calls an npm script or a wrangler command that exists`, async () => {
      const problems: string[] = [];
      for (const [job, { steps }] of Object.entries(workflow.jobs)) {
        for (const step of steps.filter((s) => s.run)) {
          const results = await Promise.all(commandsOf(step.run!).map(commandProblem));
          const where = `${file} › ${job} › "${step.name ?? step.run}"`;
          for (const r of results) if (r.problem) problems.push(`${where}: ${r.problem}`);
          if (!results.some((r) => r.callsProject)) problems.push(`${where}: calls no npm script and no wrangler command`);
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);

    it(`${file}: uses secrets by name only, each named in the README`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const secrets = new Set([...text.matchAll(/\$\{\{\s*secrets\.(\w+)\s*\}\}/g)].map((m) => m[1]!));
      expect(secrets.size).toBeGreaterThan(0);
      for (const s of secrets) expect(['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'BACKUP_PASSPHRASE']).toContain(s);
      for (const s of secrets) expect(readme, `README names the secret ${s}`).toContain(`\`${s}\``);
      // No value that looks like a key or token in the file itself.
      expect(text).not.toMatch(/(api[_-]?token|passphrase|secret)\s*:\s*['"]?[A-Za-z0-9_-]{20,}/i);
    });
  }

  it('the check refuses what does not exist: a wrangler command, a flag, an npm script, another program', async () => {
    expect(await wranglerProblem(['pages', 'deplooy', 'dist'])).toMatch(/`wrangler pages` has no command "deplooy"/);
    expect(await wranglerProblem(['d1', 'export', 'DB', '--local', '--persist-to', 'x'])).toMatch(/`wrangler d1 export` has no flag --persist-to/);
    expect((await commandProblem(['npm', 'run', 'no-such-script'])).problem).toMatch(/not in package.json/);
    expect((await commandProblem(['curl', '-fsS', 'https://example.org'])).problem).toMatch(/neither an npm script nor a wrangler command/);
    expect(commandsOf('a && b # c\nd; e')).toEqual([['a'], ['b'], ['d'], ['e']]);
  }, 120_000);

  it('deploy.yml: push (main and branches), a weekly scheduled rebuild; migrations before the deploy', () => {
    const deploy = workflows.get('deploy.yml')!;
    expect(deploy.on).toHaveProperty('push');
    const [cron] = (deploy.on['schedule'] as { cron: string }[]).map((s) => s.cron);
    expect(cron!.split(' ')).toHaveLength(5);
    expect(cron!.split(' ')[4]).toMatch(/^[0-6]$/); // one day of the week
    const runs = deploy.jobs['test-and-deploy']!.steps.map((s) => s.run ?? '');
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    expect(at(/npm install/)).toBeLessThan(at(/npm test/));
    expect(at(/npm test/)).toBeLessThan(at(/db:migrate:remote/));
    expect(at(/db:migrate:remote/)).toBeLessThan(at(/wrangler pages deploy/));
    expect(runs.some((r) => /--env preview/.test(r))).toBe(true);
  });

  it('backup.yml: nightly export, restore drill, encrypted artifact kept 30 days', () => {
    const backup = workflows.get('backup.yml')!;
    const [cron] = (backup.on['schedule'] as { cron: string }[]).map((s) => s.cron);
    expect(cron!.split(' ').slice(2)).toEqual(['*', '*', '*']); // every day
    const steps = backup.jobs['backup']!.steps;
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.findIndex((r) => /backup:export/.test(r))).toBeLessThan(runs.findIndex((r) => /backup:drill/.test(r)));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ 'retention-days': 30, path: expect.stringMatching(/\.enc$/) });
  });
});
