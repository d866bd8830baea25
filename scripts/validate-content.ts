// Validates every YAML file under content/ against its zod schema before the build, and prints
// each problem as `file:line field: message`. Exits 1 on any error, so the build stops.
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import type { z } from 'zod';
import { join, relative, resolve } from 'node:path';
import { contentCollections } from '../src/domain/schemas/content-registry.ts';
import { formatContentError, validateYaml, type ContentError } from '../src/domain/content/yaml-errors.ts';
import { validateTopicFiles, type TopicFile } from '../src/domain/topics/validate.ts';
import { topicSourceHash } from '../src/domain/topics/mdx-file.ts';
import { SOURCE_LOCALE_CODE } from '../src/domain/i18n/locales.ts';

export async function validateContent(root: string): Promise<{ files: number; errors: ContentError[] }> {
  const errors: ContentError[] = [];
  let files = 0;
  const topicFiles: TopicFile[] = [];
  let directoryIds: Set<string> | undefined;
  for (const collection of Object.values(contentCollections)) {
    for await (const path of glob(collection.pattern, { cwd: join(root, collection.base) })) {
      const full = join(root, collection.base, path);
      files += 1;
      // MDX pages are checked together below (folder locale, links, components need all files).
      if (path.endsWith('.mdx')) {
        topicFiles.push({ path: relative(root, full).replaceAll('\\', '/'), text: await readFile(full, 'utf8') });
        continue;
      }
      const result = validateYaml(relative(root, full), await readFile(full, 'utf8'), collection.schema as z.ZodType);
      errors.push(...result.errors);
      // The German address directory: its ids are what <Contact id="…" /> on a topic page may name.
      if (collection.base === 'content/adressen' && path === 'de.yaml' && result.data) {
        directoryIds = new Set((result.data as { entries: { id: string }[] }).entries.map((e) => e.id));
      }
    }
  }
  // Without content/adressen/de.yaml (a partial copy of content/) the <Contact> ids are not checked here;
  // the build still stops, because the pages cannot load the directory.
  // Two passes: the first parses the German pages, whose hashes tell the second which translations are stale.
  const germanHashes = new Map<string, string>();
  for (const t of validateTopicFiles(topicFiles, directoryIds).topics) {
    if (t.locale === SOURCE_LOCALE_CODE) germanHashes.set(t.slug, await topicSourceHash(t.data.title, t.data.summary, t.body));
  }
  errors.push(...validateTopicFiles(topicFiles, directoryIds, germanHashes).errors);
  return { files, errors };
}

if (import.meta.main) {
  const root = resolve(process.argv[2] ?? '.');
  const { files, errors } = await validateContent(root);
  if (errors.length > 0) {
    console.error(`Content errors (${errors.length}):`);
    for (const e of errors) console.error(`  ${formatContentError(e)}`);
    process.exit(1);
  }
  console.log(`content: ${files} files valid`);
}
