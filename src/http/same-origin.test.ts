import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './same-origin.ts';

const req = (headers: Record<string, string>) => new Request('https://integration.so.ch/api/x', { method: 'POST', headers });

describe('isCrossSiteRequest', () => {
  it('accepts our own origin and clients without browser headers', () => {
    expect(isCrossSiteRequest(req({ origin: 'https://integration.so.ch', 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSiteRequest(req({}))).toBe(false);
  });

  it('rejects other origins, sibling sites and the opaque origin', () => {
    expect(isCrossSiteRequest(req({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: 'http://integration.so.ch' }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: 'null' }))).toBe(true);
    expect(isCrossSiteRequest(req({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSiteRequest(req({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
  });
});
