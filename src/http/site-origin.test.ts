import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_ORIGIN, resolveSiteOrigin, SiteOriginMissing } from './site-origin.ts';

describe('resolveSiteOrigin', () => {
  it('takes the configured origin', () => {
    expect(resolveSiteOrigin('https://integration.so.ch', false)).toBe('https://integration.so.ch');
    expect(resolveSiteOrigin('https://integration.so.ch/', true)).toBe('https://integration.so.ch');
  });

  it('falls back to the local origin only in local development', () => {
    expect(resolveSiteOrigin(undefined, true)).toBe(LOCAL_SITE_ORIGIN);
    expect(() => resolveSiteOrigin(undefined, false)).toThrow(SiteOriginMissing);
    expect(() => resolveSiteOrigin('', false)).toThrow(SiteOriginMissing);
  });

  it('refuses a value that is not an origin', () => {
    for (const bad of ['integration.so.ch', 'https://integration.so.ch/gemeinden/', 'javascript:alert(1)']) {
      expect(() => resolveSiteOrigin(bad, true), bad).toThrow(SiteOriginMissing);
    }
  });
});
