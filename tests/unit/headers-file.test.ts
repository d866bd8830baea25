// public/_headers (static files) and the middleware (everything else) must send the same headers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/http/security-headers.ts';

function headersFor(pattern: string): Record<string, string> {
  const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) { inBlock = line.trim() === pattern; continue; }
    if (inBlock) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

describe('public/_headers', () => {
  it('sends exactly the security headers of src/http/security-headers.ts on every path', () => {
    expect(headersFor('/*')).toEqual(SECURITY_HEADERS);
  });

  it('forbids inline scripts and framing', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
