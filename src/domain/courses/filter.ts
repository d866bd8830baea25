/**
 * The finder's filter: one pure function from (courses, filter) to the sorted result, and the
 * mapping between a filter and the URL query a counsellor sends. Runs at build time (per-place and
 * per-level pages) and in the browser (the finder script), so both always agree.
 */
import type { Course } from '../schemas/course.ts';
import { courseLevels, courseTypes, isIsoDate, participantTotal, weekdays, type CourseLevel, type CourseType, type Weekday } from './model.ts';

export const timesOfDay = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

export interface CourseFilter {
  level?: CourseLevel;
  place?: string;
  type?: CourseType;
  time?: TimeOfDay;
  day?: Weekday;
  childcare?: true;
  literacy?: true;
  fide?: true;
  /** Courses that start on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Highest total a participant pays, in CHF. */
  maxPrice?: number;
}

export type FilterKey = keyof CourseFilter;
/** Query parameter names, in the order they are written to the URL. */
export const filterKeys = ['level', 'place', 'type', 'time', 'day', 'childcare', 'literacy', 'fide', 'from', 'maxPrice'] as const satisfies readonly FilterKey[];

/** Fields the filter reads; the browser gets only these. */
export type FilterableCourse = Pick<Course, 'id' | 'type' | 'levelFrom' | 'levelTo' | 'placeSlug' | 'weekdays' | 'timeStart' | 'startDate' | 'childcare' | 'fide' | 'subsidised' | 'fullPricePerLesson' | 'totalLessons'>;

/** Morning before 12:00, afternoon before 17:00, evening from 17:00. */
export function timeOfDay(timeStart: string): TimeOfDay {
  if (timeStart < '12:00') return 'morning';
  if (timeStart < '17:00') return 'afternoon';
  return 'evening';
}

const levelIndex = (l: CourseLevel) => courseLevels.indexOf(l);

export function isLiteracyCourse(c: Pick<Course, 'type' | 'levelFrom'>): boolean {
  return c.type === 'alphabetisierung' || c.levelFrom === 'A0';
}

export function matchesFilter(c: FilterableCourse, f: CourseFilter): boolean {
  if (f.level !== undefined && (levelIndex(f.level) < levelIndex(c.levelFrom) || levelIndex(f.level) > levelIndex(c.levelTo))) return false;
  if (f.place !== undefined && c.placeSlug !== f.place) return false;
  if (f.type !== undefined && c.type !== f.type) return false;
  if (f.time !== undefined && timeOfDay(c.timeStart) !== f.time) return false;
  if (f.day !== undefined && !c.weekdays.includes(f.day)) return false;
  if (f.childcare && !c.childcare) return false;
  if (f.literacy && !isLiteracyCourse(c)) return false;
  if (f.fide && !c.fide) return false;
  if (f.from !== undefined && c.startDate < f.from) return false;
  if (f.maxPrice !== undefined && participantTotal(c) > f.maxPrice) return false;
  return true;
}

/** By start date, then id, so equal dates keep a stable order. */
export function compareCourses(a: Pick<Course, 'startDate' | 'id'>, b: Pick<Course, 'startDate' | 'id'>): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The courses that match, sorted by start date. Does not change `courses`. */
export function filterCourses<C extends FilterableCourse>(courses: readonly C[], filter: CourseFilter): C[] {
  return courses.filter((c) => matchesFilter(c, filter)).sort(compareCourses);
}

export interface ParsedFilter {
  filter: CourseFilter;
  /** Parameters that had a value the finder does not know; they are reset and the page says so. */
  invalid: FilterKey[];
}

const flag = (v: string) => (v === '1' || v === 'true' ? true : undefined);
const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined => (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * Reads a filter from a URL query. Unknown parameters are ignored; a known parameter with an invalid
 * value is left out and reported in `invalid`. Empty values mean "no filter".
 */
export function parseFilterQuery(query: URLSearchParams, knownPlaces: readonly string[]): ParsedFilter {
  const filter: CourseFilter = {};
  const invalid: FilterKey[] = [];
  for (const key of filterKeys) {
    const raw = query.get(key);
    if (raw === null || raw.trim() === '') continue;
    const v = raw.trim();
    let ok = true;
    switch (key) {
      case 'level': { const x = oneOf(courseLevels, v.toUpperCase()); if (x) filter.level = x; else ok = false; break; }
      case 'place': { const x = oneOf(knownPlaces, v.toLowerCase()); if (x) filter.place = x; else ok = false; break; }
      case 'type': { const x = oneOf(courseTypes, v); if (x) filter.type = x; else ok = false; break; }
      case 'time': { const x = oneOf(timesOfDay, v); if (x) filter.time = x; else ok = false; break; }
      case 'day': { const x = oneOf(weekdays, v); if (x) filter.day = x; else ok = false; break; }
      case 'childcare': case 'literacy': case 'fide': { if (flag(v)) filter[key] = true; else ok = false; break; }
      case 'from': { if (isIsoDate(v)) filter.from = v; else ok = false; break; }
      case 'maxPrice': {
        const n = Number(v);
        if (/^\d+(\.\d+)?$/.test(v) && Number.isFinite(n)) filter.maxPrice = n; else ok = false;
        break;
      }
    }
    if (!ok) invalid.push(key);
  }
  return { filter, invalid };
}

/** The query string of a filter, parameters in a fixed order, without "?" (empty for no filter). */
export function filterQueryString(filter: CourseFilter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const v = filter[key];
    if (v === undefined) continue;
    params.set(key, v === true ? '1' : String(v));
  }
  return params.toString();
}
