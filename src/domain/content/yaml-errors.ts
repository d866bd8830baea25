import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';

export interface ContentError {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Line (1-based) of the YAML node at `path`, or of the deepest ancestor that exists (a missing field points at its parent). */
function lineOf(root: Node | null, path: readonly PropertyKey[], lines: LineCounter): number {
  let node: unknown = root;
  let line = 1;
  for (const key of path) {
    if (!(isMap(node) || isSeq(node))) break;
    const pair = isMap(node) ? node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) : undefined;
    const next = isMap(node) ? pair?.value : node.items[Number(key)];
    // A missing field has no node of its own: keep the line of its parent.
    if (next === undefined || next === null) break;
    const range = (pair?.key as Node | undefined)?.range ?? (next as Node).range;
    if (range) line = lines.linePos(range[0]).line;
    node = next;
  }
  return line;
}

/**
 * Validates one YAML text against a zod schema and reports every problem with file, line and field,
 * so a content author sees `content/ui/fr.yaml:12 strings.navHome: must not be empty`.
 */
export function validateYaml<T>(file: string, text: string, schema: z.ZodType<T>): { data?: T; errors: ContentError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line,
        field: '(YAML syntax)',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => ({
      file,
      line: lineOf(doc.contents, issue.path, lines),
      field: issue.path.length > 0 ? issue.path.join('.') : '(file)',
      message: issue.message,
    })),
  };
}

export function formatContentError(e: ContentError): string {
  return `${e.file}:${e.line} ${e.field}: ${e.message}`;
}
