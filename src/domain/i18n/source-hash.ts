/**
 * Fingerprint of a German source text. A translation stores the fingerprint of the German it was
 * made from; when the German changes, the fingerprints differ and the translation is stale.
 * Web Crypto, so the same code runs at build time (Node) and in Pages Functions (workerd).
 */
export async function sourceHash(source: string): Promise<string> {
  const bytes = new TextEncoder().encode(source.normalize('NFC'));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Canonical text of a flat record of strings: key order does not change the hash. */
export function canonicalRecord(record: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]));
}
