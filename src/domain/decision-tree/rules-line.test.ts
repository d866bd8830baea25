import { describe, expect, it } from 'vitest';
import { rulesLine } from './rules-line.ts';
import { sourceTexts, textLookup } from './texts.ts';
import { loadOffers, loadTree } from '../../../tests/support/decision-tree.ts';

const offers = loadOffers();
const t = textLookup(sourceTexts(loadTree(), offers), undefined);
const s = { ruleAgeMin: 'ab {min} Jahren', ruleAgeRange: '{min} bis {max} Jahre', rulesNone: 'keine' };

describe('rulesLine', () => {
  it('writes age, permit and level in one line', () => {
    expect(rulesLine(offers.find((o) => o.id === 'deutschkurs')!, t, s)).toBe('ab 16 Jahren · Ausweis B, C, F, N oder S · Deutsch unter B1');
    expect(rulesLine(offers.find((o) => o.id === 'invol')!, t, s)).toBe('18 bis 35 Jahre · Ausweis F oder S, oder anerkannter Flüchtling');
  });
  it('says so when the sources name no limit', () => {
    expect(rulesLine(offers.find((o) => o.id === 'frabina')!, t, s)).toBe('keine');
  });
  it('has a short label for every value an offer rule names (else the line would throw)', () => {
    for (const o of offers) expect(() => rulesLine(o, t, s)).not.toThrow();
  });
});
