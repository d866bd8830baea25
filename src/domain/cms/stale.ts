/**
 * What the CMS preview of a German topic tells the editor: which translations are stale with the text as it is
 * in the form (their sourceHash differs from the hash of the German title, summary and body).
 */
export function staleLocales(germanHash: string, translationHashes: Readonly<Record<string, string>>): string {
  const all = Object.keys(translationHashes).sort();
  const stale = all.filter((l) => translationHashes[l] !== germanHash);
  if (all.length === 0) return 'Diese Seite hat noch keine Übersetzungen.';
  if (stale.length === 0) return `Alle ${all.length} Übersetzungen passen zu diesem deutschen Text.`;
  return `Veraltet mit diesem deutschen Text (${stale.length} von ${all.length} Sprachen): ${stale.join(', ')}. `
    + 'Nach dem Speichern zeigen diese Sprachen einen Hinweis, bis die Übersetzung nachgeführt ist (npm run i18n:export -- --only stale).';
}
