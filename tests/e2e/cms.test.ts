// Issue 17: the CMS at /admin/ in Chromium with the local backend (decap-server on a copy of the content): change a
// German topic summary, add a course, save; the files on disk change and the build's content check accepts them;
// a value that breaks the schema is refused in the form with the schema's message.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { useBrowser } from '../support/browser.ts';
import { freePort } from '../../scripts/lib/local-server.ts';
import { validateContent } from '../../scripts/validate-content.ts';

const base = inject('baseUrl');
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
const { newPage } = useBrowser();
const repo = new URL('../../', import.meta.url).pathname;
let root: string;
let port: number;
let server: ChildProcess;
const SHOTS = process.env['CMS_SCREENSHOTS'];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cms-e2e-'));
  await cp(join(repo, 'content'), join(root, 'content'), { recursive: true });
  await mkdir(join(root, 'public/media'), { recursive: true });
  port = await freePort();
  server = spawn(process.execPath, [join(repo, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('decap-server did not start');
});
afterAll(async () => {
  server?.kill();
  await rm(root, { recursive: true, force: true });
});

async function openCms(hash: string): Promise<Page> {
  const { page } = await newPage({ viewport: { width: 1280, height: 900 } });
  // The built config points the local backend at decap-server's default port; this test's server has its own.
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^local_backend: true$/m, `local_backend:\n  url: http://127.0.0.1:${port}/api/v1`);
    await route.fulfill({ response, body });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/admin/`);
  const login = page.getByRole('button', { name: /login/i });
  await login.waitFor({ timeout: 60_000 });
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'cms-login.png') });
  await login.click();
  await page.goto(`${base}/admin/${hash}`);
  return page;
}

async function waitForFile(path: string, test: (text: string) => boolean): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} did not change as expected`);
}

async function publish(page: Page): Promise<void> {
  // Decap speaks German here (locale: de in the config).
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).click();
}

describe('CMS /admin/ with the local backend', () => {
  it('is not indexed and sends its own CSP', async () => {
    const res = await fetch(`${base}/admin/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect((await fetch(`${base}/de/`)).headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
  });

  it('changes the German summary of a topic and writes the file; the preview names the stale languages', async () => {
    const page = await openCms('#/collections/topics-de/entries/wohnen');
    const summary = page.locator('input[id^="summary-field"], textarea[id^="summary-field"]').first();
    await summary.waitFor({ timeout: 60_000 });
    const changed = 'Hier steht, was Sie beim Mieten wissen müssen. Fragen stellen Sie Ihrer Wohngemeinde.';
    await summary.fill(changed);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'cms-topic-editor.png') });
    await expect.poll(async () => page.frameLocator('iframe').first().getByRole('status').textContent().catch(() => ''), { timeout: 30_000 }).toMatch(/Veraltet mit diesem deutschen Text/);
    await publish(page);
    // Decap may fold a long YAML line: compare the parsed frontmatter.
    const text = await waitForFile(join(root, 'content/topics/de/wohnen.mdx'), (t) => (parse(/^---\n([\s\S]*?)\n---/.exec(t)?.[1] ?? '') as { summary?: string } | null)?.summary === changed);
    expect(text).toContain('<MustDo>');
    expect(text).not.toMatch(/^status:/m);
  });

  it('adds a course; a time that breaks the schema is refused in the form with its message', async () => {
    const page = await openCms('#/collections/deutschkurse/new');
    await page.locator('input[id^="id-field"]').first().waitFor({ timeout: 60_000 });
    const text = (n: string, v: string) => page.locator(`input[id^="${n}-field"]`).first().fill(v);
    const pick = async (n: string, v: string) => {
      const input = page.locator(`input[id^="${n}-field"]`).first();
      await input.click();
      await input.pressSequentially(v);
      await input.press('Enter');
    };
    // Labelled sample data (sample: true), never a real course.
    await text('id', 'cms-e2e-neuer-kurs');
    await page.locator('input[id^="sample-field"], [id^="sample-field"]').first().click();
    await text('provider', 'Testanbieter (Beispiel)');
    await pick('type', 'intensiv');
    await pick('levelFrom', 'A1');
    await pick('levelTo', 'A2');
    await text('place', 'Solothurn');
    await text('placeSlug', 'solothurn');
    await text('address', 'Beispielstrasse 1, 4500 Solothurn');
    await pick('weekdays', 'mo');
    await text('timeStart', '25:99');
    await text('timeEnd', '11:30');
    await text('lessonsPerWeek', '4');
    await text('totalLessons', '40');
    await text('startDate', '2027-01-11');
    await text('endDate', '2027-03-29');
    await text('fullPricePerLesson', '20');
    await text('registrationUrl', 'https://example.org/anmeldung');
    await text('lastUpdated', '2026-12-01');
    await publish(page);
    await expect.poll(() => page.getByText('must be a time HH:MM').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await readdir(join(root, 'content/deutschkurse'))).not.toContain('cms-e2e-neuer-kurs.yaml');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'cms-course-error.png') });
    const timeStart = page.locator('input[id^="timeStart-field"]').first();
    await timeStart.click();
    await timeStart.press('Control+A');
    await timeStart.pressSequentially('08:30');
    await timeStart.press('Tab');
    await expect.poll(() => timeStart.inputValue()).toBe('08:30');
    await publish(page);
    const file = await waitForFile(join(root, 'content/deutschkurse/cms-e2e-neuer-kurs.yaml'), (t) => t.includes('cms-e2e-neuer-kurs'))
      .catch(async (e: unknown) => { throw new Error(`${String(e)}; form says: ${(await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 1500)}`); });
    expect(parse(file)).toMatchObject({ id: 'cms-e2e-neuer-kurs', sample: true, timeStart: '08:30', weekdays: ['mo'] });
  });

  it('the content check of the build accepts the files the CMS wrote', async () => {
    const result = await validateContent(root);
    expect(result.errors.map((e) => `${e.file}:${e.line} ${e.field} ${e.message}`)).toEqual([]);
  });
});
