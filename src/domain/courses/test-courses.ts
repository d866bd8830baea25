// Test helper (not shipped): a valid course with overrides.
import type { Course } from '../schemas/course.ts';

export function course(overrides: Partial<Course> = {}): Course {
  return {
    id: 'test-course', sample: true, provider: 'ECAP Solothurn', type: 'abend-samstag', levelFrom: 'A2', levelTo: 'B1',
    place: 'Olten', placeSlug: 'olten', address: 'Beispielstrasse 1 (Beispieladresse), Olten', weekdays: ['di', 'do'],
    timeStart: '18:30', timeEnd: '20:00', lessonsPerWeek: 4, totalLessons: 80, startDate: '2027-01-11', endDate: '2027-05-28',
    fullPricePerLesson: 17.5, subsidised: true, childcare: false, fide: true, registrationEmail: 'anmeldung@ecap.beispiel.example',
    lastUpdated: '2026-11-23', ...overrides,
  };
}
