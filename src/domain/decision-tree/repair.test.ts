import { describe, expect, it } from 'vitest';
import { indexTree } from './engine.ts';
import { repairTarget } from './repair.ts';
import { parseToolUrl, toolUrl } from './urls.ts';
import { loadTree } from '../../../tests/support/decision-tree.ts';

const index = indexTree(loadTree());

describe('repairTarget', () => {
  it('keeps valid URLs', () => {
    expect(repairTarget(index, 'de', 'frage', ['b-c-f-n-s'])).toBeNull();
    expect(repairTarget(index, 'de', 'ergebnis', ['andere'])).toBeNull();
    expect(repairTarget(index, 'de', 'pruefen', ['b-c-f-n-s', 'unter-16'])).toBeNull();
  });

  it('sends an unknown answer back to its question with the message fragment', () => {
    expect(repairTarget(index, 'ar', 'ergebnis', ['b-c-f-n-s', 'hundert'])).toBe('/ar/entscheidungstool/frage/b-c-f-n-s/#hinweis-antworten');
  });

  it('never shows a result for a skipped question', () => {
    expect(repairTarget(index, 'de', 'ergebnis', ['b-c-f-n-s', 'ab-36'])).toBe('/de/entscheidungstool/frage/b-c-f-n-s/ab-36/#hinweis-antworten');
    expect(repairTarget(index, 'de', 'handout', [])).toBe('/de/entscheidungstool/frage/#hinweis-antworten');
  });

  it('drops answers after an outcome', () => {
    expect(repairTarget(index, 'de', 'ergebnis', ['andere', 'ab-36'])).toBe('/de/entscheidungstool/frage/#hinweis-antworten');
  });

  it('sends a complete question URL to the check page', () => {
    expect(repairTarget(index, 'de', 'frage', ['andere'])).toBe('/de/entscheidungstool/pruefen/andere/');
  });
});

describe('tool URLs', () => {
  it('round-trips', () => {
    expect(parseToolUrl(toolUrl('fa', 'ergebnis', ['b-c-f-n-s', '16-17']))).toEqual({ locale: 'fa', page: 'ergebnis', answers: ['b-c-f-n-s', '16-17'] });
    expect(toolUrl('de', 'frage', [])).toBe('/de/entscheidungstool/frage/');
  });

  it('ignores other paths and survives bad escapes', () => {
    expect(parseToolUrl('/de/entscheidungstool/')).toBeNull();
    expect(parseToolUrl('/de/entscheidungstool/angebote/')).toBeNull();
    expect(parseToolUrl('/de/themen/frage/')).toBeNull();
    expect(parseToolUrl('/de/entscheidungstool/frage/%E0%A4%A/')).toEqual({ locale: 'de', page: 'frage', answers: [''] });
  });
});
