// After the build: on pages with a form field and no script, the stylesheet links move from the end of <head> to the
// start of <body>.
//
// Why: a stylesheet in <head> blocks rendering, not parsing. When it arrives after the HTML is parsed (a first visit on
// a phone: the CSS needs one more round trip), DOMContentLoaded comes first, and Chromium's form autofill then asks
// where the search field is. That lays out the whole page without styles, and the page is laid out again when the CSS
// comes: on the Arabic home page about 450 objects of text, twice. A stylesheet at the start of <body> pauses the
// parser until it has loaded (Chromium since 69, Safari and Edge alike), so DOMContentLoaded, and autofill with it,
// wait for the styles, and the page is laid out once. Nothing stands before it in <body>, so nothing is painted
// unstyled; the preload scanner still fetches it as early as before.
//
// Only pages with a form field move it: only there autofill forces that layout (the language chooser, without one,
// scored 99 with the move and 100 without). Pages with a script keep the link in <head>: a script that is not async
// runs only after the stylesheets before it have loaded, and DOMContentLoaded waits for it, so they already get one
// styled layout. There the move gained nothing and cost Lighthouse's simulation of the order form's first paint (98
// in 2 of 4 runs, against 100).
import { glob, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';

interface Span { start: number; end: number }

// Script types that run (a data block such as application/ld+json does not, and does not wait for styles).
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);
// Input types autofill does not fill, so they do not make it ask for a layout.
const NOT_FILLED = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * The HTML with every `<link rel="stylesheet">` of `<head>` moved, in order, to just after `<body …>`, on a page with
 * a form field autofill looks at; unchanged when the page has none, or has a script that DOMContentLoaded waits for
 * (one without `async`).
 */
export function moveHeadStylesheetsIntoBody(html: string): string {
  const links: Span[] = [];
  let inHead = false;
  let bodyOpenEnd: number | undefined;
  let waitingScript = false;
  let formField = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && !('async' in attributes) && RUNS.has((attributes['type'] ?? '').trim().toLowerCase())) waitingScript = true;
      if ((name === 'input' && !NOT_FILLED.has((attributes['type'] ?? 'text').toLowerCase())) || name === 'select' || name === 'textarea') formField = true;
      if (name === 'head') inHead = true;
      else if (name === 'body' && bodyOpenEnd === undefined) bodyOpenEnd = parser.endIndex + 1;
      else if (inHead && name === 'link' && attributes['rel'] === 'stylesheet') links.push({ start: parser.startIndex, end: parser.endIndex + 1 });
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  if (links.length === 0 || bodyOpenEnd === undefined || waitingScript || !formField) return html;
  const moved = links.map((l) => html.slice(l.start, l.end)).join('');
  let out = '';
  let at = 0;
  for (const l of links) {
    out += html.slice(at, l.start);
    at = l.end;
  }
  return out + html.slice(at, bodyOpenEnd) + moved + html.slice(bodyOpenEnd);
}

export async function moveStylesheetsIntoBody(dist: string): Promise<number> {
  let pages = 0;
  for await (const path of glob('**/*.html', { cwd: dist })) {
    const file = join(dist, path);
    const html = await readFile(file, 'utf8');
    const rewritten = moveHeadStylesheetsIntoBody(html);
    if (rewritten === html) continue;
    await writeFile(file, rewritten);
    pages += 1;
  }
  return pages;
}

if (import.meta.main) {
  const pages = await moveStylesheetsIntoBody(resolve(process.argv[2] ?? 'dist'));
  console.log(`stylesheets: moved to the start of <body> in ${pages} page(s)`);
}
