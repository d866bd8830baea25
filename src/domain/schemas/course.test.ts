import { describe, expect, it } from 'vitest';
import { courseSchema, participantTotal, subsidisedPricePerLesson } from './course.ts';
import { course } from '../courses/test-courses.ts';

const problems = (overrides: Record<string, unknown>) => {
  const result = courseSchema.safeParse({ ...course(), ...overrides });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('courseSchema', () => {
  it('accepts a complete course', () => {
    expect(problems({})).toEqual([]);
  });

  it('rejects an upside-down level range, an end before the start, an end time before the start time', () => {
    expect(problems({ levelFrom: 'B1', levelTo: 'A1' })).toEqual(['levelTo: must not be below levelFrom']);
    expect(problems({ startDate: '2027-02-01', endDate: '2027-01-31' })).toEqual(['endDate: must not be before startDate']);
    expect(problems({ timeStart: '20:00', timeEnd: '18:30' })).toEqual(['timeEnd: must be after timeStart']);
  });

  it('rejects unknown levels, impossible dates, negative prices and a course without a way to register', () => {
    expect(problems({ levelFrom: 'C1' })[0]).toMatch(/^levelFrom:/);
    expect(problems({ startDate: '2027-02-30' })).toEqual(['startDate: is not a calendar date']);
    expect(problems({ fullPricePerLesson: -1 })).toEqual(['fullPricePerLesson: must not be negative']);
    expect(problems({ registrationEmail: undefined })).toEqual(['registrationUrl: a course needs a registration link or e-mail']);
    expect(problems({ registrationUrl: 'http://insecure.example' })[0]).toMatch(/^registrationUrl:/);
    expect(problems({ colour: 'red' })[0]).toMatch(/colour/);
  });

  it('applies the canton\'s price: CHF 3 per lesson for literacy, CHF 7 for others, full price without subsidy', () => {
    expect(subsidisedPricePerLesson('alphabetisierung')).toBe(3);
    expect(subsidisedPricePerLesson('intensiv')).toBe(7);
    expect(participantTotal(course({ type: 'alphabetisierung', totalLessons: 100 }))).toBe(300);
    expect(participantTotal(course({ subsidised: false, fullPricePerLesson: 17.5, totalLessons: 10 }))).toBe(175);
  });
});
