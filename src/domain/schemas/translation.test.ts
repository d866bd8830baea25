import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceHashSchema } from './translation.ts';

describe('sourceHashSchema', () => {
  it('accepts the 16 hex digits of npm run i18n:hash', () => {
    expect(sourceHashSchema.parse('1c95c97cee8ab0c4')).toBe('1c95c97cee8ab0c4');
  });

  it('asks for quotes when YAML made a number of an unquoted hash', () => {
    const { sourceHash } = parse('sourceHash: 0000000000000000') as { sourceHash: unknown };
    const result = sourceHashSchema.safeParse(sourceHash);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/in quotes/);
  });

  it('names what it must be for any other wrong text', () => {
    expect(sourceHashSchema.safeParse('abc').error?.issues[0]?.message).toMatch(/16 hex digits/);
  });
});

describe('refineUniqueIds', () => {
  it('reports a repeated id at its own index, in the directory and the glossary alike', async () => {
    const { z } = await import('zod');
    const { refineUniqueIds } = await import('./translation.ts');
    const schema = z.array(z.object({ id: z.string() })).superRefine(refineUniqueIds);
    const result = schema.safeParse([{ id: 'a' }, { id: 'b' }, { id: 'a' }]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[[2, 'id'], 'duplicate id "a"']]);
    expect(schema.safeParse([{ id: 'a' }, { id: 'b' }]).success).toBe(true);
  });
});
