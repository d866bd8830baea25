// Helper for translators: `node scripts/entscheidungstool-i18n.ts` prints the German texts of the tree and the
// offers (the keys of content/entscheidungstool-texts/*.yaml) and the sourceHash of both German sources.
// `node scripts/entscheidungstool-i18n.ts write draft.yaml` splits a draft { ui: {...}, tree: {...} } for
// one locale into content/entscheidungstool-ui/{locale}.yaml and content/entscheidungstool-texts/{locale}.yaml.
import { readFile, writeFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { sourceTexts } from '../src/domain/decision-tree/texts.ts';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';
import { loadOffers, loadTree } from '../tests/support/decision-tree.ts';

const root = new URL('../', import.meta.url);
const german = sourceTexts(loadTree(), loadOffers());
const germanUi = (parse(await readFile(new URL('content/entscheidungstool-ui/de.yaml', root), 'utf8')) as { strings: Record<string, string> }).strings;
const treeHash = await sourceHash(canonicalRecord(german));
const uiHash = await sourceHash(canonicalRecord(germanUi));

if (process.argv[2] === 'write') {
  const draft = parse(await readFile(process.argv[3]!, 'utf8')) as { locale: string; ui: Record<string, string>; tree: Record<string, string> };
  const header = (what: string) => `# ${what} in ${draft.locale}: machine-assisted draft from the German source, not yet reviewed.\n`;
  const body = (hash: string, strings: Record<string, string>) =>
    stringify({ locale: draft.locale, status: 'draft', sourceHash: hash, strings }, { lineWidth: 0 });
  await writeFile(new URL(`content/entscheidungstool-ui/${draft.locale}.yaml`, root), header('Fixed texts of the Entscheidungstool') + body(uiHash, draft.ui));
  await writeFile(new URL(`content/entscheidungstool-texts/${draft.locale}.yaml`, root), header('Questions, answers, results and offer summaries of the Entscheidungstool') + body(treeHash, draft.tree));
  console.log(`wrote ${draft.locale}`);
} else {
  console.log(`ui sourceHash: ${uiHash}\ntree sourceHash: ${treeHash}`);
  for (const [k, v] of Object.entries(german)) console.log(`${k}: ${v}`);
}
