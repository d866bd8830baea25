// Course data: the shipped files in content/deutschkurse/ are valid whatever they hold (sample or imported
// real lists); the fixture courses the test build publishes (scripts/lib/test-build.ts) have what the
// catalogue tests rely on, on the fixed test date: enough current courses, ended ones, and the course
// the end-to-end journey looks for (B1, evening, Olten).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courseSchema, type Course } from '../../src/domain/schemas/course.ts';
import { formatContentError, validateYaml } from '../../src/domain/content/yaml-errors.ts';
import { currentCourses } from '../../src/domain/courses/visibility.ts';
import { filterCourses } from '../../src/domain/courses/filter.ts';
import { TEST_BUILD_DATE, TEST_COURSES_DIR } from '../../scripts/lib/test-build.ts';

function loadCourses(folder: string): Course[] {
  const dir = new URL(`../../${folder}/`, import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => {
    const { data, errors } = validateYaml(`${folder}/${f}`, readFileSync(new URL(f, dir), 'utf8'), courseSchema);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(data!.id, 'the file name is the id').toBe(f.replace(/\.yaml$/, ''));
    return data!;
  });
}

const expectSampleContacts = (courses: Course[]) => {
  for (const c of courses.filter((course) => course.sample)) {
    expect(c.address, c.id).toContain('(Beispieladresse)');
    if (c.registrationEmail) expect(c.registrationEmail, c.id).toMatch(/\.example$/);
    if (c.registrationUrl) expect(new URL(c.registrationUrl).hostname, c.id).toMatch(/\.example$/);
  }
};

describe('content/deutschkurse', () => {
  it('holds only valid courses, one file per id, with sample contacts on sample data (no invented real contacts)', () => {
    expectSampleContacts(loadCourses('content/deutschkurse'));
  });
});

describe(`${TEST_COURSES_DIR} (the courses of the test build)`, () => {
  const courses = loadCourses(TEST_COURSES_DIR);

  it(`has at least 60 courses that are current on ${TEST_BUILD_DATE}, all marked as sample data`, () => {
    expect(currentCourses(courses, TEST_BUILD_DATE).length).toBeGreaterThanOrEqual(60);
    expect(courses.every((c) => c.sample)).toBe(true);
    expectSampleContacts(courses);
  });

  it('has ended courses too, which the build hides', () => {
    expect(courses.length - currentCourses(courses, TEST_BUILD_DATE).length).toBeGreaterThan(0);
  });

  it('has a B1 evening course in Olten (the end-to-end journey)', () => {
    expect(filterCourses(currentCourses(courses, TEST_BUILD_DATE), { level: 'B1', time: 'evening', place: 'olten' }).length).toBeGreaterThanOrEqual(2);
  });

  it('matches the sample CSV it was imported from', async () => {
    const { importCoursesCsv } = await import('../../src/domain/courses/csv-import.ts');
    const result = importCoursesCsv(readFileSync(new URL('../../scripts/data/beispielkurse.csv', import.meta.url), 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.courses.map((c) => c.id).sort()).toEqual(courses.map((c) => c.id).sort());
  });
});
