// Transfer weight of a page as a browser on a cold cache loads it: the HTML plus the CSS, JS and
// images it references, each gzip-compressed as the CDN would send it.
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  requests: number;
}

function assetsOf(html: string): { css: string[]; js: string[]; other: string[] } {
  const found = { css: [] as string[], js: [] as string[], other: [] as string[] };
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'link' && a['rel'] === 'stylesheet' && a['href']) found.css.push(a['href']);
      else if (name === 'link' && a['rel'] === 'modulepreload' && a['href']) found.js.push(a['href']);
      else if (name === 'script' && a['src']) found.js.push(a['src']);
      // An island loads its component and its framework's renderer itself, after the page.
      else if (name === 'astro-island') found.js.push(...[a['component-url'], a['renderer-url']].filter((u): u is string => Boolean(u)));
      else if (name === 'img' && a['src']) found.other.push(a['src']);
      else if (name === 'link' && a['rel'] === 'icon' && a['href']) found.other.push(a['href']);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

async function gzipped(url: string, headers: HeadersInit): Promise<number> {
  const res = await fetch(url, { headers });
  return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).byteLength;
}

/** Every script `path` loads, with its code: entry scripts, islands' components and renderers, and the chunks they import. */
export async function scriptsOf(baseUrl: string, path: string, headers: HeadersInit = {}): Promise<{ url: string; code: string }[]> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
  return scriptsOfHtml(html, `${baseUrl}${path}`, headers);
}

async function scriptsOfHtml(html: string, pageUrl: string, headers: HeadersInit): Promise<{ url: string; code: string }[]> {
  const scripts: { url: string; code: string }[] = [];
  const seen = new Set<string>();
  const queue = [...assetsOf(html).js];
  while (queue.length > 0) {
    const src = new URL(queue.shift()!, pageUrl).href;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = await (await fetch(src, { headers })).text();
    scripts.push({ url: src, code });
    // Static imports of bundled chunks: `from"./x.js"` / `import"./x.js"`.
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, src).href);
  }
  return scripts;
}

/** Weight of `path`, counting also the module scripts that entry scripts import (Astro islands). */
export async function pageWeight(baseUrl: string, path: string, headers: HeadersInit = {}): Promise<PageWeight> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
  const { css, other } = assetsOf(html);
  const scripts = await scriptsOfHtml(html, `${baseUrl}${path}`, headers);
  const jsGzip = scripts.reduce((sum, { code }) => sum + gzipSync(code, { level: 9 }).byteLength, 0);
  let cssGzip = 0;
  for (const href of css) cssGzip += await gzipped(new URL(href, `${baseUrl}${path}`).href, headers);
  return {
    htmlGzip: gzipSync(html, { level: 9 }).byteLength,
    cssGzip,
    jsGzip,
    requests: 1 + css.length + scripts.length + other.length,
  };
}
