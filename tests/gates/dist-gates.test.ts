// Quality gates over the built site (dist/): valid HTML, no broken internal link or fragment,
// deployable on Cloudflare Pages. Each gate also runs on a small broken fixture, so every run
// proves the gate can fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/dist-links.ts';
import { validateHtml } from '../support/html-validity.ts';
import { deployability } from '../support/deployability.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const fixture = mkdtempSync(join(tmpdir(), 'gate-fixture-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function writeFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(fixture, 'site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('HTML validity (Nu HTML Checker)', () => {
  it('finds no error in any built page', async () => {
    const errors = await validateHtml([dist]);
    expect(errors.map((e) => `${e.file.replace(dist, 'dist')}:${e.line ?? '?'} ${e.message}`)).toEqual([]);
  }, 600_000);

  it('reports an error that is put into a page', async () => {
    const dir = writeFixture({ 'bad/index.html': page('<ul><div>not a list item</div></ul>') });
    const errors = await validateHtml([dir]);
    expect(errors.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('links', () => {
  it('every internal link, asset and fragment resolves; external links are listed, not fetched', async () => {
    const report = checkLinks(dist, join(root, 'functions'));
    expect(report.broken).toEqual([]);
    const reportDir = join(root, 'test-results');
    await mkdir(reportDir, { recursive: true });
    const external = Object.fromEntries([...report.external].sort().map(([url, pages]) => [url, { pages: pages.length, first: pages[0] }]));
    await writeFile(join(reportDir, 'external-links.json'), `${JSON.stringify(external, null, 2)}\n`);
    console.log(`links: ${report.pages} pages checked, ${report.external.size} external links listed in test-results/external-links.json`);
    expect(report.pages).toBeGreaterThan(0);
  });

  it('reports a missing page, a missing fragment and an empty link', () => {
    const dir = writeFixture({
      'index.html': page('<a href="/gone/">a</a><a href="/other/#nope">b</a><a href="#">c</a><a href="#here" id="here">d</a><a href="https://so.ch/">e</a>'),
      'other/index.html': page('<h1 id="yes">x</h1>'),
    });
    const report = checkLinks(dir, join(dir, 'functions'));
    expect(report.broken).toEqual([
      '/: <a href> "/gone/" does not exist',
      '/: <a href> "/other/#nope" has no element with id "nope"',
      '/: <a href> "#" leads nowhere',
    ]);
    expect([...report.external.keys()]).toEqual(['https://so.ch/']);
  });
});

describe('deployability on Cloudflare Pages', () => {
  it('stays under 20,000 files and 25 MiB per file', () => {
    const result = deployability(dist);
    console.log(`dist: ${result.files} files, largest ${result.largest.file} (${result.largest.bytes} bytes)`);
    expect(result.problems).toEqual([]);
  });

  it('reports a site over the limits', () => {
    const dir = writeFixture({ 'a.html': 'x', 'b.html': 'y', 'c.bin': 'z'.repeat(100) });
    expect(deployability(dir, { maxFiles: 2, maxFileBytes: 50 }).problems).toEqual(['c.bin is 100 bytes (limit 50)', '3 files (limit 2)']);
  });
});
