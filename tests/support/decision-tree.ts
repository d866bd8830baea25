// Reads the Entscheidungstool data from content/ through the same zod schemas as the build.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { decisionTreeSchema, offerSchema, treeTextsFileSchema, type DecisionTree, type Offer, type TreeTextsFile } from '../../src/domain/schemas/decision-tree.ts';

const root = new URL('../../', import.meta.url);

export function loadTree(): DecisionTree {
  return decisionTreeSchema.parse(parse(readFileSync(new URL('content/entscheidungstool/tree.yaml', root), 'utf8')));
}

export function loadOffers(): Offer[] {
  const dir = new URL('content/angebote/', root);
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => offerSchema.parse(parse(readFileSync(new URL(f, dir), 'utf8'))));
}

export function loadTreeTexts(): TreeTextsFile[] {
  const dir = new URL('content/entscheidungstool-texts/', root);
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => treeTextsFileSchema.parse(parse(readFileSync(new URL(f, dir), 'utf8'))));
}
