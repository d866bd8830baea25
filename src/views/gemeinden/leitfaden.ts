// Texts of the Gesprächsleitfaden (LOGIN area, German) that depend on the state of the translations.

export interface TranslationState {
  status: 'source' | 'draft' | 'reviewed';
  fallbackToGerman: boolean;
  /** A translation made from an older German page. */
  stale: boolean;
}

/**
 * The state of one language's guide for the counsellor, e.g. "12 Themen: 12 maschinell übersetzt (Entwurf, noch
 * nicht geprüft)", and how many translations are older than their German page ("; 2 davon nicht mehr aktuell …").
 */
export function translationState(topics: readonly TranslationState[]): string {
  const count = (f: (t: TranslationState) => boolean) => topics.filter(f).length;
  const german = count((t) => t.fallbackToGerman);
  const reviewed = count((t) => !t.fallbackToGerman && t.status === 'reviewed');
  const draft = count((t) => !t.fallbackToGerman && t.status === 'draft');
  const stale = count((t) => !t.fallbackToGerman && t.stale);
  const themes = topics.length === 1 ? '1 Thema' : `${topics.length} Themen`;
  if (reviewed + draft + german === 0) return `${themes}: deutscher Ausgangstext`;
  const parts = [
    reviewed > 0 ? `${reviewed} übersetzt und geprüft` : '',
    draft > 0 ? `${draft} maschinell übersetzt (Entwurf, noch nicht geprüft)` : '',
    german > 0 ? `${german} noch nicht übersetzt (auf Deutsch)` : '',
  ];
  const staleNote = stale > 0 ? `; ${stale} davon nicht mehr aktuell (die deutsche Seite wurde seither geändert)` : '';
  return `${themes}: ${parts.filter(Boolean).join(', ')}${staleNote}`;
}
