// Helper for translators: `node scripts/entscheidungstool-i18n.ts` prints the German texts of the tree and the
// offers (the keys of content/entscheidungstool-texts/*.yaml) and the sourceHash of both German sources.
// `node scripts/entscheidungstool-i18n.ts write draft.yaml…` splits drafts { locale, ui: {...}, tree: {...} } (one
// document per locale; `---` separates several) into content/entscheidungstool-ui/{locale}.yaml (merged over the
// existing fixed texts, so a draft may carry only new or changed keys) and content/entscheidungstool-texts/{locale}.yaml
// (complete), and sets both sourceHashes. It refuses a draft that lacks a key: every tool text is required.
import { readFile, writeFile } from 'node:fs/promises';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { toolStringKeys } from '../src/domain/schemas/decision-tool-strings.ts';
import { sourceTexts } from '../src/domain/decision-tree/texts.ts';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';
import { loadOffers, loadTree } from '../tests/support/decision-tree.ts';

const root = new URL('../', import.meta.url);
const german = sourceTexts(loadTree(), loadOffers());
const germanUi = (parse(await readFile(new URL('content/entscheidungstool-ui/de.yaml', root), 'utf8')) as { strings: Record<string, string> }).strings;
const treeHash = await sourceHash(canonicalRecord(german));
const uiHash = await sourceHash(canonicalRecord(germanUi));

if (process.argv[2] === 'write') {
  for (const file of process.argv.slice(3)) {
    for (const doc of parseAllDocuments(await readFile(file, 'utf8'))) {
      const draft = doc.toJS() as { locale: string; ui?: Record<string, string>; tree: Record<string, string> };
      const uiUrl = new URL(`content/entscheidungstool-ui/${draft.locale}.yaml`, root);
      const existing = await readFile(uiUrl, 'utf8').then((t) => (parse(t) as { strings: Record<string, string> }).strings, () => ({}));
      const ui = Object.fromEntries(toolStringKeys.map((k) => [k, draft.ui?.[k] ?? existing[k as keyof typeof existing]]));
      const tree = Object.fromEntries(Object.keys(german).map((k) => [k, draft.tree[k]]));
      const missing = [...Object.entries(ui), ...Object.entries(tree)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      const extra = Object.keys(draft.tree).filter((k) => !(k in german));
      if (missing.length > 0 || extra.length > 0) {
        console.error(`${draft.locale}: missing ${missing.join(', ') || '-'}; unknown ${extra.join(', ') || '-'}`);
        process.exitCode = 1;
        continue;
      }
      const header = (what: string) => `# ${what} in ${draft.locale}: machine-assisted draft from the German source, not yet reviewed.\n`;
      const body = (hash: string, strings: Record<string, string>) =>
        stringify({ locale: draft.locale, status: 'draft', sourceHash: hash, strings }, { lineWidth: 0 });
      await writeFile(uiUrl, header('Fixed texts of the Entscheidungstool') + body(uiHash, ui as Record<string, string>));
      await writeFile(new URL(`content/entscheidungstool-texts/${draft.locale}.yaml`, root), header('Questions, answers, results and offer summaries of the Entscheidungstool') + body(treeHash, tree as Record<string, string>));
      console.log(`wrote ${draft.locale}`);
    }
  }
} else {
  console.log(`ui sourceHash: ${uiHash}\ntree sourceHash: ${treeHash}`);
  for (const [k, v] of Object.entries(german)) console.log(`${k}: ${v}`);
}
