import { describe, expect, it } from 'vitest';
import { staleLocales } from './stale.ts';

describe('staleLocales', () => {
  it('names the languages whose sourceHash differs from the German text in the form', () => {
    expect(staleLocales('aaaa', { ti: 'aaaa', ar: 'bbbb', fr: 'cccc' })).toMatch(/2 von 3 Sprachen\): ar, fr\./);
  });
  it('says when every translation fits', () => {
    expect(staleLocales('aaaa', { ti: 'aaaa' })).toMatch(/Alle 1 Übersetzungen passen/);
  });
});
