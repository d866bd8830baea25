// react-hook-form resolver over the shared zod/mini order schema, in place of @hookform/resolvers/zod
// (1.1 KB gzip of the island's 80 KB budget, issue 13). It keeps what this form relies on: the schema's own
// `safeParse` (so zod's global config, the German error map and jitless mode apply), the parsed values on
// success (trimmed text, defaulted remark), the first issue per field with zod's message unchanged, and an
// issue about a whole array (`items`) under `items.root`, where react-hook-form keeps field-array errors.
// Left out, because the form uses none of them: async schemas, native validation, criteriaMode 'all', unions.
import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { input, output, ZodMiniType } from 'zod/mini';

export function zodResolver<S extends ZodMiniType<FieldValues, FieldValues>>(schema: S): Resolver<input<S>, unknown, output<S>> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<input<S>> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const at = path === '' ? 'root' : Array.isArray(get(values, path)) ? `${path}.root` : path;
      if (get(errors, at) === undefined) set(errors, at, { type: issue.code, message: issue.message });
    }
    return { values: {}, errors };
  };
}
