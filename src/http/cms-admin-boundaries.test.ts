// Issue 17: the CMS stays out of everything public, and only /admin/ gets the relaxed CSP.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isSitemapPage } from './sitemap.ts';
import { ADMIN_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, contentSecurityPolicyFor, withSecurityHeaders } from './security-headers.ts';
import { authorizeUrl, cookieValue, decapMessage, popupHtml } from './cms-oauth.ts';

describe('/admin/ boundaries', () => {
  it('is not in the sitemap', () => {
    expect(isSitemapPage(new URL('https://example.org/admin/'), new Set())).toBe(false);
    expect(isSitemapPage(new URL('https://example.org/admin/config.yml'), new Set())).toBe(false);
  });

  it('gets the relaxed CSP only under /admin/, and public/_headers says the same', () => {
    expect(contentSecurityPolicyFor('/admin/')).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/de/themen/wohnen/')).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/administration/')).toBe(CONTENT_SECURITY_POLICY);
    const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    const block = headers.slice(headers.indexOf('\n/admin/*\n'));
    expect(block).toContain('  ! Content-Security-Policy\n');
    expect(block).toContain(`  Content-Security-Policy: ${ADMIN_CONTENT_SECURITY_POLICY}\n`);
    expect(withSecurityHeaders(new Response('x'), '/admin/').headers.get('x-robots-tag')).toMatch(/noindex/);
  });

  it('keeps the nonce CSP of the login popup, and the strict one elsewhere', () => {
    const popup = new Response('x', { headers: { 'content-security-policy': "default-src 'none'; script-src 'nonce-abc'" } });
    expect(withSecurityHeaders(popup, '/api/cms-auth/callback').headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'nonce-abc'");
    expect(withSecurityHeaders(popup, '/api/feedback').headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('CMS GitHub login helpers', () => {
  it('asks GitHub for repo access with our callback and a state', () => {
    const url = new URL(authorizeUrl('client-1', 'https://site.example/api/cms-auth/callback', 'st'));
    expect(url.origin + url.pathname).toBe('https://github.com/login/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: 'client-1', redirect_uri: 'https://site.example/api/cms-auth/callback', scope: 'repo', state: 'st' });
  });
  it('reads the state cookie', () => {
    expect(cookieValue('a=1; cms_oauth_state=xyz; b=2', 'cms_oauth_state')).toBe('xyz');
    expect(cookieValue(null, 'cms_oauth_state')).toBeUndefined();
  });
  it('speaks Decap\'s message protocol and posts only to the site\'s own origin', () => {
    expect(decapMessage({ token: 't' })).toBe('authorization:github:success:{"token":"t","provider":"github"}');
    const html = popupHtml(decapMessage({ token: 't</script>' }), 'https://site.example', 'n1');
    expect(html).toContain('<script nonce="n1">');
    expect(html).not.toContain("'*'");
    expect(html).not.toContain('t</script>');
    expect(popupHtml(decapMessage({ error: 'Kein Zugriff' }), 'https://site.example', 'n')).toContain('Anmeldung nicht möglich: Kein Zugriff');
  });
});
