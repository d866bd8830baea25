import { describe, expect, it } from 'vitest';
import { isGuardedPath, judgePath } from './path.ts';

describe('judgePath', () => {
  it.each([
    ['/gemeinden/admin/', '/gemeinden/admin/', true],
    ['/%67emeinden/infomails.json', '/gemeinden/infomails.json', false],
    ['/gemeinden//admin/', '/gemeinden/admin/', false],
    ['//gemeinden/admin/', '/gemeinden/admin/', false],
    ['/Gemeinden/Admin/', '/gemeinden/admin/', false],
    ['/gemeinden/login/../admin/', '/gemeinden/admin/', false],
    ['/gemeinden/./admin/', '/gemeinden/admin/', false],
    ['/gemeinden/admin/..', '/gemeinden/', false],
    ['/', '/', true],
    ['/de/themen/', '/de/themen/', true],
  ])('%s → %s', (raw, path, canonical) => {
    expect(judgePath(raw)).toEqual({ ok: true, path, canonical });
  });

  it.each(['/gemeinden%2fadmin/', '/gemeinden/login/..%2fadmin/', '/gemeinden/login/%2e%2e/admin/', '/gemeinden%5cadmin/', '/gemeinden%2Fadmin/'])(
    'refuses the encoded separator in %s', (raw) => {
      expect(judgePath(raw)).toEqual({ ok: false, reason: 'encoded-separator' });
    });

  it.each([
    ['/gemeinden/%E0%A4%A/', '/gemeinden/%e0%a4%a/'],
    ['/%67emeinden/%ff/', '/gemeinden/%ff/'],
    ['/gemeinden/%00admin/', '/gemeinden/\u0000admin/'],
    ['/de/entscheidungstool/handout/%E0%A4%A/', '/de/entscheidungstool/handout/%e0%a4%a/'],
  ])('finds the bad encoding in %s, with the path as far as it decodes', (raw, path) => {
    expect(judgePath(raw)).toEqual({ ok: false, reason: 'bad-encoding', path });
  });

  it('knows the guarded areas', () => {
    expect(['/gemeinden', '/gemeinden/', '/gemeinden/admin/', '/dev/mailbox/'].every(isGuardedPath)).toBe(true);
    expect(['/', '/de/', '/gemeindenx/', '/api/orders', '/developer/'].some(isGuardedPath)).toBe(false);
  });
});
