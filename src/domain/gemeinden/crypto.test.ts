import { describe, expect, it } from 'vitest';
import { isTokenShaped, randomToken, sha256Hex } from './crypto.ts';

describe('tokens', () => {
  it('are 43 base64url characters and different each time', () => {
    const a = randomToken();
    expect(isTokenShaped(a)).toBe(true);
    expect(randomToken()).not.toBe(a);
  });
  it('rejects other shapes', () => {
    expect(isTokenShaped('abc')).toBe(false);
    expect(isTokenShaped(`${randomToken()}x`)).toBe(false);
    expect(isTokenShaped('a'.repeat(42) + '=')).toBe(false);
    expect(isTokenShaped(42)).toBe(false);
  });
  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
