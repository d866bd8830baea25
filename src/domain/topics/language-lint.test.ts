import { describe, expect, it } from 'vitest';
import { lintGerman } from './language-lint.ts';

const options = { maxSentenceWords: 8, maxWordLength: 15, allowedLongWords: ['Erstinformationsgespräch'] };

describe('lintGerman', () => {
  it('passes short sentences and common words', () => {
    expect(lintGerman('Sie wohnen hier.\nDie Gemeinde hilft Ihnen.\n\n- Lernen Sie Deutsch.', options)).toEqual([]);
  });

  it('flags a long sentence with its line', () => {
    const issues = lintGerman('Kurz.\nDie Gemeinde lädt alle neuen Menschen aus dem Ausland zu einem Gespräch ein.', options);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, kind: 'sentence' });
  });

  it('flags a very long word unless it is an explained term or split by a hyphen', () => {
    expect(lintGerman('Das Arbeitsmarktintegrationsprogramm hilft.', options).map((i) => i.kind)).toEqual(['word']);
    expect(lintGerman('Das Erstinformationsgespräch hilft.', options)).toEqual([]);
    expect(lintGerman('Die Deutsch-Integrations-Kurse helfen.', options)).toEqual([]);
  });

  it('ignores link targets, component tags and table rules', () => {
    const body = '<MustDo>\n\n[Hier](https://so.ch/verwaltung/departement-des-innern/amt-fuer-gesellschaft-und-soziales/)\n\n| a | b |\n| --- | --- |\n\n</MustDo>';
    expect(lintGerman(body, options)).toEqual([]);
  });
});
