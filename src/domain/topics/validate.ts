import { isLocaleCode, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { validateYaml, type ContentError } from '../content/yaml-errors.ts';
import { topicFrontmatterSchemaFor, type TopicFrontmatter } from '../schemas/topic.ts';
import { splitMdx } from './mdx-file.ts';

/** The boxes a topic page may use; translators copy the tags unchanged. */
export const topicComponents = ['MustDo', 'Help', 'Pending'] as const;
/** Every MDX component a topic page may use: the boxes and `<Contact id="…" />` (an address-directory entry). */
export const topicPageComponents = [...topicComponents, 'Contact'] as const;

const tagRe = /<\/?([A-Z][A-Za-z]*)((?:\s+[a-z]+="[^"]*")*)\s*\/?>/g;

/** `<Contact id="…" />` references with their line (1-based, counted in `body`). */
export function contactIds(body: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/<Contact\s+id="([^"]*)"\s*\/>/g)) out.push({ id: m[1]!, line: i + 1 });
  });
  return out;
}

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
  return Array.from(body.matchAll(tagRe), (m) => m[0].replace(/\s+/g, ' ').replace(/\s*(\/?)>$/, '$1>').replace(/^<(\/?)\s+/, '<$1'));
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
  // The address directory and the glossary of the same language (/{locale}/adressen/, /{locale}/begriffe/).
  if (/^\.\.\/\.\.\/(adressen|begriffe)\/(#[\w-]+)?$/.test(target)) return undefined;
  const m = /^\.\.\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(target);
  if (!m) return `internal links are written as ../<slug>/, ../../adressen/ or ../../begriffe/ (found "${target}")`;
  if (!slugs.has(m[1]!)) return `broken link: there is no topic "${m[1]}" (found "${target}")`;
  return undefined;
}

/**
 * Checks all topic files together: known locale folder, valid frontmatter (file line and field),
 * a German page for every translation, internal links that resolve, only the allowed components,
 * and the same component tags as the German page.
 */
export function validateTopicFiles(
  files: readonly TopicFile[],
  /** Ids of content/adressen/de.yaml; when given, an unknown `<Contact id>` is an error. */
  directoryIds?: ReadonlySet<string>,
  /**
   * Hash of each German page (slug → `topicSourceHash`). When given, a stale translation (other sourceHash)
   * is not held to the German page's current boxes: it was made from an older German text, and the
   * i18n report lists it as stale until a translator updates it.
   */
  germanHashes?: ReadonlyMap<string, string>,
): { topics: ParsedTopic[]; errors: ContentError[] } {
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
    const unknown = tags.filter((t) => !(topicPageComponents as readonly string[]).includes(/^<\/?([A-Za-z]+)/.exec(t)![1]!));
    for (const t of new Set(unknown)) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(component)', message: `unknown component ${t}; allowed: ${topicPageComponents.join(', ')}` });
    }
    if (directoryIds) {
      for (const { id, line } of contactIds(parts.body)) {
        if (!directoryIds.has(id)) {
          errors.push({ file: file.path, line: line + parts.bodyLine - 1, field: '(Contact)', message: `unknown address-directory id "${id}" (see content/adressen/de.yaml)` });
        }
      }
    }
    if (/^(import|export)\s/m.test(parts.body)) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(body)', message: 'no import or export lines: the page gets its components automatically' });
    }
    const german = germanTags.get(slug);
    const stale = germanHashes !== undefined && result.data?.sourceHash !== undefined && germanHashes.get(slug) !== result.data.sourceHash;
    if (locale !== SOURCE_LOCALE_CODE && german && !stale && unknown.length === 0 && tags.join() !== german.join()) {
      errors.push({ file: file.path, line: parts.bodyLine, field: '(component)', message: `keep the German page's boxes in the same order: ${german.join(' ')}` });
    }
    if (result.data) topics.push({ path: file.path, locale, slug, data: result.data, body: parts.body });
  }
  return { topics, errors };
}
