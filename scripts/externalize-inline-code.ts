// Astro writes the hydration scripts of React islands, and the style that goes with them, inline
// into the HTML. Our Content-Security-Policy allows scripts and styles only from our own origin
// ('self', no 'unsafe-inline'), so after the build each inline script or style moves into a file
// under /_astro/ named by its content hash. A classic <script src> without async/defer runs at the
// same point as the inline one did, and a <link rel=stylesheet> applies where the <style> stood.
import { createHash } from 'node:crypto';
import { glob, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// Only attribute-less elements: everything Astro bundles already has a src or href.
const INLINE = /<(script|style)>([\s\S]*?)<\/\1>/g;

export async function externalizeInlineCode(dist: string): Promise<{ pages: number; files: number }> {
  const written = new Set<string>();
  let pages = 0;
  for await (const path of glob('**/*.html', { cwd: dist })) {
    const file = join(dist, path);
    const html = await readFile(file, 'utf8');
    const extracted: { name: string; code: string }[] = [];
    const rewritten = html.replace(INLINE, (_, tag: string, code: string) => {
      const ext = tag === 'script' ? 'js' : 'css';
      const name = `inline.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.${ext}`;
      extracted.push({ name, code });
      return tag === 'script' ? `<script src="/_astro/${name}"></script>` : `<link rel="stylesheet" href="/_astro/${name}">`;
    });
    if (extracted.length === 0) continue;
    pages += 1;
    for (const { name, code } of extracted) {
      if (written.has(name)) continue;
      await writeFile(join(dist, '_astro', name), code);
      written.add(name);
    }
    await writeFile(file, rewritten);
  }
  return { pages, files: written.size };
}

if (import.meta.main) {
  const { pages, files } = await externalizeInlineCode(resolve(process.argv[2] ?? 'dist'));
  console.log(`inline code: ${files} file(s) for ${pages} page(s) moved to /_astro/`);
}
