// The courses the build publishes: every valid file of content/deutschkurse/ whose end date has not
// passed on the build date (env BUILD_DATE=YYYY-MM-DD, default today in Switzerland), sorted by start.
import { getCollection } from 'astro:content';
import type { Course } from '../domain/schemas/course.ts';
import { buildDate, currentCourses } from '../domain/courses/visibility.ts';
import { compareCourses } from '../domain/courses/filter.ts';
import type { CourseUiStringKey } from '../domain/schemas/course-ui-strings.ts';
import { stringsFor } from './ui-strings.ts';

let cached: Promise<Course[]> | undefined;

export function publishedCourses(): Promise<Course[]> {
  cached ??= getCollection('deutschkurse').then((entries) =>
    currentCourses(entries.map((e) => e.data as Course), buildDate(process.env['BUILD_DATE'])).sort(compareCourses));
  return cached;
}

export const courseStrings = (locale: string) => stringsFor<CourseUiStringKey>('deutschkurseUi', locale);

/** Sources of the facts the catalogue states (subsidy, who may attend, fide levels). */
export const courseSources = [
  'https://so.ch/verwaltung/departement-des-innern/amt-fuer-gesellschaft-und-soziales/integration-und-gleichstellung/integrationsfoerderung/deutsch-integrationskurse',
  'https://sozialhilfehandbuch.so.ch/praxis-sozialhilfe/massnahmen-integration/allgemeines/deutsch-integrationskurse',
  'https://fide-admin.ch/de/gesetzliche-sprachanforderungen/aufenthalt-und-einbuergerung',
  'https://fide-admin.ch/de/sprachkurse/label',
] as const;
