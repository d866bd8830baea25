// zod/mini (the same core as classic zod, functions instead of methods): the order form island imports this
// module, and mini keeps its bundle to the checks it uses. Classic schemas take these schemas as they are.
import * as z from 'zod/mini';
import type { $ZodError, $ZodRawIssue } from 'zod/v4/core';

/**
 * One German error map for every zod schema of the project (server and island): a schema's own message
 * wins; anything it does not name gets a plain German sentence here instead of zod's English default.
 * Importing this module installs it (every schema module imports `textField` or `fieldErrors` from here).
 */
export function germanIssueMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Bitte ausfüllen.';
      if (issue.expected === 'string') return 'Bitte als Text angeben.';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Bitte eine Zahl angeben.';
      if (issue.expected === 'array') return 'Bitte als Liste angeben.';
      return 'Die Angabe hat die falsche Form.';
    case 'too_big':
      if (issue.origin === 'string') return `Höchstens ${issue.maximum} Zeichen.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Höchstens ${issue.maximum} ${Number(issue.maximum) === 1 ? 'Eintrag' : 'Einträge'}.`;
      return `Höchstens ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Bitte ausfüllen.' : `Mindestens ${issue.minimum} Zeichen.`;
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? 'Bitte mindestens einen Eintrag angeben.' : `Mindestens ${issue.minimum} Einträge.`;
      return `Mindestens ${issue.minimum}.`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Bitte eine gültige E-Mail-Adresse angeben.' : 'Das Format ist ungültig.';
    case 'invalid_value':
      return 'Dieser Wert ist nicht erlaubt.';
    case 'unrecognized_keys':
      return `Unbekannte Felder: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return 'Bitte eine ganze Zahl angeben.';
    default:
      return 'Die Eingabe ist ungültig.';
  }
}

z.config({ customError: germanIssueMessage });

/** zod issues as `{ "field.path": "message" }`, the first message per field, for error summaries. */
export function fieldErrors(error: $ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

// C0/C1 control characters (line breaks are allowed only where a field has several lines) and the
// invisible bidi controls that can disguise text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_SINGLE_LINE = /[\r\n\t]/;

/** A lone UTF-16 surrogate (from a JSON `\ud800` escape) cannot be stored as valid UTF-8. */
export function hasLoneSurrogate(value: string): boolean {
  return !value.isWellFormed();
}

/**
 * Every free text the portal stores (order fields, contact names, Gemeinde names) goes through this one
 * rule: trimmed, a maximum length, no control or bidi characters, no lone surrogates, no angle brackets.
 */
export function textField(label: string, max: number, { required = true, multiline = false }: { required?: boolean; multiline?: boolean } = {}) {
  return z.string({ error: `${label}: bitte als Text angeben.` }).check(
    z.trim(),
    z.maxLength(max, { error: `${label}: höchstens ${max} Zeichen.` }),
    z.refine((v: string) => !hasLoneSurrogate(v) && !CONTROL.test(v) && (multiline || !CONTROL_SINGLE_LINE.test(v)), {
      error: `${label}: enthält unerlaubte Steuerzeichen.`,
    }),
    z.refine((v: string) => !/[<>]/.test(v), { error: `${label}: bitte keine spitzen Klammern (< >) verwenden.` }),
    z.refine((v: string) => !required || v.length > 0, { error: `${label}: bitte ausfüllen.` }),
  );
}
