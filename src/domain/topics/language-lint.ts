/**
 * Plain-language check for German newcomer pages (`npm run lint:language`): flags sentences with
 * too many words and very long words. Official terms that the pages explain once are allowed.
 */
export interface LintOptions {
  /** Most words a sentence may have. */
  maxSentenceWords: number;
  /** Most letters a word (or each part of a hyphenated word) may have, unless it is an allowed term. */
  maxWordLength: number;
  /** Official names and terms the pages explain; compared without case. */
  allowedLongWords: readonly string[];
  /** Abbreviations a reader knows without explanation (EU); every other one must be explained on its page. */
  knownAbbreviations?: readonly string[];
}

/** Thresholds that the current German pages meet; tighten them when the texts allow it. */
export const defaultLintOptions: LintOptions = {
  maxSentenceWords: 14,
  maxWordLength: 20,
  allowedLongWords: [
    'Erstinformationsgespräch', 'Erstinformationsgespräche', 'Integrationsvereinbarung', 'Arbeitsintegrationsangebote',
    'Berufsvorbereitungsjahr', 'Erwachsenenbildungszentrum', 'Arbeitsmarktintegration', 'Integrationsförderung',
    'Berufsbildungszentrum',
  ],
  // Known to every reader, or names of organisations (HEKS Linguadukt, ECAP, ZBA Basel) that are not decoded.
  // Names and everyday words rather than short forms to explain: AA is a conformance level of WCAG (the page names
  // WCAG), IP only occurs in "IP-Adresse".
  knownAbbreviations: ['EU', 'EFTA', 'CHF', 'SMS', 'PDF', 'App', 'HEKS', 'ECAP', 'ZBA', 'AA', 'IP'],
};

export interface LintIssue {
  /** Line in the body (1-based). */
  line: number;
  kind: 'sentence' | 'word' | 'abbreviation';
  message: string;
}

/** Markdown body → lines of plain text (links reduced to their text, tags, table rules and markers removed). */
function plainLines(body: string): string[] {
  return body.split('\n').map((line) => line
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s*\|?\s*-{3,}.*$/, ' ')
    .replace(/\|/g, '. ')
    .replace(/^\s*(#{1,6}|[-*]|\d+\.)\s+/, '')
    .replace(/[*_`]/g, ''));
}

export function lintGerman(body: string, options: LintOptions = defaultLintOptions): LintIssue[] {
  return [...lintSentencesAndWords(body, options), ...unexplainedAbbreviations(body, options.knownAbbreviations)];
}

function lintSentencesAndWords(body: string, options: LintOptions): LintIssue[] {
  const allowed = new Set(options.allowedLongWords.map((w) => w.toLowerCase()));
  const issues: LintIssue[] = [];
  plainLines(body).forEach((text, i) => {
    const line = i + 1;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > options.maxSentenceWords) {
        issues.push({ line, kind: 'sentence', message: `sentence has ${words.length} words (max ${options.maxSentenceWords}): "${sentence.trim()}"` });
      }
    }
    for (const word of text.match(/[\p{L}][\p{L}\p{N}.'’-]*/gu) ?? []) {
      const clean = word.replace(/[.'’-]+$/, '');
      if (allowed.has(clean.toLowerCase())) continue;
      const longest = clean.split(/[-.]/).reduce((a, p) => Math.max(a, p.length), 0);
      if (longest > options.maxWordLength) {
        issues.push({ line, kind: 'word', message: `long word (${longest} letters, max ${options.maxWordLength}): "${clean}" — split it (Deutsch-Kurs) or add it to the explained terms` });
      }
    }
  });
  return issues;
}

/** An abbreviation: a word of 2 to 6 letters with at least two capitals (EFZ, RAV, DaZ, SBFI). */
const abbreviationRe = /(?<![\p{L}\p{N}])(?=(?:\p{Lu}[\p{Ll}]?){2})[\p{Lu}][\p{L}]{1,5}(?![\p{L}\p{N}])/gu;

/**
 * Abbreviations the page uses without explaining them. Explained means: somewhere on the page the
 * abbreviation is followed by "heisst" or "bedeutet" ("EFZ heisst: …"), stands in brackets after its long
 * form ("Fähigkeitszeugnis (EFZ)"), or follows "kurz" ("heisst kurz INVOL"). One finding per abbreviation,
 * at its first use.
 */
export function unexplainedAbbreviations(body: string, known: readonly string[] = defaultLintOptions.knownAbbreviations ?? []): LintIssue[] {
  const lines = plainLines(body);
  const all = lines.join('\n');
  const seen = new Set<string>(known);
  const issues: LintIssue[] = [];
  lines.forEach((text, i) => {
    for (const m of text.matchAll(abbreviationRe)) {
      const abbr = m[0];
      if (seen.has(abbr)) continue;
      seen.add(abbr);
      const a = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const explained = new RegExp(`(?:^|[^\\p{L}])${a}(?:-\\p{L}+)?:?\\s+(?:heisst|bedeutet|ist)\\b|\\(${a}\\)|\\bkurz\\s+${a}(?![\\p{L}])`, 'u').test(all);
      if (!explained) {
        issues.push({ line: i + 1, kind: 'abbreviation', message: `abbreviation "${abbr}" is not explained on this page — write "${abbr} heisst: …" or "long form (${abbr})" the first time` });
      }
    }
  });
  return issues;
}
