// Decap CMS form fields generated from the zod schemas, so the CMS form asks for exactly what the build accepts:
// required fields, enums as selects, numbers with their bounds, patterns with the schema's own message.
import type { z } from 'zod';

export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'markdown' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  modes?: ('raw' | 'rich_text')[];
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** The object shape behind a schema (through refinements, pipes and optionals). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (def.type !== 'object') throw new Error(`not an object schema: ${def.type}`);
  return def.shape as Record<string, z.ZodType>;
}

/** Strips optional / default / preprocess wrappers; says whether the field may be left out. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional') { optional = true; s = def.innerType as z.ZodType; }
    else if (def.type === 'default') { defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue; s = def.innerType as z.ZodType; }
    // z.preprocess(fn, schema) is a pipe from a transform into the real schema.
    else if (def.type === 'pipe') s = (defOf(def.in).type === 'transform' ? def.out : def.in) as z.ZodType;
    else return { schema: s, optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
  }
}

type Check = { _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: number; minimum?: number; maximum?: number; error?: (i: unknown) => unknown } } };
const checksOf = (s: z.ZodType) => ((defOf(s).checks ?? []) as Check[]).map((c) => c._zod.def);
const messageOf = (error: ((i: unknown) => unknown) | undefined, fallback: string) => {
  const m = error?.({ input: undefined });
  return typeof m === 'string' ? m : fallback;
};

const FORMAT_PATTERNS: Record<string, [string, string]> = {
  url: ['^https?://\\S+$', 'must be a full URL starting with https://'],
  email: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'must be an e-mail address'],
};

export function fieldFor(name: string, schema: z.ZodType): CmsField {
  const { schema: s, optional, defaultValue } = unwrap(schema);
  const def = defOf(s);
  const base: CmsField = { name, label: name, widget: 'string', ...(optional || defaultValue !== undefined ? { required: false } : {}), ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
  switch (def.type) {
    case 'string': {
      const field: CmsField = { ...base };
      const format = def.format as string | undefined;
      if (format && FORMAT_PATTERNS[format]) field.pattern = FORMAT_PATTERNS[format]!;
      for (const c of checksOf(s)) {
        if (c.check === 'string_format' && c.pattern) field.pattern = [c.pattern.source, messageOf(c.error, `must match ${c.pattern.source}`)];
        else if (c.check === 'string_format' && c.format && FORMAT_PATTERNS[c.format]) field.pattern = FORMAT_PATTERNS[c.format]!;
      }
      return field;
    }
    case 'number': {
      const field: CmsField = { ...base, widget: 'number', value_type: 'float' };
      for (const c of checksOf(s)) {
        if (c.check === 'number_format' && c.format === 'safeint') field.value_type = 'int';
        if (c.check === 'greater_than' && c.value !== undefined) field.min = c.value;
        if (c.check === 'less_than' && c.value !== undefined) field.max = c.value;
      }
      return field;
    }
    case 'boolean':
      // Decap counts an unticked box (false) as "missing" when required; the toggle always has a value
      // (default false), so the form never leaves it out.
      return { ...base, widget: 'boolean', required: false, default: defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { ...base, widget: 'hidden', default: (def.values as unknown[])[0] };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).schema;
      const min = checksOf(s).find((c) => c.check === 'min_length')?.minimum;
      if (defOf(element).type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(defOf(element).entries as Record<string, string>), ...(min ? { min } : {}) };
      if (defOf(element).type === 'object') {
        return { ...base, widget: 'list', collapsed: true, summary: '{{fields.id}} {{fields.name}}', fields: objectFields(element), ...(min ? { min } : {}) };
      }
      return { ...base, widget: 'list', field: fieldFor(name, element), ...(min ? { min } : {}) };
    }
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(s) };
    default:
      throw new Error(`${name}: no CMS widget for zod type ${def.type}`);
  }
}

/** `overrides`: fields whose form the schema alone cannot say (a record keyed by data, e.g. an offer's rules). */
export function objectFields(schema: z.ZodType, omit: readonly string[] = [], overrides: Readonly<Record<string, CmsField>> = {}): CmsField[] {
  return Object.entries(shapeOf(schema)).filter(([k]) => !omit.includes(k)).map(([k, v]) => overrides[k] ?? fieldFor(k, v));
}
