// The pre-build content check stops the build with file, line and field.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validate-content.ts';
import { formatContentError } from '../../src/domain/content/yaml-errors.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const german = readFileSync(new URL('../../content/ui/de.yaml', import.meta.url), 'utf8');

describe('validateContent', () => {
  it('passes the real German source', async () => {
    expect(await validateContent(project({ 'content/ui/de.yaml': german }))).toEqual({ files: 1, errors: [] });
  });

  it('names file, line and field of an empty string and of a missing hash', async () => {
    const broken = german.replace(/^ {2}navHome: .*$/m, '  navHome: ""');
    const line = broken.split('\n').findIndex((l) => l.startsWith('  navHome:')) + 1;
    const translation = 'locale: fr\nstatus: draft\nstrings:\n  navHome: Accueil\n';
    const { errors } = await validateContent(project({ 'content/ui/de.yaml': broken, 'content/ui/fr.yaml': translation }));
    expect(errors.map(formatContentError).sort()).toEqual([
      `content/ui/de.yaml:${line} strings.navHome: must not be empty`,
      'content/ui/fr.yaml:1 sourceHash: Invalid input: expected string, received undefined',
    ]);
  });
});
