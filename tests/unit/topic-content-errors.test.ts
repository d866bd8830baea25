// Bad topic content stops the build: `npm run build` starts with scripts/validate-content.ts, which
// exits 1 and names file, line and field.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validate-content.ts';
import { formatContentError } from '../../src/domain/content/yaml-errors.ts';

const repo = new URL('../../', import.meta.url).pathname;
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'topics-'));
  cpSync(join(repo, 'content/topics/de'), join(root, 'content/topics/de'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The validator as the build runs it: a separate process whose exit code stops `npm run build`. */
function runValidator(files: Record<string, string>): { code: number; output: string } {
  project(files);
  try {
    execFileSync(process.execPath, [join(repo, 'scripts/validate-content.ts'), root], { stdio: 'pipe', encoding: 'utf8' });
    return { code: 0, output: '' };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, output: err.stderr };
  }
}

const german = readFileSync(join(repo, 'content/topics/de/wohnen.mdx'), 'utf8');
const translated = german.replace('lastReviewed:', 'locale: fr\nstatus: draft\nsourceHash: 0123456789abcdef\nlastReviewed:');

describe('bad topic content fails the build', () => {
  it('passes the German pages as they are', async () => {
    expect((await validateContent(project({}))).errors).toEqual([]);
  });

  it('exits 1 and prints file, line and field', () => {
    const { code, output } = runValidator({ 'content/topics/fr/wohnen.mdx': translated.replace(/^icon: .*\n/m, '') });
    expect(code).toBe(1);
    expect(output).toContain('content/topics/fr/wohnen.mdx:2 icon: Invalid option');
  }, 60_000);

  it.each([
    ['an unknown locale folder', { 'content/topics/klingon/wohnen.mdx': translated }, 'content/topics/klingon/wohnen.mdx:1 (folder): unknown locale "klingon"'],
    ['a missing source hash', { 'content/topics/fr/wohnen.mdx': translated.replace(/sourceHash: .*\n/, '') }, 'content/topics/fr/wohnen.mdx:2 sourceHash: a translation needs the hash'],
    ['a broken internal link', { 'content/topics/fr/wohnen.mdx': translated.replace('(../ankommen/)', '(../ankunft/)') }, 'content/topics/fr/wohnen.mdx:28 (link): broken link: there is no topic "ankunft"'],
    ['a missing required field', { 'content/topics/fr/wohnen.mdx': translated.replace(/^summary: .*\n/m, '') }, 'content/topics/fr/wohnen.mdx:2 summary: Invalid input'],
  ])('%s', async (_name, files, message) => {
    const { errors } = await validateContent(project(files));
    expect(errors.map(formatContentError).join('\n')).toContain(message);
  });
});
