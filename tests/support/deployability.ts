// Cloudflare Pages limits (free plan): 20,000 files per site, 25 MiB per file. pagefind's fragments count.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_LIMITS = { maxFiles: 20_000, maxFileBytes: 25 * 1024 * 1024 };

export function deployability(dir: string, limits = PAGES_LIMITS): { files: number; largest: { file: string; bytes: number }; problems: string[] } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  let largest = { file: '', bytes: 0 };
  const problems: string[] = [];
  for (const file of files) {
    const bytes = statSync(join(dir, file)).size;
    if (bytes > largest.bytes) largest = { file, bytes };
    if (bytes > limits.maxFileBytes) problems.push(`${file} is ${bytes} bytes (limit ${limits.maxFileBytes})`);
  }
  if (files.length > limits.maxFiles) problems.push(`${files.length} files (limit ${limits.maxFiles})`);
  return { files: files.length, largest, problems };
}
