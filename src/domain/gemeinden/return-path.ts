/**
 * Where to go after login. Only paths inside the LOGIN area are accepted; anything that could leave the
 * site (`//evil.example`, `/\evil`, `https://…`, encoded tricks) falls back to the start page.
 */
export const DEFAULT_RETURN = '/gemeinden/';

export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300) return DEFAULT_RETURN;
  if (!value.startsWith('/gemeinden/')) return DEFAULT_RETURN;
  if (/[\\\u0000-\u001f\u007f]/.test(value) || value.includes('//') || value.includes('/../') || value.includes('%')) return DEFAULT_RETURN;
  if (value.startsWith('/gemeinden/login/')) return DEFAULT_RETURN;
  try {
    const url = new URL(value, 'https://same.invalid');
    if (url.origin !== 'https://same.invalid') return DEFAULT_RETURN;
    return url.pathname + url.search;
  } catch {
    return DEFAULT_RETURN;
  }
}
