/**
 * The Entscheidungstool engine: pure functions over the tree data (no Astro, no I/O), used by the
 * static pages at build time, by the Pages Function that repairs bad URLs, and by the tests.
 * Answers are a list of option ids in question order; they live in the URL path.
 */
import type { Attribute, DecisionTree, Offer, Option, Outcome, Question } from '../schemas/decision-tree.ts';
import { attributeIndex, meetsRules, profileOf, selectOffers } from './eligibility.ts';

export interface Step {
  question: Question;
  option: Option;
}

export type Position =
  /** All answers valid; `question` is the next one to answer. */
  | { kind: 'question'; steps: Step[]; question: Question }
  /** All answers valid and they lead to `outcome`. */
  | { kind: 'outcome'; steps: Step[]; outcome: Outcome }
  /**
   * An answer is unknown for its question, or answers follow an outcome: `steps` are the valid
   * answers before it and `question` is the first question that lacks a valid answer.
   */
  | { kind: 'invalid'; steps: Step[]; question: Question };

export interface TreeIndex {
  tree: DecisionTree;
  attributes: Map<string, Attribute>;
  questions: Map<string, Question>;
  outcomes: Map<string, Outcome>;
}

export function indexTree(tree: DecisionTree): TreeIndex {
  return {
    tree,
    attributes: attributeIndex(tree),
    questions: new Map(tree.questions.map((q) => [q.id, q])),
    outcomes: new Map(tree.outcomes.map((o) => [o.id, o])),
  };
}

function startQuestion(index: TreeIndex): Question {
  const q = index.questions.get(index.tree.start);
  if (!q) throw new Error(`The start "${index.tree.start}" is not a question`);
  return q;
}

/** Where the answers so far lead: the next question, an outcome, or the first question lacking a valid answer. */
export function walk(index: TreeIndex, answers: readonly string[]): Position {
  const steps: Step[] = [];
  let question = startQuestion(index);
  for (let i = 0; i < answers.length; i++) {
    const option = question.options.find((o) => o.id === answers[i]);
    if (!option) return { kind: 'invalid', steps, question };
    steps.push({ question, option });
    const outcome = index.outcomes.get(option.goto);
    if (outcome) {
      return i === answers.length - 1 ? { kind: 'outcome', steps, outcome } : { kind: 'invalid', steps: steps.slice(0, -1), question };
    }
    const next = index.questions.get(option.goto);
    if (!next) throw new Error(`Option "${option.id}" of "${question.id}" leads to unknown node "${option.goto}"`);
    question = next;
  }
  return { kind: 'question', steps, question };
}

export interface TreePath {
  answers: string[];
  steps: Step[];
  outcome: Outcome;
}

/** Every path from the start to an outcome, depth first in option order. Throws on a cycle. */
export function allPaths(index: TreeIndex): TreePath[] {
  const paths: TreePath[] = [];
  const visit = (question: Question, steps: Step[], onPath: Set<string>) => {
    if (onPath.has(question.id)) throw new Error(`Cycle: ${[...onPath, question.id].join(' → ')}`);
    const here = new Set(onPath).add(question.id);
    for (const option of question.options) {
      const next = [...steps, { question, option }];
      const outcome = index.outcomes.get(option.goto);
      if (outcome) paths.push({ answers: next.map((s) => s.option.id), steps: next, outcome });
      else {
        const q = index.questions.get(option.goto);
        if (!q) throw new Error(`Option "${option.id}" of "${question.id}" leads to unknown node "${option.goto}"`);
        visit(q, next, here);
      }
    }
  };
  visit(startQuestion(index), [], new Set());
  return paths;
}

/** Every list of answers after which a question is asked (the empty list is the start question). */
export function allQuestionPrefixes(index: TreeIndex): string[][] {
  const seen = new Map<string, string[]>();
  for (const path of allPaths(index)) {
    for (let n = 0; n < path.answers.length; n++) seen.set(path.answers.slice(0, n).join('/'), path.answers.slice(0, n));
  }
  return [...seen.values()];
}

/** Problems that make the tree unusable; an empty list means every path ends at an outcome with at least one offer. */
export function treeProblems(tree: DecisionTree, offers: readonly Offer[]): string[] {
  const problems: string[] = [];
  const ids = [...tree.questions.map((q) => q.id), ...tree.outcomes.map((o) => o.id)];
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`duplicate node id "${id}"`);
  const index = indexTree(tree);
  if (!index.questions.has(tree.start)) problems.push(`start "${tree.start}" is not a question`);
  for (const q of tree.questions) {
    const attribute = index.attributes.get(q.ask);
    if (!attribute) problems.push(`question "${q.id}" asks unknown attribute "${q.ask}"`);
    const optionIds = q.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) problems.push(`question "${q.id}" has duplicate option ids`);
    for (const o of q.options) {
      if (attribute && !attribute.values.some((v) => v.id === o.id)) problems.push(`option "${q.id}/${o.id}" is no value of attribute "${q.ask}"`);
      if (!index.questions.has(o.goto) && !index.outcomes.has(o.goto)) problems.push(`option "${q.id}/${o.id}" leads to unknown node "${o.goto}" (dead end)`);
    }
  }
  const offerIds = new Set(offers.map((o) => o.id));
  for (const offer of offers) {
    for (const [attributeId, rule] of Object.entries(offer.rules)) {
      const attribute = index.attributes.get(attributeId);
      if (!attribute) problems.push(`offer "${offer.id}" has a rule on unknown attribute "${attributeId}"`);
      else if (Array.isArray(rule)) {
        for (const v of rule) if (!attribute.values.some((x) => x.id === v)) problems.push(`offer "${offer.id}": "${v}" is no value of "${attributeId}"`);
      } else if (attribute.values.some((v) => v.min === undefined || v.max === undefined)) {
        problems.push(`offer "${offer.id}": an age range needs "${attributeId}" values with min and max`);
      }
    }
  }
  for (const outcome of tree.outcomes) {
    for (const { offer } of outcome.exclude) if (!offerIds.has(offer)) problems.push(`outcome "${outcome.id}" excludes unknown offer "${offer}"`);
  }
  if (problems.length > 0) return problems;
  let paths: TreePath[];
  try {
    paths = allPaths(index);
  } catch (e) {
    return [(e as Error).message];
  }
  const reachedNodes = new Set([tree.start, ...paths.flatMap((p) => p.steps.map((s) => s.option.goto))]);
  for (const id of ids) if (!reachedNodes.has(id)) problems.push(`node "${id}" is not reachable from the start`);
  const results = new Map(paths.map((p) => [p.answers.join('/'), resultKey(p, offers, index)]));
  for (const p of paths) {
    if (selectOffers(p.outcome, p.steps, offers, index.attributes).shown.length === 0) problems.push(`path ${p.answers.join('/')} shows no offer (dead end for the person)`);
  }
  const shownOffers = new Set(paths.flatMap((p) => selectOffers(p.outcome, p.steps, offers, index.attributes).shown.map((o) => o.id)));
  for (const id of offerIds) if (!shownOffers.has(id)) problems.push(`offer "${id}" is shown on no path`);
  for (const outcome of tree.outcomes) {
    for (const { offer } of outcome.exclude) {
      const o = offers.find((x) => x.id === offer)!;
      const relevant = paths.some((p) => p.outcome.id === outcome.id && outcome.areas.includes(o.area) && meetsRules(o, profileOf(p.steps), index.attributes) === 'yes');
      if (!relevant) problems.push(`outcome "${outcome.id}" excludes "${offer}", which it would not show anyway`);
    }
  }
  problems.push(...uselessQuestions(paths, results));
  return problems;
}

/** What a person sees at the end of a path: the outcome and the offers shown. */
function resultKey(path: TreePath, offers: readonly Offer[], index: TreeIndex): string {
  return `${path.outcome.id}: ${selectOffers(path.outcome, path.steps, offers, index.attributes).shown.map((o) => o.id).join(', ')}`;
}

/**
 * A question whose answer never changes what the person sees should not be asked (it costs a page per
 * language and the person's time). For every question asked after a prefix, some two answers must lead to
 * different results when the rest of the path stays the same.
 */
function uselessQuestions(paths: readonly TreePath[], results: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const checked = new Set<string>();
  for (const p of paths) {
    p.steps.forEach((step, i) => {
      const prefix = p.answers.slice(0, i).join('/');
      if (checked.has(prefix)) return;
      checked.add(prefix);
      const rest = (answers: string[]) => answers.slice(i + 1).join('/');
      const variants = paths.filter((x) => x.answers.slice(0, i).join('/') === prefix && x.steps[i]?.question.id === step.question.id);
      const changes = variants.some((a) => variants.some((b) => a.answers[i] !== b.answers[i] && (a.outcome.id !== b.outcome.id || (rest(a.answers) === rest(b.answers) && results.get(a.answers.join('/')) !== results.get(b.answers.join('/'))))));
      if (!changes) problems.push(`question "${step.question.id}" after "${prefix}" never changes the result: skip it`);
    });
  }
  return problems;
}

/**
 * One line per path for the snapshot file, with the offers it shows and those its outcome leaves out:
 * `ausweis=b-c-f-n-s › alter=ab-36 › … → outcome: offer, offer (ohne offer)`. A rule change shows in the diff
 * as exactly the people who now get something else.
 */
export function describePaths(index: TreeIndex, offers: readonly Offer[]): string {
  return allPaths(index)
    .map((p) => {
      const { shown, excluded } = selectOffers(p.outcome, p.steps, offers, index.attributes);
      const left = excluded.length > 0 ? ` (ohne ${excluded.map((e) => e.offer.id).join(', ')})` : '';
      return `${p.steps.map((s) => `${s.question.ask}=${s.option.id}`).join(' › ')} → ${p.outcome.id}: ${shown.map((o) => o.id).join(', ')}${left}`;
    })
    .join('\n') + '\n';
}
