import { describe, expect, it } from 'vitest';
import { canonicalRecord, sourceHash } from './source-hash.ts';

describe('sourceHash', () => {
  it('is 16 hex digits and changes when the German changes', async () => {
    const a = await sourceHash('Willkommen');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await sourceHash('Willkommen!')).not.toBe(a);
  });

  it('treats composed and decomposed umlauts as the same text', async () => {
    expect(await sourceHash('geprüft')).toBe(await sourceHash('geprüft'.normalize('NFD')));
  });

  it('does not depend on key order', () => {
    expect(canonicalRecord({ b: '2', a: '1' })).toBe(canonicalRecord({ a: '1', b: '2' }));
  });
});
