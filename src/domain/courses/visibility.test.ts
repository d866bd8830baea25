import { describe, expect, it } from 'vitest';
import { buildDate, currentCourses } from './visibility.ts';

describe('buildDate', () => {
  it('uses BUILD_DATE when set', () => {
    expect(buildDate('2030-01-31')).toBe('2030-01-31');
  });
  it('rejects a BUILD_DATE that is not a calendar date', () => {
    expect(() => buildDate('31.01.2030')).toThrow(/BUILD_DATE/);
    expect(() => buildDate('2030-02-30')).toThrow(/BUILD_DATE/);
  });
  it('defaults to the calendar day in Switzerland (23:30 UTC on 31 Dec is already 1 Jan in Zurich)', () => {
    expect(buildDate(undefined, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(buildDate('', new Date('2026-11-23T10:00:00Z'))).toBe('2026-11-23');
  });
});

describe('currentCourses', () => {
  const courses = [{ id: 'ended', endDate: '2026-11-22' }, { id: 'last-day', endDate: '2026-11-23' }, { id: 'future', endDate: '2027-06-30' }];
  it('hides courses whose end date has passed and keeps those ending today or later', () => {
    expect(currentCourses(courses, '2026-11-23').map((c) => c.id)).toEqual(['last-day', 'future']);
    expect(currentCourses(courses, '2027-07-01')).toEqual([]);
  });
});
