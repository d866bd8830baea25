import type { Step } from '../../domain/decision-tree/engine.ts';
import type { Outcome } from '../../domain/schemas/decision-tree.ts';
import { textKey, type TextLookup } from '../../domain/decision-tree/texts.ts';

/** Whether any text of this result falls back to German (the page then says so). */
export function usesGerman(t: TextLookup, outcome: Outcome, steps: readonly Step[]): boolean {
  const keys = [
    textKey.title(outcome.id),
    ...outcome.offers.flatMap((o) => [textKey.why(outcome.id, o.offer), textKey.offerSummary(o.offer)]),
    ...outcome.nextSteps.map((_, n) => textKey.step(outcome.id, n)),
    ...steps.flatMap((s) => [textKey.question(s.question.id), textKey.option(s.question.id, s.option.id)]),
  ];
  return keys.some((k) => t(k).german);
}
