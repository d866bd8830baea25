// Validates every YAML file under content/ against its zod schema before the build, and prints
// each problem as `file:line field: message`. Exits 1 on any error, so the build stops.
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import type { z } from 'zod';
import { join, relative, resolve } from 'node:path';
import { contentCollections } from '../src/domain/schemas/content-registry.ts';
import { formatContentError, validateYaml, type ContentError } from '../src/domain/content/yaml-errors.ts';
import { validateTopicFiles, type TopicFile } from '../src/domain/topics/validate.ts';

export async function validateContent(root: string): Promise<{ files: number; errors: ContentError[] }> {
  const errors: ContentError[] = [];
  let files = 0;
  const topicFiles: TopicFile[] = [];
  for (const collection of Object.values(contentCollections)) {
    for await (const path of glob(collection.pattern, { cwd: join(root, collection.base) })) {
      const full = join(root, collection.base, path);
      files += 1;
      // MDX pages are checked together below (folder locale, links, components need all files).
      if (path.endsWith('.mdx')) {
        topicFiles.push({ path: relative(root, full).replaceAll('\\', '/'), text: await readFile(full, 'utf8') });
        continue;
      }
      errors.push(...validateYaml(relative(root, full), await readFile(full, 'utf8'), collection.schema as z.ZodType).errors);
    }
  }
  errors.push(...validateTopicFiles(topicFiles).errors);
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
