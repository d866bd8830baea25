// zod/mini: the same schemas as classic zod with functions instead of methods, so the browser bundle of the
// order form keeps only the checks it uses (issue 13: the island's JavaScript budget).
import * as z from 'zod/mini';
import { textField } from '../validation.ts';
import { getLocale } from '../i18n/locales.ts';
import type { Catalogue } from '../schemas/publications.ts';

/** The order the form sends and the server stores; one schema for the React island and POST /api/orders. */
export const ORDER_LIMITS = { maxItems: 20, deliveryAddress: 400, contactPerson: 120, remark: 1000, formRows: 6 } as const;

/** The idempotency key the order form carries (one per form, so a repeated submit is recognised). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

export const ORDER_STATUSES = ['eingegangen', 'in_bearbeitung', 'versandt', 'storniert'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const STATUS_LABELS: Record<OrderStatus, string> = {
  eingegangen: 'eingegangen',
  in_bearbeitung: 'in Bearbeitung',
  versandt: 'versandt',
  storniert: 'storniert',
};

const unknownKeys = (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' ? `Unbekannte Felder: ${(iss.keys ?? []).join(', ')}.` : undefined;

/**
 * German name of a language by code, for the schema's messages and the form's language lists: `languageName`
 * on the server; in the island a lookup in the names the page passes, so its bundle leaves out the locale registry.
 */
export type LanguageNameOf = (code: string) => string;

export function orderSchema(catalogue: Catalogue, nameOf: LanguageNameOf) {
  const byId = new Map(catalogue.map((p) => [p.id, p]));
  const item = z.strictObject(
    {
      publication: z.string({ error: 'Bitte eine Publikation wählen.' }).check(z.minLength(1, { error: 'Bitte eine Publikation wählen.' })),
      language: z.string({ error: 'Bitte eine Sprache wählen.' }).check(z.minLength(1, { error: 'Bitte eine Sprache wählen.' })),
      quantity: z.number({ error: 'Menge: bitte eine ganze Zahl eingeben.' }).check(
        z.refine((n: number) => Number.isInteger(n), { error: 'Menge: bitte eine ganze Zahl eingeben.', abort: true }),
        z.minimum(1, { error: 'Menge: mindestens 1.' }),
      ),
    },
    { error: unknownKeys },
  );
  return z
    .strictObject(
      {
        idempotencyKey: z.string({ error: 'Die Bestellung hat keinen gültigen Schlüssel. Bitte laden Sie die Seite neu.' })
          .check(z.regex(IDEMPOTENCY_KEY, { error: 'Die Bestellung hat keinen gültigen Schlüssel. Bitte laden Sie die Seite neu.' })),
        items: z.array(item, { error: 'Bitte mindestens eine Publikation bestellen.' }).check(
          z.minLength(1, { error: 'Bitte mindestens eine Publikation bestellen.' }),
          z.maxLength(ORDER_LIMITS.maxItems, { error: `Höchstens ${ORDER_LIMITS.maxItems} Positionen pro Bestellung.` }),
        ),
        deliveryAddress: textField('Lieferadresse', ORDER_LIMITS.deliveryAddress, { required: true, multiline: true }),
        contactPerson: textField('Kontaktperson', ORDER_LIMITS.contactPerson, { required: true, multiline: false }),
        remark: z._default(textField('Bemerkung', ORDER_LIMITS.remark, { required: false, multiline: true }), ''),
      },
      { error: unknownKeys },
    )
    .check(z.superRefine((order, ctx) => {
      const seen = new Set<string>();
      order.items.forEach((it, i) => {
        const publication = byId.get(it.publication);
        if (!publication) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'publication'], message: 'Diese Publikation gibt es nicht.' });
          return;
        }
        if (!publication.languages.includes(it.language)) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'language'], message: missingLanguageMessage(publication.title, publication.languages, it.language, nameOf) });
          return;
        }
        if (it.quantity > publication.maxPerOrder) {
          ctx.addIssue({
            code: 'custom', path: ['items', i, 'quantity'],
            message: `Menge: höchstens ${publication.maxPerOrder} pro Bestellung.`,
          });
        }
        const key = `${it.publication}|${it.language}`;
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'publication'], message: 'Diese Publikation und Sprache steht schon in einer anderen Zeile.' });
        }
        seen.add(key);
      });
    }));
}

/** Says which languages a publication has, so the Gemeinde can pick one (the no-JavaScript form offers all). */
export function missingLanguageMessage(title: string, languages: readonly string[], asked: string, nameOf: LanguageNameOf): string {
  const names = languages.map(nameOf);
  return languages.length === 1
    ? `„${title}“ gibt es nur auf ${names[0]}. Bitte wählen Sie ${names[0]}.`
    : `„${title}“ gibt es nicht auf ${nameOf(asked)}. Es gibt sie auf: ${names.join(', ')}.`;
}

/** The languages a row offers: those of its publication, or (no publication chosen yet) every language of the catalogue. */
export function languagesFor(catalogue: Catalogue, publicationId: string): string[] {
  const publication = catalogue.find((p) => p.id === publicationId);
  return publication ? [...publication.languages] : [...new Set(catalogue.flatMap((p) => p.languages))];
}

/** Titles of the publications that exist in German only, for the note above the form. */
export function germanOnlyTitles(catalogue: Catalogue): string[] {
  return catalogue.filter((p) => p.languages.length === 1 && p.languages[0] === 'de').map((p) => p.title);
}

export type OrderFieldPath = `items.${number}.${'publication' | 'language' | 'quantity'}` | 'deliveryAddress' | 'contactPerson' | 'remark';

export type OrderInput = z.input<ReturnType<typeof orderSchema>>;
export type Order = z.output<ReturnType<typeof orderSchema>>;
export interface OrderItem { publication: string; language: string; quantity: number }

/** The form's field id for an error path, so the error summary can link to it (`items.2.quantity` → `items-2-quantity`). */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

/**
 * A plain form post (no JavaScript) as order input. Empty rows are left out; `rows` maps each
 * remaining item back to its row in the form, so errors land at the right field.
 */
/** The fields of one form row, as typed. */
export type FormRow = { publication?: string; language?: string; quantity?: string };
const ROW_FIELD = /^items\.(\d{1,2})\.(publication|language|quantity)$/;

/** A plain form post split into its item rows (by form index) and its other fields. */
export function formRows(form: Record<string, string>): { rows: Map<number, FormRow>; rest: Record<string, string> } {
  const rest: Record<string, string> = {};
  const rows = new Map<number, FormRow>();
  for (const [key, value] of Object.entries(form)) {
    const m = ROW_FIELD.exec(key);
    if (m) {
      const row = Number(m[1]);
      const fields = rows.get(row) ?? {};
      fields[m[2] as keyof FormRow] = value;
      rows.set(row, fields);
    } else {
      rest[key] = value;
    }
  }
  return { rows, rest };
}

/**
 * A plain form post (no JavaScript) as order input. Empty rows are left out; `rows` maps each
 * remaining item back to its row in the form, so errors land at the right field.
 */
export function formToOrderInput(form: Record<string, string>): { input: Record<string, unknown>; rows: number[] } {
  const { rows: rowValues, rest } = formRows(form);
  const rows: number[] = [];
  const items: Record<string, unknown>[] = [];
  for (const row of [...rowValues.keys()].sort((a, b) => a - b)) {
    const f = rowValues.get(row)!;
    const quantityText = (f.quantity ?? '').trim();
    if (!f.publication && !quantityText) continue;
    rows.push(row);
    items.push({
      publication: f.publication ?? '',
      language: f.language ?? '',
      quantity: /^[+-]?\d+(\.\d+)?$/.test(quantityText) ? Number(quantityText) : quantityText,
    });
  }
  return { input: { ...rest, items }, rows };
}

/** Field errors of a form post with item paths mapped back to form rows. */
export function mapErrorsToRows(errors: Record<string, string>, rows: number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = /^items\.(\d+)(\..*)?$/.exec(path);
    const key = m ? `items.${rows[Number(m[1])] ?? 0}${m[2] ?? '.publication'}` : path;
    out[key] ??= message;
  }
  return out;
}

export function languageName(code: string): string {
  try {
    return getLocale(code).germanName;
  } catch {
    return code;
  }
}

export function describeItem(catalogue: Catalogue, item: OrderItem): string {
  const publication = catalogue.find((p) => p.id === item.publication);
  const unit = publication?.unit ?? 'Stück';
  return `${item.quantity} × ${publication?.title ?? item.publication} (${languageName(item.language)}), ${unit}`;
}
