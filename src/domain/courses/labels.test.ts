import { describe, expect, it } from 'vitest';
import { chf, courseTitle, levelRangeLabel, placesOf, priceLabel, scheduleLabel } from './labels.ts';
import { course } from './test-courses.ts';
import type { CourseUiStrings } from '../schemas/course-ui-strings.ts';

const s = {
  levelA0: 'A0 / Alpha', cardTitle: '{type}, {level}, {place}', typeAbendSamstag: 'Abendkurs', dayDi: 'Dienstag', dayDo: 'Donnerstag',
  priceSubsidised: 'CHF {perLesson}/L, CHF {total}, voll {full}', priceFull: 'CHF {perLesson}/L, CHF {total}',
} as unknown as CourseUiStrings;

describe('course labels', () => {
  it('writes CHF amounts the Swiss way with Latin digits', () => {
    expect(chf(7)).toBe('7');
    expect(chf(17.5)).toBe('17.50');
    expect(chf(1050)).toBe('1\u2019050');
  });
  it('builds title, level range, schedule and price from the translated labels', () => {
    const c = course();
    expect(courseTitle(s, c)).toBe('Abendkurs, A2–B1, Olten');
    expect(levelRangeLabel(s, { levelFrom: 'A0', levelTo: 'A0' })).toBe('A0 / Alpha');
    expect(scheduleLabel(s, c)).toBe('Dienstag, Donnerstag, 18:30–20:00');
    expect(priceLabel(s, c)).toBe('CHF 7/L, CHF 560, voll 17.50');
    expect(priceLabel(s, course({ subsidised: false, fullPricePerLesson: 20 }))).toBe('CHF 20/L, CHF 1\u2019600');
  });
  it('lists each place once, sorted by name', () => {
    expect(placesOf([course({ place: 'Olten', placeSlug: 'olten' }), course({ place: 'Basel', placeSlug: 'basel' }), course()])).toEqual([['basel', 'Basel'], ['olten', 'Olten']]);
  });
});
