// Which browser this run drives (printed once by the global setup), checked against the precedence rule
// (CHROMIUM_PATH, then a system Chromium, then @sparticuz/chromium from npm), and that it has fonts for
// every script of the portal: the 320 px reflow and the printed page counts depend on real glyph widths.
import { existsSync, statSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';
import { useBrowser } from '../support/browser.ts';

const { newPage } = useBrowser();
const browser = inject('browser');

describe('the browser of the e2e tests', () => {
  it('is the one the precedence rule picks on this machine', () => {
    const explicit = process.env['CHROMIUM_PATH'];
    const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
    const system = ['/usr/bin/chromium', ...(process.env['PATH'] ?? '').split(':').filter(Boolean).map((d) => `${d}/chromium`)].find(isFile);
    if (explicit) expect(browser).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: explicit });
    else if (system) expect(browser).toMatchObject({ source: 'system', executablePath: system });
    else expect(browser.source).toBe('npm');
    expect(isFile(browser.executablePath), browser.executablePath).toBe(true);
  });

  it('draws every language name with real glyphs, not empty boxes', async () => {
    const { page } = await newPage();
    await page.setContent('<canvas></canvas>');
    // U+FFFF is a noncharacter no font draws: its width is the empty box's. A name is drawn with boxes
    // when each of its letters is exactly as wide as that box (real glyphs differ from it and each other).
    const boxed = await page.evaluate((names) => {
      const ctx = document.querySelector('canvas')!.getContext('2d')!;
      ctx.font = '40px sans-serif';
      const box = ctx.measureText('\uFFFF').width;
      return names.filter((name) => [...name].filter((c) => /\p{L}/u.test(c))
        .every((c) => Math.abs(ctx.measureText(c).width - box) < 0.01));
    }, locales.map((l) => l.endonym));
    expect(boxed, `no font for these in ${browser.describe}`).toEqual([]);
  });

  it('sets Latin text in a Latin font, not in a script font that also has Latin letters', async () => {
    // The site's stack starts with system-ui; a fontconfig without a default once drew it in Noto Serif
    // Tibetan, whose tall line boxes made print links overlap (axe target-size).
    const { page } = await newPage();
    await page.setContent('<p lang="de-CH" style="font-family: system-ui, sans-serif">Quelle: so.ch</p><p style="font-family: sans-serif">Quelle</p>');
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    await cdp.send('CSS.enable');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'p' });
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) expect(font.familyName, browser.describe).not.toMatch(/Tibetan|Ethiopic|Tamil|Arabic|CJK|SC|Hans/);
    }
  });
});
