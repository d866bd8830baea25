import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatContentError, validateYaml } from './yaml-errors.ts';

const schema = z.strictObject({ title: z.string().min(1), meta: z.strictObject({ reviewed: z.iso.date(), sources: z.array(z.url()) }) });

describe('validateYaml', () => {
  it('returns the data of a valid file', () => {
    const text = 'title: Wohnen\nmeta:\n  reviewed: 2026-11-01\n  sources:\n    - https://so.ch/\n';
    expect(validateYaml('a.yaml', text, schema)).toEqual({
      data: { title: 'Wohnen', meta: { reviewed: '2026-11-01', sources: ['https://so.ch/'] } }, errors: [],
    });
  });

  it('names file, line and field of a wrong value', () => {
    const text = 'title: Wohnen\nmeta:\n  reviewed: 2026-11-01\n  sources:\n    - https://so.ch/\n    - not a url\n';
    const { errors } = validateYaml('content/x.yaml', text, schema);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/x.yaml', line: 6, field: 'meta.sources.1' });
    expect(formatContentError(errors[0]!)).toMatch(/^content\/x\.yaml:6 meta\.sources\.1: /);
  });

  it('points a missing field at its parent and a wrong type at its line', () => {
    const text = 'title: 42\nmeta:\n  sources: []\n';
    const { errors } = validateYaml('x.yaml', text, schema);
    expect(errors.map((e) => [e.field, e.line])).toEqual([['title', 1], ['meta.reviewed', 2]]);
  });

  it('reports YAML syntax errors with their line', () => {
    const { errors } = validateYaml('x.yaml', 'title: a\nmeta: [\n', schema);
    expect(errors[0]).toMatchObject({ field: '(YAML syntax)' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(2);
  });
});
