// Every Gesprächsleitfaden page in dist/ at most 14 KB HTML gzip (README, issue 8's target: the HTML fits the first
// round trip). The pages sit behind the LOGIN guard (functions/gemeinden/_middleware.ts), which serves the static file
// from dist/gemeinden/leitfaden/ and only fills the per-contact slots, so the file's size is the page's size.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';

const guide = new URL('../../dist/gemeinden/leitfaden/', import.meta.url);
const LIMIT = 14 * 1024;

describe('Gesprächsleitfaden size in dist/', () => {
  it('has the overview and every language page at most 14 KB gzip', () => {
    const pages = readdirSync(guide, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    // The overview and one page per language: a guide page that moved elsewhere would escape the gate.
    expect(pages.length).toBe(locales.length + 1);
    const tooBig = pages.map((p) => ({ p, size: gzipSync(readFileSync(new URL(p, guide)), { level: 9 }).length }))
      .filter(({ size }) => size > LIMIT).map(({ p, size }) => `${p}: ${(size / 1024).toFixed(1)} KB`);
    expect(tooBig).toEqual([]);
  });
});
