/**
 * The Entscheidungstool engine: pure functions over the tree data (no Astro, no I/O), used by the
 * static pages at build time, by the Pages Function that repairs bad URLs, and by the tests.
 * Answers are a list of option ids in question order; they live in the URL path.
 */
import type { DecisionTree, Offer, Option, Outcome, Question } from '../schemas/decision-tree.ts';

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
  questions: Map<string, Question>;
  outcomes: Map<string, Outcome>;
}

export function indexTree(tree: DecisionTree): TreeIndex {
  return {
    tree,
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

/** Problems that make the tree unusable; an empty list means every path ends at an outcome. */
export function treeProblems(tree: DecisionTree, offers: readonly Offer[]): string[] {
  const problems: string[] = [];
  const ids = [...tree.questions.map((q) => q.id), ...tree.outcomes.map((o) => o.id)];
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`duplicate node id "${id}"`);
  const index = indexTree(tree);
  if (!index.questions.has(tree.start)) problems.push(`start "${tree.start}" is not a question`);
  for (const q of tree.questions) {
    const optionIds = q.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) problems.push(`question "${q.id}" has duplicate option ids`);
    for (const o of q.options) {
      if (!index.questions.has(o.goto) && !index.outcomes.has(o.goto)) problems.push(`option "${q.id}/${o.id}" leads to unknown node "${o.goto}" (dead end)`);
    }
  }
  const offerIds = new Set(offers.map((o) => o.id));
  for (const outcome of tree.outcomes) {
    for (const { offer } of outcome.offers) if (!offerIds.has(offer)) problems.push(`outcome "${outcome.id}" names unknown offer "${offer}"`);
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
  const reachedOffers = new Set(paths.flatMap((p) => p.outcome.offers.map((o) => o.offer)));
  for (const id of offerIds) if (!reachedOffers.has(id)) problems.push(`offer "${id}" is in no reachable outcome`);
  return problems;
}

/** One line per path, for the snapshot file: `aufenthalt=ja › alter=ab-26 › … → outcome`. */
export function describePaths(index: TreeIndex): string {
  return allPaths(index)
    .map((p) => `${p.steps.map((s) => `${s.question.id}=${s.option.id}`).join(' › ')} → ${p.outcome.id}`)
    .join('\n') + '\n';
}
