// The shipped course data: valid, one file per id, enough sample courses that stay current for a long time,
// and the course the end-to-end test looks for (B1, evening, Olten).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courseSchema, type Course } from '../../src/domain/schemas/course.ts';
import { formatContentError, validateYaml } from '../../src/domain/content/yaml-errors.ts';
import { currentCourses } from '../../src/domain/courses/visibility.ts';
import { filterCourses } from '../../src/domain/courses/filter.ts';

const dir = new URL('../../content/deutschkurse/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const courses: Course[] = files.map((f) => {
  const { data, errors } = validateYaml(`content/deutschkurse/${f}`, readFileSync(new URL(f, dir), 'utf8'), courseSchema);
  expect(errors.map(formatContentError)).toEqual([]);
  expect(data!.id, 'the file name is the id').toBe(f.replace(/\.yaml$/, ''));
  return data!;
});

describe('content/deutschkurse', () => {
  it('has at least 60 courses that are current on 2026-11-23, all marked as sample data', () => {
    expect(currentCourses(courses, '2026-11-23').length).toBeGreaterThanOrEqual(60);
    expect(courses.every((c) => c.sample)).toBe(true);
  });

  it('keeps the catalogue filled for a long time: courses still run in 2028', () => {
    expect(currentCourses(courses, '2028-01-01').length).toBeGreaterThanOrEqual(12);
  });

  it('shows sample addresses and .example e-mail addresses only (no invented real contacts)', () => {
    for (const c of courses) {
      expect(c.address).toContain('(Beispieladresse)');
      if (c.registrationEmail) expect(c.registrationEmail).toMatch(/\.example$/);
      if (c.registrationUrl) expect(new URL(c.registrationUrl).hostname).toMatch(/\.example$/);
    }
  });

  it('has ended courses too, which the build hides', () => {
    expect(courses.length - currentCourses(courses, '2026-11-23').length).toBeGreaterThan(0);
  });

  it('has a B1 evening course in Olten (the end-to-end journey)', () => {
    expect(filterCourses(currentCourses(courses, '2026-11-23'), { level: 'B1', time: 'evening', place: 'olten' }).length).toBeGreaterThanOrEqual(2);
  });

  it('matches the sample CSV it was imported from', async () => {
    const { importCoursesCsv } = await import('../../src/domain/courses/csv-import.ts');
    const result = importCoursesCsv(readFileSync(new URL('../../scripts/data/beispielkurse.csv', import.meta.url), 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.courses.map((c) => c.id).sort()).toEqual(courses.map((c) => c.id).sort());
  });
});
