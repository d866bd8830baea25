// Plain-language check of the German newcomer pages (audience: newcomers). Exit 1 on any finding.
//   npm run lint:language
import { resolve } from 'node:path';
import { SOURCE_LOCALE_CODE } from '../src/domain/i18n/locales.ts';
import { lintGerman, type LintIssue } from '../src/domain/topics/language-lint.ts';
import { splitMdx } from '../src/domain/topics/mdx-file.ts';
import { readTopicFiles, loadTopics } from './lib/topics.ts';

export async function lintLanguage(root: string): Promise<{ file: string; line: number; issue: LintIssue }[]> {
  const topics = (await loadTopics(root)).filter((t) => t.locale === SOURCE_LOCALE_CODE && t.data.audience === 'newcomers');
  const texts = new Map((await readTopicFiles(root)).map((f) => [f.path, f.text]));
  return topics.flatMap((t) => {
    const parts = splitMdx(texts.get(t.path)!)!;
    const summary = lintGerman(`${t.data.title}.\n${t.data.summary}`).map((issue) => ({ file: t.path, line: 1, issue }));
    return [...summary, ...lintGerman(parts.body).map((issue) => ({ file: t.path, line: issue.line + parts.bodyLine - 1, issue }))];
  });
}

if (import.meta.main) {
  const findings = await lintLanguage(resolve('.'));
  for (const f of findings) console.error(`${f.file}:${f.line} ${f.issue.message}`);
  console.log(findings.length === 0 ? 'lint:language: German newcomer pages are plain enough' : `lint:language: ${findings.length} findings`);
  process.exit(findings.length === 0 ? 0 : 1);
}
