import { describe, expect, it } from 'vitest';
import { isLocalDevRequest, isLoopbackAddress, isLoopbackRequest } from './local-request.ts';

const req = (url: string, ip?: string) => new Request(url, { headers: ip ? { 'cf-connecting-ip': ip } : {} });

describe('loopback requests', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '203.0.113.5', '', null, '127.0.0.1.evil'].some(isLoopbackAddress)).toBe(false);
  });

  it('needs both a loopback client and a loopback host', () => {
    expect(isLoopbackRequest(req('http://127.0.0.1:8788/dev/mailbox/', '127.0.0.1'))).toBe(true);
    expect(isLoopbackRequest(req('http://127.0.0.1:8788/dev/mailbox/', '203.0.113.5'))).toBe(false);
    expect(isLoopbackRequest(req('http://127.0.0.1:8788/dev/mailbox/'))).toBe(false);
    expect(isLoopbackRequest(req('https://integration.so.ch/dev/mailbox/', '127.0.0.1'))).toBe(false);
  });

  it('is local development only with DEV_MAILBOX=1 as well', () => {
    const local = req('http://127.0.0.1:8788/', '127.0.0.1');
    expect(isLocalDevRequest({ DEV_MAILBOX: '1' }, local)).toBe(true);
    expect(isLocalDevRequest({}, local)).toBe(false);
    expect(isLocalDevRequest({ DEV_MAILBOX: '1' }, req('https://integration.so.ch/', '203.0.113.5'))).toBe(false);
  });
});
