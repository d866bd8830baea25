// Link checker over a built site: every internal link, asset and fragment must resolve to a file
// in dist/ or to a Pages Function route; external links are collected for a report (never fetched).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

const SITE = 'http://site.invalid';
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'], form: ['action'], iframe: ['src'],
};

export interface PageLinks {
  ids: Set<string>;
  links: { url: string; tag: string }[];
}

export function parsePage(html: string): PageLinks {
  const ids = new Set<string>();
  const links: { url: string; tag: string }[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      if (name === 'a' && attributes['name']) ids.add(attributes['name']);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value === undefined) continue;
        const urls = attribute === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) links.push({ url, tag: `<${name} ${attribute}>` });
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** URL path a file in dist/ is served at: `de/index.html` → `/de/`, `404.html` → `/404.html`. */
export function servedPath(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Routes of the Pages Functions in `functionsDir`, as regular expressions over the URL path. */
export function functionRoutes(functionsDir: string): RegExp[] {
  if (!existsSync(functionsDir)) return [];
  return readdirSync(functionsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.split(sep).some((part) => part.startsWith('_')))
    .map((f) => {
      const segments = f.replace(/\.ts$/, '').split(sep).filter((s) => s !== 'index');
      const pattern = segments
        .map((s) => (s.startsWith('[[') ? '(?:/.*)?' : s.startsWith('[') ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
        .join('');
      return new RegExp(`^${pattern || '/'}/?$`);
    });
}

export interface LinkReport {
  pages: number;
  broken: string[];
  external: Map<string, string[]>;
}

export function checkLinks(dist: string, functionsDir: string): LinkReport {
  const files = htmlFiles(dist);
  const pages = new Map<string, PageLinks>();
  for (const file of files) pages.set(servedPath(dist, file), parsePage(readFileSync(file, 'utf8')));
  const routes = functionRoutes(functionsDir);
  const broken: string[] = [];
  const external = new Map<string, string[]>();

  const targetOf = (pathname: string): { page?: PageLinks; exists: boolean } => {
    const page = pages.get(pathname) ?? (pathname.endsWith('/') ? undefined : pages.get(`${pathname}/`));
    if (page) return { page, exists: true };
    const file = join(dist, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isFile()) return { exists: true };
    return { exists: routes.some((r) => r.test(pathname)) };
  };

  for (const [path, { links, ids }] of pages) {
    for (const { url, tag } of links) {
      if (url === '' || url === '#') {
        broken.push(`${path}: ${tag} "${url}" leads nowhere`);
        continue;
      }
      let target: URL;
      try {
        target = new URL(url, `${SITE}${path}`);
      } catch {
        broken.push(`${path}: ${tag} "${url}" is not a URL`);
        continue;
      }
      if (target.origin !== SITE) {
        if (target.protocol === 'http:' || target.protocol === 'https:') {
          external.set(target.href, [...(external.get(target.href) ?? []), path]);
        }
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (target.pathname === path && !url.startsWith('/') && url.startsWith('#')) {
        if (fragment && !ids.has(fragment)) broken.push(`${path}: ${tag} "${url}" has no element with id "${fragment}"`);
        continue;
      }
      const { page, exists } = targetOf(target.pathname);
      if (!exists) broken.push(`${path}: ${tag} "${url}" does not exist`);
      else if (fragment && page && !page.ids.has(fragment)) broken.push(`${path}: ${tag} "${url}" has no element with id "${fragment}"`);
    }
  }
  return { pages: pages.size, broken, external };
}
