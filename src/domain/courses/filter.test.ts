import { describe, expect, it } from 'vitest';
import { compareCourses, filterCourses, filterQueryString, matchesFilter, parseFilterQuery, timeOfDay, type CourseFilter } from './filter.ts';
import { course } from './test-courses.ts';

const olten = course({ id: 'olten-evening-b1' });
const grenchenAlpha = course({
  id: 'grenchen-alpha', type: 'alphabetisierung', levelFrom: 'A0', levelTo: 'A1', place: 'Grenchen', placeSlug: 'grenchen',
  weekdays: ['mo', 'mi', 'fr'], timeStart: '08:30', timeEnd: '11:00', startDate: '2027-01-11', totalLessons: 144,
  fullPricePerLesson: 7.5, childcare: true, fide: false,
});
const basel = course({
  id: 'basel-intensiv', type: 'intensiv', levelFrom: 'A1', levelTo: 'B1', place: 'Basel', placeSlug: 'basel',
  weekdays: ['mo', 'di', 'mi', 'do', 'fr'], timeStart: '13:30', timeEnd: '16:30', startDate: '2026-12-01', totalLessons: 180,
  subsidised: false, fullPricePerLesson: 20,
});
const all = [olten, grenchenAlpha, basel];
const ids = (f: CourseFilter) => filterCourses(all, f).map((c) => c.id);

describe('timeOfDay', () => {
  it.each([['08:30', 'morning'], ['11:59', 'morning'], ['12:00', 'afternoon'], ['16:59', 'afternoon'], ['17:00', 'evening'], ['19:00', 'evening']])('%s is %s', (t, expected) => {
    expect(timeOfDay(t)).toBe(expected);
  });
});

describe('filterCourses', () => {
  it('returns every course sorted by start date (then id) for an empty filter, and leaves the input alone', () => {
    const input = [...all];
    expect(ids({})).toEqual(['basel-intensiv', 'grenchen-alpha', 'olten-evening-b1']);
    expect(input).toEqual(all);
  });

  it('matches a level inside the course range, not outside it', () => {
    expect(ids({ level: 'B1' })).toEqual(['basel-intensiv', 'olten-evening-b1']);
    expect(ids({ level: 'A2' })).toEqual(['basel-intensiv', 'olten-evening-b1']);
    expect(ids({ level: 'A0' })).toEqual(['grenchen-alpha']);
  });

  it('filters by place, type, time of day and weekday', () => {
    expect(ids({ place: 'olten' })).toEqual(['olten-evening-b1']);
    expect(ids({ type: 'intensiv' })).toEqual(['basel-intensiv']);
    expect(ids({ time: 'evening' })).toEqual(['olten-evening-b1']);
    expect(ids({ time: 'morning' })).toEqual(['grenchen-alpha']);
    expect(ids({ day: 'fr' })).toEqual(['basel-intensiv', 'grenchen-alpha']);
    expect(ids({ day: 'sa' })).toEqual([]);
  });

  it('filters by childcare, literacy and fide', () => {
    expect(ids({ childcare: true })).toEqual(['grenchen-alpha']);
    expect(ids({ literacy: true })).toEqual(['grenchen-alpha']);
    expect(ids({ fide: true })).toEqual(['basel-intensiv', 'olten-evening-b1']);
  });

  it('filters by start date (inclusive) and by the total the participant pays', () => {
    expect(ids({ from: '2027-01-11' })).toEqual(['grenchen-alpha', 'olten-evening-b1']);
    expect(ids({ from: '2027-01-12' })).toEqual([]);
    // Subsidised: 144 × CHF 3 = 432 and 80 × CHF 7 = 560; not subsidised: 180 × CHF 20 = 3600.
    expect(ids({ maxPrice: 432 })).toEqual(['grenchen-alpha']);
    expect(ids({ maxPrice: 560 })).toEqual(['grenchen-alpha', 'olten-evening-b1']);
    expect(ids({ maxPrice: 3600 })).toHaveLength(3);
  });

  it('combines filters with AND (B1 + evening + Olten)', () => {
    expect(ids({ level: 'B1', time: 'evening', place: 'olten' })).toEqual(['olten-evening-b1']);
    expect(ids({ level: 'B1', time: 'evening', place: 'basel' })).toEqual([]);
    expect(matchesFilter(olten, { level: 'B1', time: 'morning' })).toBe(false);
  });

  it('sorts equal start dates by id so the order is stable', () => {
    expect(compareCourses({ startDate: '2027-01-01', id: 'b' }, { startDate: '2027-01-01', id: 'a' })).toBe(1);
    expect(compareCourses({ startDate: '2027-01-01', id: 'a' }, { startDate: '2027-01-01', id: 'a' })).toBe(0);
  });
});

describe('parseFilterQuery', () => {
  const places = ['olten', 'grenchen', 'basel'];
  const parse = (q: string) => parseFilterQuery(new URLSearchParams(q), places);

  it('reads every filter from the query', () => {
    expect(parse('level=B1&place=olten&type=abend-samstag&time=evening&day=di&childcare=1&literacy=1&fide=1&from=2027-01-01&maxPrice=600')).toEqual({
      filter: { level: 'B1', place: 'olten', type: 'abend-samstag', time: 'evening', day: 'di', childcare: true, literacy: true, fide: true, from: '2027-01-01', maxPrice: 600 },
      invalid: [],
    });
  });

  it('ignores unknown parameters and empty values', () => {
    expect(parse('utm_source=mail&foo=bar&level=&place=olten')).toEqual({ filter: { place: 'olten' }, invalid: [] });
  });

  it('accepts lower-case levels and upper-case places', () => {
    expect(parse('level=b1&place=Olten').filter).toEqual({ level: 'B1', place: 'olten' });
  });

  it('resets each invalid value and reports it, keeping the valid ones', () => {
    expect(parse('level=C2&place=zuerich&type=yoga&time=night&day=so&childcare=maybe&from=2027-02-30&maxPrice=-5&fide=1')).toEqual({
      filter: { fide: true },
      invalid: ['level', 'place', 'type', 'time', 'day', 'childcare', 'from', 'maxPrice'],
    });
    expect(parse('maxPrice=abc').invalid).toEqual(['maxPrice']);
    expect(parse('from=11.01.2027').invalid).toEqual(['from']);
  });

  it('round-trips through filterQueryString in a fixed parameter order', () => {
    const filter: CourseFilter = { time: 'evening', level: 'B1', place: 'olten', fide: true };
    const query = filterQueryString(filter);
    expect(query).toBe('level=B1&place=olten&time=evening&fide=1');
    expect(parse(query).filter).toEqual(filter);
    expect(filterQueryString({})).toBe('');
  });
});
