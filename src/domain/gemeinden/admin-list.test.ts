import { describe, expect, it } from 'vitest';
import { adminHref, likePattern, pageCount, parseAdminQuery } from './admin-list.ts';

const parse = (qs: string) => parseAdminQuery(new URLSearchParams(qs));

describe('admin order list query', () => {
  it('reads search, status and page', () => {
    expect(parse('q=%20Zuchwil%20&status=versandt&seite=3')).toEqual({ q: 'Zuchwil', status: 'versandt', page: 3 });
  });
  it('drops an unknown status, a bad page and control characters', () => {
    expect(parse('status=kaputt&seite=-1&q=a%00b')).toEqual({ q: 'ab', status: undefined, page: 1 });
    expect(parse('seite=1.5').page).toBe(1);
    expect(parse(`q=${'x'.repeat(300)}`).q).toHaveLength(100);
  });
  it('writes links with only what differs from the default', () => {
    expect(adminHref({ q: '', status: undefined, page: 1 })).toBe('/gemeinden/admin/');
    expect(adminHref({ q: 'B-12', status: 'eingegangen', page: 2 }, { gespeichert: 'B-1' }, '#order-B-1'))
      .toBe('/gemeinden/admin/?q=B-12&status=eingegangen&seite=2&gespeichert=B-1#order-B-1');
  });
  it('takes % and _ in a search literally', () => {
    expect(likePattern('50%_a\\')).toBe('%50\\%\\_a\\\\%');
  });
  it('counts pages', () => {
    expect([pageCount(0), pageCount(50), pageCount(51), pageCount(500)]).toEqual([1, 1, 2, 10]);
  });
});
