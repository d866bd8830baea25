import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { reviewFields, sourceHashSchema, translationStatusSchema, refineUniqueIds } from './translation.ts';

/**
 * The address directory (`content/adressen/de.yaml`): every office, phone number, e-mail and street
 * address the site shows. Topic pages refer to an entry by id (`<Contact id="…" />`); nothing else on the
 * site may carry a tel:, mailto: or street address (tests/gates/contact-data.test.ts checks dist/).
 * Office names stay German in every language; `description` and `openingNote` are translated in
 * `content/adressen/{locale}.yaml` (same pattern as the ui strings: status + sourceHash).
 */
export const directoryKinds = ['emergency', 'canton', 'federal', 'counselling', 'sozialregion', 'gemeinde'] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23'),
);
const text = z.string().trim().min(1, 'must not be empty');
export const directoryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower case with hyphens, e.g. opferhilfe');

/** A phone number as written on the page: digits and spaces, optionally +41 (e.g. "032 686 22 67", "144"). */
const phoneSchema = z.string().regex(/^\+?[0-9 ]{3,20}$/, 'write digits and spaces only, e.g. 032 686 22 67 or 144');

export const directoryEntrySchema = z.strictObject({
  id: directoryIdSchema,
  /** Official German name; shown unchanged in every language. */
  name: text,
  kind: z.enum(directoryKinds),
  /** One plain sentence: what the office does for a newcomer (translated). */
  description: text,
  /** Address lines (street, postcode and place), only as a source confirms them. */
  address: z.array(text).default([]),
  phone: phoneSchema.optional(),
  email: z.email().optional(),
  web: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).optional(),
  /** Opening hours or how to reach the office (translated); empty: readers are told to ask. */
  openingNote: text.optional(),
  sources: z.array(z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' })).min(1, 'needs at least one source URL'),
  lastReviewed: isoDate,
  /** true: placeholder data, shown with a notice; never real contact data. */
  sample: z.boolean().default(false),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

const translatedEntry = z.strictObject({ description: text.optional(), openingNote: text.optional() });

export const directoryFileSchema = z.discriminatedUnion('status', [
  z.strictObject({
    locale: z.literal(SOURCE_LOCALE_CODE),
    status: z.literal('source'),
    entries: z.array(directoryEntrySchema).min(1).superRefine(refineUniqueIds),
  }),
  z.strictObject({
    locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'the source locale must have status "source"'),
    status: translationStatusSchema,
    sourceHash: sourceHashSchema,
    ...reviewFields,
    /** By id: the translated texts; a missing id or field falls back to German. */
    entries: z.record(directoryIdSchema, translatedEntry),
  }),
]);
export type DirectoryFile = z.infer<typeof directoryFileSchema>;

/** The German texts a translation is made from, flat (`id.description`, `id.openingNote`), for the sourceHash. */
export function directoryTranslatableTexts(entries: readonly DirectoryEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    out[`${e.id}.description`] = e.description;
    if (e.openingNote) out[`${e.id}.openingNote`] = e.openingNote;
  }
  return out;
}

/** `tel:` target of a phone number as written ("032 686 22 67" → "+41326862267"; short numbers stay). */
export function telHref(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0') && digits.length === 10) return `tel:+41${digits.slice(1)}`;
  return `tel:${digits}`;
}
