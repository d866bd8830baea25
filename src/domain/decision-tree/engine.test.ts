import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, allQuestionPrefixes, describePaths, indexTree, treeProblems, walk } from './engine.ts';
import { meetsRules, profileOf, selectOffers } from './eligibility.ts';
import { loadOffers, loadTree } from '../../../tests/support/decision-tree.ts';
import type { DecisionTree, Offer } from '../schemas/decision-tree.ts';

const tree = loadTree();
const offers = loadOffers();
const index = indexTree(tree);
const paths = allPaths(index);

describe('the content tree', () => {
  it('has no dead end, cycle, unreachable node, unshown offer or question whose answer never matters', () => {
    expect(treeProblems(tree, offers)).toEqual([]);
  });

  it('matches the path snapshot with the offers per path (run `npm run tree:snapshot` after a deliberate change and review the diff)', () => {
    const snapshot = readFileSync(new URL('./paths.snapshot.txt', import.meta.url), 'utf8');
    expect(describePaths(index, offers)).toBe(snapshot);
  });

  it.each(paths.map((p) => [p.answers.join('/'), p] as const))('path %s walks to its outcome', (_, path) => {
    const position = walk(index, path.answers);
    expect(position.kind).toBe('outcome');
    if (position.kind === 'outcome') expect(position.outcome.id).toBe(path.outcome.id);
    // Every shorter prefix stops at a question.
    for (let n = 0; n < path.answers.length; n++) expect(walk(index, path.answers.slice(0, n)).kind).toBe('question');
  });

  it('is small enough for static pages (every prefix and path is a page in 24 languages)', () => {
    expect(allQuestionPrefixes(index).length).toBeLessThanOrEqual(30);
    expect(paths.length).toBeLessThanOrEqual(40);
  });
});

/** The age band an answer stands for, read from the tree (independent of the engine's rule code). */
function ageBand(answers: Map<string, string>): { min: number; max: number } | undefined {
  const value = tree.attributes.find((a) => a.id === 'alter')!.values.find((v) => v.id === answers.get('alter'));
  return value ? { min: value.min!, max: value.max! } : undefined;
}

describe('eligibility on every path (property)', () => {
  it.each(paths.map((p) => [p.answers.join('/'), p] as const))('%s: every offer shown meets its stated rules; every fitting offer is shown or excluded with a reason', (_, path) => {
    const answers = profileOf(path.steps);
    const { shown, excluded } = selectOffers(path.outcome, path.steps, offers, index.attributes);
    for (const offer of shown) {
      // Age and permit checked directly against the answers, not through meetsRules.
      const age = offer.rules['alter'];
      if (age && !Array.isArray(age)) {
        const band = ageBand(answers);
        expect(band, `${offer.id}: age asked`).toBeDefined();
        expect(band!.min, `${offer.id}: min age`).toBeGreaterThanOrEqual(age.min ?? 0);
        expect(band!.max, `${offer.id}: max age`).toBeLessThanOrEqual(age.max ?? 120);
      }
      for (const [attribute, rule] of Object.entries(offer.rules)) {
        if (Array.isArray(rule)) expect(rule, `${offer.id}: ${attribute}`).toContain(answers.get(attribute));
      }
      expect(path.outcome.areas).toContain(offer.area);
    }
    for (const offer of offers) {
      if (!path.outcome.areas.includes(offer.area) || meetsRules(offer, answers, index.attributes) !== 'yes') continue;
      const isShown = shown.includes(offer);
      const exclusion = excluded.find((e) => e.offer === offer);
      expect(isShown !== Boolean(exclusion), `${offer.id} is shown or excluded, not both`).toBe(true);
      if (exclusion) expect(exclusion.reason.length).toBeGreaterThan(10);
    }
    // No dead end: at least one offer with a provider to contact, and next steps that name a contact.
    expect(shown.length).toBeGreaterThan(0);
    expect(path.outcome.nextSteps.join(' ')).toMatch(/Wohngemeinde|Sozialregion|Kursanbieter|Berufsbildungszentrum|Einwohnerkontrolle/);
  });

  it('never shows INVOL outside 18–35 or to a person who is not a refugee, and Nachholbildung never to a qualified adult', () => {
    for (const p of paths) {
      const answers = profileOf(p.steps);
      const ids = selectOffers(p.outcome, p.steps, offers, index.attributes).shown.map((o) => o.id);
      if (ids.includes('invol')) expect([answers.get('alter'), answers.get('flucht')]).toEqual(['18-35', 'ja']);
      if (ids.includes('nachholbildung')) expect(answers.get('beruf')).toBe('kein-abschluss');
      if (ids.includes('fruehe-sprachfoerderung')) expect(answers.get('kinder')).toBe('ja');
    }
  });

  it('gives every person with another or an unknown permit a concrete step and the Potenzialabklärung', () => {
    for (const answer of ['andere', 'unbekannt']) {
      const position = walk(index, [answer]);
      if (position.kind !== 'outcome') throw new Error('expected an outcome');
      expect(selectOffers(position.outcome, position.steps, offers, index.attributes).shown.map((o) => o.id)).toContain('potenzialabklaerung');
    }
  });

  it('offers the Potenzialabklärung early on every path of a person aged 16 or older', () => {
    for (const p of paths.filter((x) => profileOf(x.steps).get('alter') !== 'unter-16')) {
      expect(selectOffers(p.outcome, p.steps, offers, index.attributes).shown.map((o) => o.id), p.answers.join('/')).toContain('potenzialabklaerung');
    }
  });
});

describe('meetsRules', () => {
  const attrs = index.attributes;
  const invol = offers.find((o) => o.id === 'invol')!;
  it('needs the whole age band inside the range and every rule known', () => {
    expect(meetsRules(invol, new Map([['alter', '16-17'], ['flucht', 'ja']]), attrs)).toBe('no');
    expect(meetsRules(invol, new Map([['alter', 'ab-36'], ['flucht', 'ja']]), attrs)).toBe('no');
    expect(meetsRules(invol, new Map([['alter', '18-35'], ['flucht', 'nein']]), attrs)).toBe('no');
    expect(meetsRules(invol, new Map([['alter', '18-35']]), attrs)).toBe('unknown');
    expect(meetsRules(invol, new Map([['alter', '18-35'], ['flucht', 'ja']]), attrs)).toBe('yes');
  });
});

describe('walk with bad answers', () => {
  it('stops at the first question without a valid answer', () => {
    const position = walk(index, ['b-c-f-n-s', 'hundert', 'ja']);
    expect(position.kind).toBe('invalid');
    if (position.kind === 'invalid') {
      expect(position.question.id).toBe('alter');
      expect(position.steps.map((s) => s.option.id)).toEqual(['b-c-f-n-s']);
    }
  });

  it('rejects answers after an outcome', () => {
    const position = walk(index, ['andere', 'ab-36']);
    expect(position.kind).toBe('invalid');
    if (position.kind === 'invalid') expect(position.question.id).toBe('ausweis');
  });

  it('treats an option id of another question as unknown (no contradictory mix)', () => {
    // "unter-b1" is an answer of the German question, not of the age question.
    expect(walk(index, ['b-c-f-n-s', 'unter-b1']).kind).toBe('invalid');
  });

  it('asks the start question for no answers', () => {
    const position = walk(index, []);
    expect(position.kind === 'question' && position.question.id).toBe('ausweis');
  });
});

const offer = (id: string, rules: Offer['rules'] = {}): Offer => ({
  id, name: id, area: 'sprache', provider: 'p', targetGroup: 't', cost: 'c', summary: 's', why: 'w', rules, rulesComplete: false,
  link: 'https://example.org/', sources: ['https://example.org/'], lastReviewed: '2026-01-01', sample: false,
});
const attributes: DecisionTree['attributes'] = [
  { id: 'x', text: 'X', values: [{ id: '1', label: '1' }, { id: '2', label: '2' }] },
];
const small = (questions: DecisionTree['questions'], outcomes: DecisionTree['outcomes']): DecisionTree =>
  ({ status: 'draft', lastReviewed: '2026-01-01', start: 'a', attributes, questions, outcomes });
const out = (id: string) => ({ id, title: id, areas: ['sprache' as const], exclude: [], nextSteps: ['n'] });

describe('treeProblems finds broken trees', () => {
  it('a dead end', () => {
    const t = small([{ id: 'a', ask: 'x', options: [{ id: '1', goto: 'r' }, { id: '2', goto: 'nowhere' }] }], [out('r')]);
    expect(treeProblems(t, [offer('o')])).toEqual(['option "a/2" leads to unknown node "nowhere" (dead end)']);
  });

  it('a cycle', () => {
    const t = small([
      { id: 'a', ask: 'x', options: [{ id: '1', goto: 'b' }, { id: '2', goto: 'r' }] },
      { id: 'b', ask: 'x', options: [{ id: '1', goto: 'a' }, { id: '2', goto: 'r' }] },
    ], [out('r')]);
    expect(treeProblems(t, [offer('o')])[0]).toMatch(/^Cycle: a → b → a/);
  });

  it('an unreachable question, an offer shown nowhere, a path without an offer', () => {
    const t = small([
      { id: 'a', ask: 'x', options: [{ id: '1', goto: 'r' }, { id: '2', goto: 's' }] },
      { id: 'b', ask: 'x', options: [{ id: '1', goto: 'r' }, { id: '2', goto: 'r' }] },
    ], [out('r'), out('s')]);
    expect(treeProblems(t, [offer('o', { x: ['1'] }), offer('p', { x: ['9'] })])).toEqual(['offer "p": "9" is no value of "x"']);
    expect(treeProblems(t, [offer('o', { x: ['1'] })])).toEqual([
      'node "b" is not reachable from the start',
      'path 2 shows no offer (dead end for the person)',
    ]);
  });

  it('a question whose answer never changes the result', () => {
    const t = small([{ id: 'a', ask: 'x', options: [{ id: '1', goto: 'r' }, { id: '2', goto: 'r' }] }], [out('r')]);
    expect(treeProblems(t, [offer('o')])).toEqual(['question "a" after "" never changes the result: skip it']);
    expect(treeProblems(t, [offer('o', { x: ['1'] }), offer('p')])).toEqual([]);
  });

  it('duplicate ids and an answer that is no value of the attribute', () => {
    const t = small([{ id: 'a', ask: 'x', options: [{ id: '1', goto: 'a' }, { id: '1', goto: 'a' }, { id: '3', goto: 'a' }] }], [out('a')]);
    expect(treeProblems(t, [offer('o')])).toContain('duplicate node id "a"');
    expect(treeProblems(t, [offer('o')])).toContain('question "a" has duplicate option ids');
    expect(treeProblems(t, [offer('o')])).toContain('option "a/3" is no value of attribute "x"');
  });
});

describe('describePaths', () => {
  it('changes when an offer rule changes, so the snapshot test can fail', () => {
    const changed = offers.map((o) => (o.id === 'invol' ? { ...o, rules: { alter: { min: 18, max: 35 } } } : o));
    expect(describePaths(index, changed)).not.toBe(describePaths(index, offers));
  });
});
