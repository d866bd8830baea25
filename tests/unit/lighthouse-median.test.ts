import { describe, expect, it } from 'vitest';
import { medianScore } from '../../bench/lighthouse.ts';

describe('medianScore (the bench reports the median of its Lighthouse runs)', () => {
  it('takes the middle of an odd number of runs, whatever their order', () => {
    expect(medianScore([99, 100, 96])).toBe(99);
    expect(medianScore([100, 99, 100])).toBe(100);
  });

  it('takes the lower middle of an even number, so a tie never rounds a score up', () => {
    expect(medianScore([100, 99])).toBe(99);
  });

  it('leaves out runs without a score, and gives none when no run scored', () => {
    expect(medianScore([null, 100, 98])).toBe(98);
    expect(medianScore([null, null])).toBeNull();
  });
});
