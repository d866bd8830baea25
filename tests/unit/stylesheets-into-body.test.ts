import { describe, expect, it } from 'vitest';
import { moveHeadStylesheetsIntoBody } from '../../scripts/stylesheets-into-body.ts';

const field = '<form><input type="search" name="q"></form>';
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${head}</head><body class="x">${body}</body></html>`;

describe('moveHeadStylesheetsIntoBody', () => {
  it('moves the head stylesheet to the very start of the body, before the skip link', () => {
    const html = page('<meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/_astro/style.A.css">', `<a class="skip-link" href="#main">x</a><main id="main">${field}</main>`);
    expect(moveHeadStylesheetsIntoBody(html)).toBe(page(
      '<meta charset="utf-8"><title>t</title>',
      `<link rel="stylesheet" href="/_astro/style.A.css"><a class="skip-link" href="#main">x</a><main id="main">${field}</main>`,
    ));
  });

  it('keeps several stylesheets in their order, and other head links where they are', () => {
    const html = page('<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/a.css"><link rel="alternate" hreflang="de" href="/de/"><link rel="stylesheet" href="/b.css">', `<p>x</p>${field}`);
    expect(moveHeadStylesheetsIntoBody(html)).toBe(page(
      '<link rel="icon" href="/favicon.svg"><link rel="alternate" hreflang="de" href="/de/">',
      `<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><p>x</p>${field}`,
    ));
  });

  it('leaves a stylesheet that already stands in the body (an island style) where it is', () => {
    const html = page('<link rel="stylesheet" href="/a.css">', `<main><link rel="stylesheet" href="/_astro/inline.1.css"><p>x</p>${field}</main>`);
    expect(moveHeadStylesheetsIntoBody(html)).toBe(page('', `<link rel="stylesheet" href="/a.css"><main><link rel="stylesheet" href="/_astro/inline.1.css"><p>x</p>${field}</main>`));
  });

  it('changes nothing in a page without a head stylesheet, and is idempotent', () => {
    const plain = page('<title>t</title>', '<p>x</p>');
    expect(moveHeadStylesheetsIntoBody(plain)).toBe(plain);
    const once = moveHeadStylesheetsIntoBody(page('<link rel="stylesheet" href="/a.css">', `<p>x</p>${field}`));
    expect(once).not.toContain('</head><body class="x"><p>');
    expect(moveHeadStylesheetsIntoBody(once)).toBe(once);
  });

  it('leaves a page alone whose DOMContentLoaded already waits for the styles: it has a script that is not async', () => {
    for (const script of ['<script src="/_astro/inline.1.js"></script>', '<script type="module" src="/_astro/x.js"></script>', '<script defer src="/d.js"></script>']) {
      const html = page('<link rel="stylesheet" href="/a.css">', `<p>x</p>${field}${script}`);
      expect(moveHeadStylesheetsIntoBody(html), script).toBe(html);
    }
  });

  it('still moves the stylesheet when the only scripts are async or data blocks', () => {
    const html = page('<link rel="stylesheet" href="/a.css">', `${field}<script async src="/a.js"></script><script type="application/ld+json">{}</script>`);
    expect(moveHeadStylesheetsIntoBody(html)).toBe(page('', `<link rel="stylesheet" href="/a.css">${field}<script async src="/a.js"></script><script type="application/ld+json">{}</script>`));
  });

  it('leaves a page without a field autofill looks at alone (hidden inputs and buttons do not count)', () => {
    const html = page('<link rel="stylesheet" href="/a.css">', '<form><input type="hidden" name="locale" value="ar"><button type="submit">Ja</button></form>');
    expect(moveHeadStylesheetsIntoBody(html)).toBe(html);
  });
});
