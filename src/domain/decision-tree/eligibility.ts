/**
 * Which offers a result shows: derived from the answers and each offer's own rules (pure, no I/O).
 * An offer is shown when the outcome covers its area, every one of its rules is known from the answers and
 * satisfied, and the outcome does not exclude it with a reason. A rule on something the path did not ask is
 * unknown, and an unknown rule never shows an offer: nobody sees an offer outside its stated age or permit.
 */
import type { Attribute, DecisionTree, Offer, OfferArea, Outcome } from '../schemas/decision-tree.ts';
import type { Step } from './engine.ts';

/** The answers of a path as attribute id → value id. */
export type Profile = ReadonlyMap<string, string>;

export function profileOf(steps: readonly Step[]): Map<string, string> {
  return new Map(steps.map((s) => [s.question.ask, s.option.id]));
}

export type RuleResult = 'yes' | 'no' | 'unknown';

/** Whether the answers meet one offer's rules: `no` if any rule fails, `unknown` if any rule was not asked. */
export function meetsRules(offer: Offer, profile: Profile, attributes: ReadonlyMap<string, Attribute>): RuleResult {
  let result: RuleResult = 'yes';
  for (const [attributeId, rule] of Object.entries(offer.rules)) {
    const value = profile.get(attributeId);
    if (value === undefined) {
      result = 'unknown';
      continue;
    }
    if (Array.isArray(rule)) {
      if (!rule.includes(value)) return 'no';
      continue;
    }
    const band = attributes.get(attributeId)?.values.find((v) => v.id === value);
    if (band?.min === undefined || band.max === undefined) throw new Error(`Offer "${offer.id}": "${attributeId}" has no age bands`);
    // The whole band must lie inside the range: "16 oder 17" never meets 18–35.
    if (band.min < (rule.min ?? 0) || band.max > (rule.max ?? Number.POSITIVE_INFINITY)) return 'no';
  }
  return result;
}

export interface Selection {
  /** Offers the result shows, in the order of the outcome's areas. */
  shown: Offer[];
  /** Offers whose rules the answers meet and whose area the outcome covers, left out with the outcome's reason. */
  excluded: { offer: Offer; reason: string }[];
}

export function attributeIndex(tree: DecisionTree): Map<string, Attribute> {
  return new Map(tree.attributes.map((a) => [a.id, a]));
}

export function selectOffers(outcome: Outcome, steps: readonly Step[], offers: readonly Offer[], attributes: ReadonlyMap<string, Attribute>): Selection {
  const profile = profileOf(steps);
  const shown: Offer[] = [];
  const excluded: Selection['excluded'] = [];
  for (const area of outcome.areas) {
    for (const offer of offers.filter((o) => o.area === area).sort((a, b) => a.id.localeCompare(b.id))) {
      if (meetsRules(offer, profile, attributes) !== 'yes') continue;
      const exclusion = outcome.exclude.find((e) => e.offer === offer.id);
      if (exclusion) excluded.push({ offer, reason: exclusion.reason });
      else shown.push(offer);
    }
  }
  return { shown, excluded };
}

export function areaOrder(area: OfferArea, outcome: Outcome): number {
  return outcome.areas.indexOf(area);
}
