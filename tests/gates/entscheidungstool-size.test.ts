// The Entscheidungstool in dist/ stays small in files and bytes (moved from tests/functions/: it only reads dist/).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(`${dir}/${f}`).isFile()).map((f) => `${dir}/${f}`);
}

describe('tool size in dist/', () => {
  const toolFiles = readdirSync(dist).filter((d) => statSync(new URL(d, dist)).isDirectory())
    .flatMap((d) => { try { return filesUnder(new URL(`${d}/entscheidungstool`, dist).pathname); } catch { return []; } });

  it('stays within 5,000 files for all languages (Cloudflare Pages allows 20,000 for the whole site)', () => {
    expect(toolFiles.length).toBeGreaterThan(100);
    expect(toolFiles.length).toBeLessThanOrEqual(5000);
  });

  it('has every step and result page at most 14 KB gzip, with no inline script (only the external print-button module)', () => {
    const tooBig: string[] = [];
    for (const file of toolFiles.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file);
      const size = gzipSync(html).length;
      if (size > 14 * 1024) tooBig.push(`${file}: ${size} bytes`);
      const scripts = html.toString('utf8').match(/<script\b[^>]*>/g) ?? [];
      // The CSP allows the site's own script files only; the tool works without them (plain links and forms).
      for (const tag of scripts) expect(tag, file).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    }
    expect(tooBig).toEqual([]);
  });
});
