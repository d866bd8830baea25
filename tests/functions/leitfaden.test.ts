// The guard of /gemeinden/ in front of the Gesprächsleitfaden, against the server. What the build puts in
// dist/ for it is checked in tests/gates/leitfaden.test.ts.
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');

describe('guard in front of the Gesprächsleitfaden', () => {
  it.each(['/gemeinden/leitfaden/', '/gemeinden/leitfaden/ti/', '/gemeinden/leitfaden/ar/'])('%s without a session redirects to the login', async (path) => {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/gemeinden/login/?return=${encodeURIComponent(path)}`);
    expect(await res.text()).not.toContain('guide-topic');
  });
});
