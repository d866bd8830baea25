import { z } from 'zod';
import {
  courseLevels, courseTypes, isIsoDate, participantPricePerLesson, participantTotal, subsidisedPricePerLesson, weekdays,
  type CourseLevel, type CourseType, type Weekday,
} from '../courses/model.ts';

/**
 * One Deutsch-Integrationskurs (`content/deutschkurse/{id}.yaml`). Provider data (names, places,
 * addresses) stays as the provider gives it; only the fixed labels (course types, levels, weekdays)
 * are translated. Subsidised prices follow the canton's rule (facts.md §2 Deutsch-Integrationskurse):
 * CHF 3 per lesson for Alphabetisierung, CHF 7 per lesson for every other course (src/domain/courses/model.ts).
 */
export { courseLevels, courseTypes, weekdays, participantPricePerLesson, participantTotal, subsidisedPricePerLesson };
export type { CourseLevel, CourseType, Weekday };

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isIsoDate, 'is not a calendar date');

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');

export const courseSchema = z
  .strictObject({
    id: slugSchema.max(80),
    /** Sample data, not a real course: every page that shows it says so. */
    sample: z.boolean(),
    provider: z.string().trim().min(1),
    type: z.enum(courseTypes),
    levelFrom: z.enum(courseLevels),
    levelTo: z.enum(courseLevels),
    place: z.string().trim().min(1),
    placeSlug: slugSchema,
    address: z.string().trim().min(1),
    weekdays: z.array(z.enum(weekdays)).min(1).refine((d) => new Set(d).size === d.length, 'lists a weekday twice'),
    timeStart: timeSchema,
    timeEnd: timeSchema,
    lessonsPerWeek: z.number().int().min(1).max(20),
    totalLessons: z.number().int().min(1).max(1000),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** Full price per lesson in CHF, before the canton's share. */
    fullPricePerLesson: z.number().min(0, 'must not be negative'),
    /** The canton subsidises the course: the participant pays CHF 3 or 7 per lesson. */
    subsidised: z.boolean(),
    childcare: z.boolean(),
    fide: z.boolean(),
    registrationUrl: z.url({ protocol: /^https$/ }).optional(),
    registrationEmail: z.email().optional(),
    lastUpdated: isoDateSchema,
  })
  .superRefine((c, ctx) => {
    if (courseLevels.indexOf(c.levelTo) < courseLevels.indexOf(c.levelFrom)) {
      ctx.addIssue({ code: 'custom', path: ['levelTo'], message: 'must not be below levelFrom' });
    }
    if (c.endDate < c.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    if (c.timeEnd <= c.timeStart) ctx.addIssue({ code: 'custom', path: ['timeEnd'], message: 'must be after timeStart' });
    if (c.registrationUrl === undefined && c.registrationEmail === undefined) {
      ctx.addIssue({ code: 'custom', path: ['registrationUrl'], message: 'a course needs a registration link or e-mail' });
    }
  });

export type Course = z.infer<typeof courseSchema>;
