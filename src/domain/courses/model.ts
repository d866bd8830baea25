/**
 * The fixed vocabulary of a course and the canton's price rule, without zod: the finder's browser
 * script imports this (and filter.ts), so it must stay a few lines of plain code.
 * The zod schema (src/domain/schemas/course.ts) builds on these lists.
 */
export const courseTypes = ['intensiv', 'alphabetisierung', 'abend-samstag', 'zertifikat', 'elternkurs'] as const;
export type CourseType = (typeof courseTypes)[number];

/** Levels in order; A0 is "A0 / Alpha" (no German yet, or learning to read and write). */
export const courseLevels = ['A0', 'A1', 'A2', 'B1'] as const;
export type CourseLevel = (typeof courseLevels)[number];

export const weekdays = ['mo', 'di', 'mi', 'do', 'fr', 'sa'] as const;
export type Weekday = (typeof weekdays)[number];

/** Participant's price per lesson of a subsidised course (facts.md: CHF 3 Alphabetisierung, CHF 7 others). */
export function subsidisedPricePerLesson(type: CourseType): number {
  return type === 'alphabetisierung' ? 3 : 7;
}

interface Priced { type: CourseType; subsidised: boolean; fullPricePerLesson: number }

/** What a participant pays per lesson: the subsidised rate, or the full price when the canton does not subsidise. */
export function participantPricePerLesson(c: Priced): number {
  return c.subsidised ? subsidisedPricePerLesson(c.type) : c.fullPricePerLesson;
}

export function participantTotal(c: Priced & { totalLessons: number }): number {
  return participantPricePerLesson(c) * c.totalLessons;
}

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
