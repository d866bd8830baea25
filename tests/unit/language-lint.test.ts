// `npm run lint:language` as part of npm test: the German newcomer pages meet the plain-language thresholds.
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { lintLanguage } from '../../scripts/lint-language.ts';

it('German newcomer pages: short sentences, no unexplained very long words', async () => {
  const findings = await lintLanguage(resolve(import.meta.dirname, '../..'));
  expect(findings.map((f) => `${f.file}:${f.line} ${f.issue.message}`)).toEqual([]);
});
