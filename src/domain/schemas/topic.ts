import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { reviewFields, sourceHashSchema, translationStatusSchema } from './translation.ts';

/** Icons a topic tile may show (drawn by src/components/topic-icon). */
export const topicIcons = [
  'home', 'passport', 'language', 'work', 'school', 'family', 'health', 'house', 'money', 'help', 'shield',
  'emergency', 'info', 'brochure',
] as const;
export type TopicIcon = (typeof topicIcons)[number];

/** `topic`: a tile on the home page and in the topic list; `about`: Über uns; `brochure`: the AIP pages. */
export const topicGroups = ['topic', 'about', 'brochure'] as const;
/** `newcomers` pages are written in plain language and checked by `npm run lint:language`. */
export const topicAudiences = ['newcomers', 'professionals'] as const;

const isoDate = z.preprocess(
  // YAML loaders differ: some turn 2026-11-23 into a Date, some keep the string.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23'),
);
const text = z.string().trim().min(1, 'must not be empty');

const fields = {
  title: text,
  summary: text,
  icon: z.enum(topicIcons),
  group: z.enum(topicGroups),
  audience: z.enum(topicAudiences),
  /** Position in lists (topic tiles, Downloadcenter). */
  order: z.number().int().positive(),
  lastReviewed: isoDate,
  sources: z.array(z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' })).min(1, 'needs at least one source URL'),
  /** Translations only: the folder's locale. */
  locale: z.enum(localeCodes as [string, ...string[]]).optional(),
  status: translationStatusSchema.optional(),
  sourceHash: sourceHashSchema.optional(),
  ...reviewFields,
};

/**
 * Frontmatter of a page in `content/topics/{locale}/{slug}.mdx`. The German source has no `locale`,
 * `status` or `sourceHash`; a translation must have all three (`sourceHash`: `npm run i18n:hash -- content/topics/de/{slug}.mdx`).
 * `folderLocale` (known to the pre-build check, not to Astro) also ties `locale` to the folder.
 */
export function topicFrontmatterSchemaFor(folderLocale?: string) {
  return z.strictObject(fields).superRefine((d, ctx) => {
    const isSource = folderLocale === undefined ? d.locale === undefined : folderLocale === SOURCE_LOCALE_CODE;
    if (isSource) {
      for (const key of ['locale', 'status', 'sourceHash'] as const) {
        if (d[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'the German source has no locale, status or sourceHash' });
      }
      return;
    }
    if (d.locale === undefined) ctx.addIssue({ code: 'custom', path: ['locale'], message: `a translation needs locale: ${folderLocale ?? '<code>'}` });
    else if (folderLocale !== undefined && d.locale !== folderLocale) {
      ctx.addIssue({ code: 'custom', path: ['locale'], message: `must be "${folderLocale}", the name of its folder` });
    }
    if (d.status === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: 'a translation needs status: draft or reviewed' });
    if (d.sourceHash === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sourceHash'], message: 'a translation needs the hash of its German source (npm run i18n:hash -- content/topics/de/<slug>.mdx)' });
    }
  });
}

export const topicFrontmatterSchema = topicFrontmatterSchemaFor();
export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>;
