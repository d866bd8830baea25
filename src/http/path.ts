/**
 * The path a request really asks for, judged the way the asset server will serve it: percent-decoded,
 * `//` collapsed, `.`/`..` resolved, lower case. Guards decide on this path, never on the raw one
 * (`/%67emeinden/` and `/gemeinden//admin/` are the same files as `/gemeinden/` and `/gemeinden/admin/`).
 */
export type PathVerdict =
  | { ok: true; path: string; canonical: boolean }
  | { ok: false; reason: 'encoded-separator' }
  /** `path`: decoded as far as it goes (ASCII escapes only), so a caller can tell whether it is guarded. */
  | { ok: false; reason: 'bad-encoding'; path: string };

// An encoded slash, backslash or dot can only serve to hide a path from a guard: no page of ours needs one.
const ENCODED_SEPARATOR = /%(?:2f|5c|2e)/i;

export function judgePath(rawPath: string): PathVerdict {
  if (ENCODED_SEPARATOR.test(rawPath)) return { ok: false, reason: 'encoded-separator' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    decoded = '';
  }
  if (!decoded || /[\\\u0000-\u001f\u007f]/.test(decoded)) {
    const lenient = rawPath.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return { ok: false, reason: 'bad-encoding', path: normalise(lenient) };
  }
  const path = normalise(decoded);
  return { ok: true, path, canonical: path === rawPath };
}

/** `//` collapsed, `.`/`..` resolved, lower case. */
function normalise(decoded: string): string {
  const out: string[] = [];
  const segments = decoded.split('/');
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '..') out.pop();
    if (segment === '.' || segment === '..') {
      if (last) out.push('');
      return;
    }
    if (segment === '' && !last) return;
    out.push(segment);
  });
  return `/${out.join('/')}`.toLowerCase();
}

/** True for the LOGIN area (and its files) and the dev-only pages: paths a guard protects. */
export function isGuardedPath(normalisedPath: string): boolean {
  return normalisedPath === '/gemeinden' || normalisedPath.startsWith('/gemeinden/')
    || normalisedPath === '/dev' || normalisedPath.startsWith('/dev/');
}
