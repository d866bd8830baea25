import { describe, expect, it } from 'vitest';
import { codeProblems, termNotes } from './catalog.ts';
import { tokenize } from './inline.ts';
import { segmentBody } from './segment.ts';

describe('codeProblems', () => {
  it('accepts a translation that keeps every code', () => {
    expect(codeProblems(tokenize('Hallo {name}, lesen Sie [Wohnen](../wohnen/).'), tokenize('ሰላም {name}፡ [ገዛ](../wohnen/) ኣንብቡ።'))).toEqual([]);
  });
  it('names a changed placeholder', () => {
    expect(codeProblems(tokenize('Sprache: {language}'), tokenize('ቋንቋ: {lang}')).join()).toMatch(/placeholder missing or changed: \{language\}/);
  });
  it('names a changed link URL', () => {
    expect(codeProblems(tokenize('[Wohnen](../wohnen/)'), tokenize('[ገዛ](https://evil.example/)')).join()).toMatch(/link URL changed/);
  });
  it('names a missing box tag', () => {
    const german = segmentBody('<Help>\n\nText.\n\n</Help>\n').units[0]!.inline;
    const translated = german.filter((p) => typeof p !== 'object' || p.type !== 'box' || p.disp !== '</Help>');
    expect(codeProblems(german, translated).join()).toMatch(/box tag <\/Help> missing/);
  });
});

describe('termNotes', () => {
  it('notes the German terms a unit uses, whole words only', () => {
    expect(termNotes('Fragen Sie Ihre Wohngemeinde.', ['Wohngemeinde', 'Ausweis B']).map((n) => n.text)).toEqual([expect.stringMatching(/"Wohngemeinde" stays German/)]);
    expect(termNotes('Ausweis BX', ['Ausweis B'])).toEqual([]);
  });
});
