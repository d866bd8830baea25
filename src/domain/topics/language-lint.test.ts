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

describe('unexplainedAbbreviations', () => {
  it('flags an abbreviation the page does not explain, once, at its first use', async () => {
    const { unexplainedAbbreviations } = await import('./language-lint.ts');
    const issues = unexplainedAbbreviations('Das Ziel ist ein EFZ.\nMit dem EFZ finden Sie Arbeit.');
    expect(issues.map((i) => [i.line, i.kind])).toEqual([[1, 'abbreviation']]);
    expect(issues[0]!.message).toContain('"EFZ"');
  });

  it('accepts "EFZ heisst: …", "long form (EFZ)", "heisst kurz INVOL" and known abbreviations', async () => {
    const { unexplainedAbbreviations } = await import('./language-lint.ts');
    expect(unexplainedAbbreviations('Ein EFZ ist gut.\nEFZ heisst: eidgenössisches Fähigkeitszeugnis.')).toEqual([]);
    expect(unexplainedAbbreviations('Das Regionale Arbeitsvermittlungszentrum (RAV) hilft.')).toEqual([]);
    expect(unexplainedAbbreviations('Die Vorlehre heisst kurz **INVOL**.')).toEqual([]);
    expect(unexplainedAbbreviations('Aus der EU.')).toEqual([]);
  });

  it('counts mixed-case abbreviations (DaZ) but not levels (B2) or normal words', async () => {
    const { unexplainedAbbreviations } = await import('./language-lint.ts');
    expect(unexplainedAbbreviations('Ihr Kind bekommt DaZ. Sie brauchen B2. Das Amt hilft.').map((i) => i.message.match(/"([^"]+)"/)![1])).toEqual(['DaZ']);
  });
});
