/**
 * A source URL as readers see it in a page's footer: the site's name and, when the site is cited for more
 * than its home page, the last part of the path, shortened. A 150-character so.ch address becomes
 * "so.ch › deutsch-integrationskurse"; the link itself keeps the full address.
 */
export function sourceLabel(url: string, maxPathChars = 40): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const site = parsed.hostname.replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const last = segments.at(-1);
  if (last === undefined) return site;
  let tail = safeDecode(last).replace(/\.(html?|php|aspx?)$/i, '');
  if (tail.length > maxPathChars) tail = `${tail.slice(0, maxPathChars - 1)}…`;
  return `${site} › ${tail}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
