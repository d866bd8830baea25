// Writes every path of the Entscheidungstool with its outcome and the offers it shows to
// src/domain/decision-tree/paths.snapshot.txt, and prints the sourceHash of the German tree texts for
// content/entscheidungstool-texts/*.yaml. Run after changing content/entscheidungstool/tree.yaml or
// content/angebote/, then review the diff: it lists exactly which people now get which offers.
import { writeFile } from 'node:fs/promises';
import { describePaths, indexTree, treeProblems } from '../src/domain/decision-tree/engine.ts';
import { sourceTexts } from '../src/domain/decision-tree/texts.ts';
import { canonicalRecord, sourceHash } from '../src/domain/i18n/source-hash.ts';
import { loadOffers, loadTree } from '../tests/support/decision-tree.ts';

const tree = loadTree();
const offers = loadOffers();
const problems = treeProblems(tree, offers);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
await writeFile(new URL('../src/domain/decision-tree/paths.snapshot.txt', import.meta.url), describePaths(indexTree(tree), offers));
console.log('wrote src/domain/decision-tree/paths.snapshot.txt');
console.log(`sourceHash of the German tree texts: ${await sourceHash(canonicalRecord(sourceTexts(tree, offers)))}`);
