import { describe, expect, it } from 'vitest';
import { indexTree } from './engine.ts';
import { repairTarget } from './repair.ts';
import { parseToolUrl, toolUrl } from './urls.ts';
import { loadTree } from '../../../tests/support/decision-tree.ts';

const index = indexTree(loadTree());

describe('repairTarget', () => {
  it('keeps valid URLs', () => {
    expect(repairTarget(index, 'de', 'frage', ['ja'])).toBeNull();
    expect(repairTarget(index, 'de', 'ergebnis', ['nein'])).toBeNull();
    expect(repairTarget(index, 'de', 'pruefen', ['ja', 'unter-16'])).toBeNull();
  });

  it('sends an unknown answer back to its question with the message fragment', () => {
    expect(repairTarget(index, 'ar', 'ergebnis', ['ja', 'hundert'])).toBe('/ar/entscheidungstool/frage/ja/#hinweis-antworten');
  });

  it('never shows a result for a skipped question', () => {
    expect(repairTarget(index, 'de', 'ergebnis', ['ja', 'ab-26'])).toBe('/de/entscheidungstool/frage/ja/ab-26/#hinweis-antworten');
    expect(repairTarget(index, 'de', 'handout', [])).toBe('/de/entscheidungstool/frage/#hinweis-antworten');
  });

  it('drops answers after an outcome', () => {
    expect(repairTarget(index, 'de', 'ergebnis', ['nein', 'ab-26'])).toBe('/de/entscheidungstool/frage/#hinweis-antworten');
  });

  it('sends a complete question URL to the check page', () => {
    expect(repairTarget(index, 'de', 'frage', ['nein'])).toBe('/de/entscheidungstool/pruefen/nein/');
  });
});

describe('tool URLs', () => {
  it('round-trips', () => {
    expect(parseToolUrl(toolUrl('fa', 'ergebnis', ['ja', '16-25']))).toEqual({ locale: 'fa', page: 'ergebnis', answers: ['ja', '16-25'] });
    expect(toolUrl('de', 'frage', [])).toBe('/de/entscheidungstool/frage/');
  });

  it('ignores other paths and survives bad escapes', () => {
    expect(parseToolUrl('/de/entscheidungstool/')).toBeNull();
    expect(parseToolUrl('/de/entscheidungstool/angebote/')).toBeNull();
    expect(parseToolUrl('/de/themen/frage/')).toBeNull();
    expect(parseToolUrl('/de/entscheidungstool/frage/%E0%A4%A/')).toEqual({ locale: 'de', page: 'frage', answers: [''] });
  });
});
