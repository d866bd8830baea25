// Reads the topic pages from disk for the build scripts (hash, i18n report, language lint).
import { readFile, glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitMdx, topicSourceHash } from '../../src/domain/topics/mdx-file.ts';
import { validateTopicFiles, type ParsedTopic, type TopicFile } from '../../src/domain/topics/validate.ts';

export async function readTopicFiles(root: string): Promise<TopicFile[]> {
  const files: TopicFile[] = [];
  for await (const path of glob('*/*.mdx', { cwd: join(root, 'content/topics') })) {
    const full = join(root, 'content/topics', path);
    files.push({ path: relative(root, full).split('\\').join('/'), text: await readFile(full, 'utf8') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export async function loadTopics(root: string): Promise<ParsedTopic[]> {
  return validateTopicFiles(await readTopicFiles(root)).topics;
}

/** Hash of one German MDX file, as `npm run i18n:hash -- content/topics/de/<slug>.mdx` prints it. */
export async function germanTopicHash(file: string): Promise<string> {
  const parts = splitMdx(await readFile(file, 'utf8'));
  if (!parts) throw new Error(`${file}: no frontmatter`);
  const data = parse(parts.frontmatter) as { title?: unknown; summary?: unknown };
  if (typeof data.title !== 'string' || typeof data.summary !== 'string') throw new Error(`${file}: title and summary are required`);
  return topicSourceHash(data.title, data.summary, parts.body);
}
