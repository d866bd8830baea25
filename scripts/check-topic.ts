// Checks translated topic pages before they go into content/topics/{locale}/ — for translators.
//   node scripts/check-topic.ts /some/folder/ar/wohnen.mdx [more files …]
// The folder name is the locale, the file name the slug. Runs the same checks as the build
// (frontmatter, links, components) against the German pages here, and also says whether
// `sourceHash` matches the current German page. Exit code 1 on any problem.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatContentError } from '../src/domain/content/yaml-errors.ts';
import { validateTopicFiles } from '../src/domain/topics/validate.ts';
import { germanTopicHash, readTopicFiles } from './lib/topics.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node scripts/check-topic.ts <path>/<locale>/<slug>.mdx …');
  process.exit(2);
}
const german = (await readTopicFiles(root)).filter((f) => f.path.startsWith('content/topics/de/'));
let problems = 0;
for (const arg of args) {
  const locale = basename(dirname(resolve(arg)));
  const slug = basename(arg, '.mdx');
  const path = `content/topics/${locale}/${slug}.mdx`;
  const { topics, errors } = validateTopicFiles([...german, { path, text: await readFile(arg, 'utf8') }]);
  const own = errors.filter((e) => e.file === path);
  for (const e of own) console.error(formatContentError(e).replace(path, arg));
  problems += own.length;
  const topic = topics.find((t) => t.path === path);
  if (topic && own.length === 0) {
    const current = await germanTopicHash(join(root, 'content/topics/de', `${slug}.mdx`));
    if (topic.data.sourceHash !== current) {
      console.error(`${arg}: sourceHash ${topic.data.sourceHash} is stale; the German page now has ${current}`);
      problems += 1;
    } else console.log(`${arg}: ok (${topic.data.status})`);
  }
}
process.exit(problems > 0 ? 1 : 0);
