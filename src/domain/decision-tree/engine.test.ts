import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, allQuestionPrefixes, describePaths, indexTree, treeProblems, walk } from './engine.ts';
import { loadOffers, loadTree } from '../../../tests/support/decision-tree.ts';
import type { DecisionTree, Offer } from '../schemas/decision-tree.ts';

const tree = loadTree();
const offers = loadOffers();
const index = indexTree(tree);

describe('the content tree', () => {
  it('has no dead end, no cycle, no unreachable question or outcome, no unreachable offer', () => {
    expect(treeProblems(tree, offers)).toEqual([]);
  });

  it('matches the path snapshot (run `npm run tree:snapshot` after a deliberate change and review the diff)', () => {
    const snapshot = readFileSync(new URL('./paths.snapshot.txt', import.meta.url), 'utf8');
    expect(describePaths(index)).toBe(snapshot);
  });

  it.each(allPaths(index).map((p) => [p.answers.join('/'), p] as const))('path %s walks to its outcome', (_, path) => {
    const position = walk(index, path.answers);
    expect(position.kind).toBe('outcome');
    if (position.kind === 'outcome') expect(position.outcome.id).toBe(path.outcome.id);
    // Every shorter prefix stops at a question.
    for (let n = 0; n < path.answers.length; n++) expect(walk(index, path.answers.slice(0, n)).kind).toBe('question');
  });

  it('is small enough for static pages (few answer prefixes and paths)', () => {
    expect(allQuestionPrefixes(index).length).toBeLessThanOrEqual(30);
    expect(allPaths(index).length).toBeLessThanOrEqual(40);
  });
});

describe('walk with bad answers', () => {
  it('stops at the first question without a valid answer', () => {
    const position = walk(index, ['ja', 'hundert', 'ja']);
    expect(position.kind).toBe('invalid');
    if (position.kind === 'invalid') {
      expect(position.question.id).toBe('alter');
      expect(position.steps.map((s) => s.option.id)).toEqual(['ja']);
    }
  });

  it('rejects answers after an outcome', () => {
    const position = walk(index, ['nein', 'ab-26']);
    expect(position.kind).toBe('invalid');
    if (position.kind === 'invalid') expect(position.question.id).toBe('aufenthalt');
  });

  it('treats an option id of another question as unknown (no contradictory mix)', () => {
    // "wenig" is an option of the German question, not of the age question.
    expect(walk(index, ['ja', 'wenig']).kind).toBe('invalid');
  });

  it('asks the start question for no answers', () => {
    const position = walk(index, []);
    expect(position.kind === 'question' && position.question.id).toBe('aufenthalt');
  });
});

const offer = (id: string): Offer => ({
  id, name: id, area: 'sprache', provider: 'p', targetGroup: 't', cost: 'c', summary: 's',
  link: 'https://example.org/', sources: ['https://example.org/'], lastReviewed: '2026-01-01', sample: false,
});
const small = (questions: DecisionTree['questions'], outcomes: DecisionTree['outcomes']): DecisionTree =>
  ({ status: 'draft', lastReviewed: '2026-01-01', start: 'a', questions, outcomes });
const out = (id: string, offerId = 'x') => ({ id, title: id, offers: [{ offer: offerId, why: 'w' }], nextSteps: ['n'] });

describe('treeProblems finds broken trees', () => {
  it('a dead end', () => {
    const t = small([{ id: 'a', text: 'A', options: [{ id: '1', label: '1', goto: 'r' }, { id: '2', label: '2', goto: 'nowhere' }] }], [out('r')]);
    expect(treeProblems(t, [offer('x')])).toEqual(['option "a/2" leads to unknown node "nowhere" (dead end)']);
  });

  it('a cycle', () => {
    const t = small([
      { id: 'a', text: 'A', options: [{ id: '1', label: '1', goto: 'b' }, { id: '2', label: '2', goto: 'r' }] },
      { id: 'b', text: 'B', options: [{ id: '1', label: '1', goto: 'a' }, { id: '2', label: '2', goto: 'r' }] },
    ], [out('r')]);
    expect(treeProblems(t, [offer('x')])[0]).toMatch(/^Cycle: a → b → a/);
  });

  it('an unreachable question, an unreachable offer and an unknown offer', () => {
    const t = small([
      { id: 'a', text: 'A', options: [{ id: '1', label: '1', goto: 'r' }, { id: '2', label: '2', goto: 'r' }] },
      { id: 'b', text: 'B', options: [{ id: '1', label: '1', goto: 'r' }, { id: '2', label: '2', goto: 'r' }] },
    ], [out('r')]);
    expect(treeProblems(t, [offer('x'), offer('y')])).toEqual(['node "b" is not reachable from the start', 'offer "y" is in no reachable outcome']);
    expect(treeProblems(small(t.questions, [out('r', 'z')]), [offer('x')])).toEqual(['outcome "r" names unknown offer "z"']);
  });

  it('duplicate ids', () => {
    const t = small([{ id: 'a', text: 'A', options: [{ id: '1', label: '1', goto: 'a' }, { id: '1', label: '2', goto: 'a' }] }], [out('a')]);
    expect(treeProblems(t, [offer('x')])).toContain('duplicate node id "a"');
    expect(treeProblems(t, [offer('x')])).toContain('question "a" has duplicate option ids');
  });
});

describe('describePaths', () => {
  it('changes when an option leads elsewhere, so the snapshot test can fail', () => {
    const changed = structuredClone(tree);
    changed.questions.find((q) => q.id === 'sozialhilfe')!.options[0]!.goto = 'erwachsen-arbeit';
    expect(describePaths(indexTree(changed))).not.toBe(describePaths(index));
  });
});
