import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes the date the reader’s way', () => {
    expect(formatDate('2026-11-23', 'de')).toBe('23. November 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2026-01-05', 'fr')).toBe('5 janvier 2026');
  });

  it('keeps the calendar day regardless of the time zone of the build machine', () => {
    expect(formatDate('2026-03-29', 'de')).toContain('29.');
  });

  it('uses the script of the language, and the Gregorian calendar for Dari and Pashto too', () => {
    expect(formatDate('2026-11-23', 'ar')).toMatch(/نوفمبر|تشرين/);
    expect(formatDate('2026-11-23', 'prs')).toMatch(/2026|۲۰۲۶/);
    expect(formatDate('2026-11-23', 'ps')).toMatch(/2026|۲۰۲۶/);
  });

  it('rejects anything that is not a calendar date', () => {
    expect(() => formatDate('23.11.2026', 'de')).toThrow(/YYYY-MM-DD/);
  });
});
