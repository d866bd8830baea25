// Issue 13: the folder says what a module is. `src/domain/` holds the rules (schemas, decision tree, courses,
// orders, i18n), `src/views/` turns them into HTML, text and CSV (LOGIN-area pages, mails, Markdown steps),
// `src/http/` is request and response plumbing (paths, bodies, origins, headers, error pages, sitemap).
// Rules know nothing of views or HTTP, and none of the three knows Astro, React or the Functions.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

type Layer = 'src/domain' | 'src/views' | 'src/http';
/** Folders of the project each layer may import from (besides itself and npm packages). */
const mayImport: Record<Layer, readonly string[]> = {
  'src/domain': [],
  'src/views': ['src/domain'],
  'src/http': ['src/domain'],
};
/** npm packages that belong to the page and island side, never to these layers. */
const FRAMEWORK = /^(astro|astro:.*|@astrojs\/.*|react|react-dom(\/.*)?|react\/.*|react-hook-form|@hookform\/.*)$/;

function filesOf(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mjs|js)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every module specifier of a file: static imports and exports, dynamic imports, `new URL(…, import.meta.url)`. */
export function specifiers(source: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|new URL\(\s*)['"]([^'"]+)['"]/gm;
  return [...source.matchAll(re)].map((m) => m[1]!);
}

/** What is wrong with `file` (a path relative to the root) importing `spec`, or undefined. */
export function violation(layer: Layer, file: string, spec: string): string | undefined {
  if (FRAMEWORK.test(spec) || /\.(astro|tsx|jsx)$/.test(spec)) return `${file} imports ${spec} (framework code)`;
  if (!spec.startsWith('.')) return undefined;
  const target = relative(root, resolve(root, dirname(file), spec));
  // Unit tests beside a module may also use test fixtures, test helpers and the documented templates.
  const allowed = [layer, ...mayImport[layer], 'content', 'public', ...(/\.test\.ts$/.test(file) ? ['tests', 'docs'] : [])];
  if (!allowed.some((folder) => target === folder || target.startsWith(`${folder}/`))) {
    return `${file} imports ${target} (${layer} may import only ${allowed.join(', ')})`;
  }
  return undefined;
}

describe('layers: rules, views, HTTP plumbing', () => {
  for (const layer of Object.keys(mayImport) as Layer[]) {
    it(`${layer} imports only what its layer may`, () => {
      const problems = filesOf(layer).flatMap((file) =>
        specifiers(readFileSync(join(root, file), 'utf8')).map((spec) => violation(layer, file, spec)).filter(Boolean));
      expect(problems).toEqual([]);
    });
  }

  it('sees the imports it checks (the check itself can fail)', () => {
    expect(specifiers("import { a } from '../views/html.ts';\nexport { b } from './b.ts';\nconst c = await import('react');"))
      .toEqual(['../views/html.ts', './b.ts', 'react']);
    expect(violation('src/domain', 'src/domain/gemeinden/orders.ts', '../../views/html.ts')).toMatch(/src\/domain may import only src\/domain,/);
    expect(violation('src/domain', 'src/domain/gemeinden/orders.ts', '../../http/path.ts')).toBeDefined();
    expect(violation('src/views', 'src/views/gemeinden/mails.ts', '../../http/site-origin.ts')).toBeDefined();
    expect(violation('src/http', 'src/http/path.ts', 'react-dom/server')).toBeDefined();
    expect(violation('src/views', 'src/views/gemeinden/mails.ts', '../../domain/gemeinden/orders.ts')).toBeUndefined();
    expect(violation('src/domain', 'src/domain/decision-tree/engine.ts', '../../../tests/support/decision-tree.ts')).toBeDefined();
    expect(violation('src/domain', 'src/domain/decision-tree/engine.test.ts', '../../../tests/support/decision-tree.ts')).toBeUndefined();
  });
});
