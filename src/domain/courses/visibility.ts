/**
 * Which courses the build publishes: a course whose end date has passed is hidden. "Today" comes
 * from an injectable clock (env BUILD_DATE=YYYY-MM-DD), so tests and rebuilds are deterministic.
 */
import type { Course } from '../schemas/course.ts';
import { isIsoDate } from './model.ts';

/** Today's date in Switzerland as YYYY-MM-DD, or `override` (BUILD_DATE) when it is set. */
export function buildDate(override: string | undefined, now: Date = new Date()): string {
  if (override !== undefined && override !== '') {
    if (!isIsoDate(override)) throw new Error(`BUILD_DATE must be a date YYYY-MM-DD, not "${override}"`);
    return override;
  }
  // Swiss calendar day: the build may run in UTC around midnight.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Courses still running or still to come on `today`: the end date is today or later. */
export function currentCourses<C extends Pick<Course, 'endDate'>>(courses: readonly C[], today: string): C[] {
  return courses.filter((c) => c.endDate >= today);
}
