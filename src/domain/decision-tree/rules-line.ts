/**
 * An offer's rules in one line for the counsellors' overview ("ab 16 Jahren · Ausweis B, C, F, N oder S ·
 * Deutsch unter B1"), in any language: age from the tool's fixed texts, other values from their short labels.
 */
import type { Offer } from '../schemas/decision-tree.ts';
import { format } from '../i18n/ui.ts';
import { textKey, type TextLookup } from './texts.ts';

export interface RuleStrings { ruleAgeMin: string; ruleAgeRange: string; rulesNone: string }

export function rulesLine(offer: Offer, t: TextLookup, s: RuleStrings): string {
  const parts = Object.entries(offer.rules).map(([attribute, rule]) => {
    if (!Array.isArray(rule)) {
      return rule.max === undefined
        ? format(s.ruleAgeMin, { min: String(rule.min ?? 0) })
        : format(s.ruleAgeRange, { min: String(rule.min ?? 0), max: String(rule.max) });
    }
    return rule.map((value) => t(textKey.short(attribute, value)).text).join(' / ');
  });
  return parts.length > 0 ? parts.join(' · ') : s.rulesNone;
}
