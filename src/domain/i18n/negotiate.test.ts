import { describe, expect, it } from 'vitest';
import { negotiateLocale, parseAcceptLanguage } from './negotiate.ts';

describe('parseAcceptLanguage', () => {
  it('orders by weight and keeps the reader order for equal weights', () => {
    expect(parseAcceptLanguage('fr;q=0.5, ar, en;q=0.8, ti')).toEqual(['ar', 'ti', 'en', 'fr']);
  });

  it('drops wildcards, zero weights and malformed parts', () => {
    expect(parseAcceptLanguage('*, de;q=0, <script>, en;q=abc, it;q=2, ro')).toEqual(['ro']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });
});

describe('negotiateLocale', () => {
  it('picks the best portal language for the browser languages', () => {
    expect(negotiateLocale('ar-SY,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(negotiateLocale('fa-AF')).toBe('prs');
    expect(negotiateLocale('fa-IR')).toBe('fa');
    expect(negotiateLocale('zh-CN,zh;q=0.9')).toBe('zh');
    expect(negotiateLocale('de-DE')).toBe('de');
    expect(negotiateLocale('fr-FR, de;q=0.1')).toBe('fr');
    expect(negotiateLocale('ti-ER')).toBe('ti');
  });

  it('falls back to German for unknown, empty or hostile headers', () => {
    expect(negotiateLocale('ja-JP')).toBe('de');
    expect(negotiateLocale('')).toBe('de');
    expect(negotiateLocale(undefined)).toBe('de');
    expect(negotiateLocale('x'.repeat(5000))).toBe('de');
  });
});
