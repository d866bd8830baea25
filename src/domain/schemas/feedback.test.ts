import { describe, expect, it } from 'vitest';
import { feedbackSchema } from './feedback.ts';
import { fieldErrors } from '../validation.ts';

describe('feedbackSchema', () => {
  it('accepts an answer about a page of the same language', () => {
    expect(feedbackSchema.parse({ locale: 'ar', page: '/ar/themen/', helpful: 'no' })).toEqual({ locale: 'ar', page: '/ar/themen/', helpful: 'no' });
  });

  it.each([
    [{ locale: 'xx', page: '/xx/', helpful: 'yes' }, 'locale'],
    [{ locale: 'de', page: '/ar/', helpful: 'yes' }, 'page'],
    [{ locale: 'de', page: 'https://evil.example/', helpful: 'yes' }, 'page'],
    [{ locale: 'de', page: '/de/<script>/', helpful: 'yes' }, 'page'],
    [{ locale: 'de', page: `/de/${'a/'.repeat(120)}`, helpful: 'yes' }, 'page'],
    [{ locale: 'de', page: '/de/', helpful: 'maybe' }, 'helpful'],
    [{ locale: 'de', page: '/de/' }, 'helpful'],
  ])('rejects %j at field %s', (input, field) => {
    const result = feedbackSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrors(result.error))).toContain(field);
  });

  it('rejects extra fields', () => {
    expect(feedbackSchema.safeParse({ locale: 'de', page: '/de/', helpful: 'yes', email: 'a@b.c' }).success).toBe(false);
  });
});
