import type { Step } from '../../domain/decision-tree/engine.ts';
import type { Offer, Outcome } from '../../domain/schemas/decision-tree.ts';
import { textKey, type TextLookup } from '../../domain/decision-tree/texts.ts';

/** Whether any text of this result falls back to German (the page then says so). */
export function usesGerman(t: TextLookup, outcome: Outcome, steps: readonly Step[], shown: readonly Offer[]): boolean {
  const keys = [
    textKey.title(outcome.id),
    ...shown.flatMap((o) => [textKey.offerWhy(o.id), textKey.offerSummary(o.id)]),
    ...outcome.nextSteps.map((_, n) => textKey.step(outcome.id, n)),
    ...steps.flatMap((s) => [textKey.question(s.question.ask), textKey.option(s.question.ask, s.option.id)]),
  ];
  return keys.some((k) => t(k).german);
}
