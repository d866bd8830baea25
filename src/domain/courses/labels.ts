/** Reader-facing labels of a course from the translated fixed texts; provider data stays as given. */
import { format } from '../i18n/ui.ts';
import type { CourseUiStrings } from '../schemas/course-ui-strings.ts';
import { participantPricePerLesson, participantTotal, type Course, type CourseLevel, type CourseType, type Weekday } from '../schemas/course.ts';
import { timesOfDay, type TimeOfDay } from './filter.ts';

const typeKeys = {
  intensiv: 'typeIntensiv', alphabetisierung: 'typeAlphabetisierung', 'abend-samstag': 'typeAbendSamstag',
  zertifikat: 'typeZertifikat', elternkurs: 'typeElternkurs',
} as const satisfies Record<CourseType, keyof CourseUiStrings>;
const dayKeys = { mo: 'dayMo', di: 'dayDi', mi: 'dayMi', do: 'dayDo', fr: 'dayFr', sa: 'daySa' } as const satisfies Record<Weekday, keyof CourseUiStrings>;
const timeKeys = { morning: 'timeMorning', afternoon: 'timeAfternoon', evening: 'timeEvening' } as const satisfies Record<TimeOfDay, keyof CourseUiStrings>;

export const typeLabel = (s: CourseUiStrings, t: CourseType) => s[typeKeys[t]];
export const dayLabel = (s: CourseUiStrings, d: Weekday) => s[dayKeys[d]];
export const timeLabel = (s: CourseUiStrings, t: TimeOfDay) => s[timeKeys[t]];
export const allTimesOfDay = timesOfDay;
export const levelLabel = (s: CourseUiStrings, l: CourseLevel) => (l === 'A0' ? s.levelA0 : l);

/** "A2–B1", or "A1" when the course has one level. */
export function levelRangeLabel(s: CourseUiStrings, c: Pick<Course, 'levelFrom' | 'levelTo'>): string {
  return c.levelFrom === c.levelTo ? levelLabel(s, c.levelFrom) : `${levelLabel(s, c.levelFrom)}–${levelLabel(s, c.levelTo)}`;
}

/** CHF amounts as Swiss price lists write them: 7, 17.50, 1'050. Digits stay Latin in every language. */
export function chf(amount: number): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  const [whole, cents] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2019');
  return cents === undefined ? grouped : `${grouped}.${cents}`;
}

export function courseTitle(s: CourseUiStrings, c: Pick<Course, 'type' | 'levelFrom' | 'levelTo' | 'place'>): string {
  return format(s.cardTitle, { type: typeLabel(s, c.type), level: levelRangeLabel(s, c), place: c.place });
}

export function scheduleLabel(s: CourseUiStrings, c: Pick<Course, 'weekdays' | 'timeStart' | 'timeEnd'>): string {
  return `${c.weekdays.map((d) => dayLabel(s, d)).join(', ')}, ${c.timeStart}–${c.timeEnd}`;
}

export function priceLabel(s: CourseUiStrings, c: Pick<Course, 'type' | 'subsidised' | 'fullPricePerLesson' | 'totalLessons'>): string {
  const values = { perLesson: chf(participantPricePerLesson(c)), total: chf(participantTotal(c)), full: chf(c.fullPricePerLesson) };
  return format(c.subsidised ? s.priceSubsidised : s.priceFull, values);
}

/** Places that have courses, as [slug, name], sorted by name. */
export function placesOf(courses: readonly Pick<Course, 'place' | 'placeSlug'>[]): [string, string][] {
  const map = new Map<string, string>();
  for (const c of courses) if (!map.has(c.placeSlug)) map.set(c.placeSlug, c.place);
  return [...map].sort((a, b) => a[1].localeCompare(b[1], 'de'));
}
