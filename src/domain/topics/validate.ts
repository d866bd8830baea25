import { isLocaleCode, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { validateYaml, type ContentError } from '../content/yaml-errors.ts';
import { topicFrontmatterSchemaFor, type TopicFrontmatter } from '../schemas/topic.ts';
import { splitMdx } from './mdx-file.ts';

/** The only MDX components a topic page may use; translators copy the tags unchanged. */
export const topicComponents = ['MustDo', 'Help', 'Pending'] as const;

export interface TopicFile {
  /** Path below the project root, e.g. `content/topics/ar/wohnen.mdx`. */
  path: string;
  text: string;
}

export interface ParsedTopic {
  path: string;
  locale: string;
  slug: string;
  data: TopicFrontmatter;
  body: string;
}

const fileRe = /^content\/topics\/([^/]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Component tags in order (`<MustDo>`, `</MustDo>` …), to compare a translation's structure with the German. */
export function componentTags(body: string): string[] {
  return Array.from(body.matchAll(/<\/?([A-Z][A-Za-z]*)\s*\/?>/g), (m) => m[0].replace(/\s+/g, ''));
}

/** Markdown link targets and href attributes with their line (1-based, counted in `body`). */
export function linkTargets(body: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)) out.push({ target: (m[1] ?? m[2])!, line: i + 1 });
  });
  return out;
}

/** Where an internal link points: `../{slug}/` (another topic) or `../` (the topic list), the same in every language. */
function checkLink(target: string, slugs: ReadonlySet<string>): string | undefined {
  if (/^(https?:|mailto:|tel:|#)/.test(target)) return undefined;
  if (target === '../') return undefined;
  const m = /^\.\.\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(target);
  if (!m) return `internal links are written as ../<slug>/ (found "${target}")`;
  if (!slugs.has(m[1]!)) return `broken link: there is no topic "${m[1]}" (found "${target}")`;
  return undefined;
}

/**
 * Checks all topic files together: known locale folder, valid frontmatter (file line and field),
 * a German page for every translation, internal links that resolve, only the allowed components,
 * and the same component tags as the German page.
 */
export function validateTopicFiles(files: readonly TopicFile[]): { topics: ParsedTopic[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const topics: ParsedTopic[] = [];
  const germanSlugs = new Set(files.map((f) => fileRe.exec(f.path)).filter((m) => m?.[1] === SOURCE_LOCALE_CODE).map((m) => m![2]!));
  const germanTags = new Map<string, string[]>();

  const parsed: { file: TopicFile; locale: string; slug: string; parts: NonNullable<ReturnType<typeof splitMdx>> }[] = [];
  for (const file of files) {
    const m = fileRe.exec(file.path);
    if (!m) {
      errors.push({ file: file.path, line: 1, field: '(file name)', message: 'must be content/topics/<locale>/<slug>.mdx, slug in lower case with hyphens' });
      continue;
    }
    const [, locale, slug] = m as unknown as [string, string, string];
    if (!isLocaleCode(locale)) {
      errors.push({ file: file.path, line: 1, field: '(folder)', message: `unknown locale "${locale}" (see src/domain/i18n/locales.ts)` });
      continue;
    }
    const parts = splitMdx(file.text);
    if (!parts) {
      errors.push({ file: file.path, line: 1, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block' });
      continue;
    }
    parsed.push({ file, locale, slug, parts });
    if (locale === SOURCE_LOCALE_CODE) germanTags.set(slug, componentTags(parts.body));
  }

  for (const { file, locale, slug, parts } of parsed) {
    const result = validateYaml(file.path, parts.frontmatter, topicFrontmatterSchemaFor(locale));
    for (const e of result.errors) errors.push({ ...e, line: e.line + parts.frontmatterLine - 1 });
    if (locale !== SOURCE_LOCALE_CODE && !germanSlugs.has(slug)) {
      errors.push({ file: file.path, line: 1, field: '(file name)', message: `there is no German page content/topics/de/${slug}.mdx` });
    }
    for (const { target, line } of linkTargets(parts.body)) {
      const problem = checkLink(target, germanSlugs);
      if (problem) errors.push({ file: file.path, line: line + parts.bodyLine - 1, field: '(link)', message: problem });
    }
    const tags = componentTags(parts.body);
    const unknown = tags.filter((t) => !(topicComponents as readonly string[]).includes(t.replace(/[</>]/g, '')));
    for (const t of new Set(unknown)) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(component)', message: `unknown component ${t}; allowed: ${topicComponents.join(', ')}` });
    }
    if (/^(import|export)\s/m.test(parts.body)) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(body)', message: 'no import or export lines: the page gets its components automatically' });
    }
    const german = germanTags.get(slug);
    if (locale !== SOURCE_LOCALE_CODE && german && unknown.length === 0 && tags.join() !== german.join()) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(component)', message: `keep the German page's boxes in the same order: ${german.join(' ')}` });
    }
    if (result.data) topics.push({ path: file.path, locale, slug, data: result.data, body: parts.body });
  }
  return { topics, errors };
}
