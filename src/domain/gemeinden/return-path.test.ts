import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps paths inside the LOGIN area', () => {
    expect(safeReturnPath('/gemeinden/bestellungen/')).toBe('/gemeinden/bestellungen/');
    expect(safeReturnPath('/gemeinden/admin/?status=versandt')).toBe('/gemeinden/admin/?status=versandt');
  });
  it.each([
    'https://evil.example/', '//evil.example/gemeinden/', '/\\evil.example', '/gemeinden//evil.example',
    '/gemeinden/%2F%2Fevil', 'javascript:alert(1)', '/de/', '/gemeinden/../api/x', '/gemeinden/login/', '', undefined, 42,
  ])('falls back to the start page for %s', (value) => {
    expect(safeReturnPath(value)).toBe('/gemeinden/');
  });
});
