// Validates every YAML file under content/ against its zod schema before the build, and prints
// each problem as `file:line field: message`. Exits 1 on any error, so the build stops.
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { contentCollections, type ContentCollectionSpec } from '../src/domain/schemas/content-registry.ts';
import { formatContentError, validateYaml, type ContentError } from '../src/domain/content/yaml-errors.ts';

export async function validateContent(root: string): Promise<{ files: number; errors: ContentError[] }> {
  const errors: ContentError[] = [];
  let files = 0;
  for (const collection of Object.values(contentCollections) as ContentCollectionSpec[]) {
    for await (const path of glob(collection.pattern, { cwd: join(root, collection.base) })) {
      const full = join(root, collection.base, path);
      files += 1;
      errors.push(...validateYaml(relative(root, full), await readFile(full, 'utf8'), collection.schema).errors);
    }
  }
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
