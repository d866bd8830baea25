import { describe, expect, it } from 'vitest';
import { errorLocale, errorPagePath, statusOfErrorPagePath } from './error-pages.ts';

describe('errorLocale', () => {
  it('prefers an explicit locale, then the path, then the browser languages', () => {
    expect(errorLocale('/de/x/', 'ar', 'ti')).toBe('ti');
    expect(errorLocale('/fa/x/', 'ar', null)).toBe('fa');
    expect(errorLocale('/xx/foo', 'ar,en;q=0.5', null)).toBe('ar');
    expect(errorLocale('/xx/foo', null, 'klingon')).toBe('de');
  });
});

describe('statusOfErrorPagePath', () => {
  it('knows the localized error pages and nothing else', () => {
    expect(statusOfErrorPagePath('/ar/404/')).toBe(404);
    expect(statusOfErrorPagePath('/de/503/')).toBe(503);
    expect(statusOfErrorPagePath('/de/500/')).toBeUndefined();
    expect(statusOfErrorPagePath('/xx/404/')).toBeUndefined();
    expect(statusOfErrorPagePath('/de/themen/404/')).toBeUndefined();
  });

  it('round-trips with errorPagePath', () => {
    expect(statusOfErrorPagePath(errorPagePath('ckb', 400))).toBe(400);
  });
});
