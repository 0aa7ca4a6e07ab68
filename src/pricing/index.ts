// The pricing advisor's entry point (issue 5): free text or structured answers in, the module's
// recommendation out (model, mix, reasons with sections, alternatives, questions, cost table).
import type { ActionResult, Lang, Reply } from '../reply.ts';
import type { Section } from '../content/section.ts';
import type { Advice, PricingAnswers } from './types.ts';
import { extractFactors } from './extract/index.ts';
import { answersToFactors, buildAdvice } from './recommend.ts';
import { buildAdviceReply } from './reply.ts';
import { guidedAct, guidedStartReply } from './guided.ts';

export type { Advice, PricingAnswers, PricingModel, Factors, PlanItem, Alternative } from './types.ts';
export { PRICING_MODELS } from './types.ts';
export { extractFactors } from './extract/index.ts';
export { looksLikeWorkload } from './detect.ts';
export { money, pct, costReport, adviceCosts, adviceCostReport, offHoursSaving, breakEvenUtilisation, commitment, ebsRightSizing, st1VsGp2 } from './cost.ts';
export { costFields } from './table.ts';
export { EXAMPLE_PRICES } from './prices.ts';
export { STANDARD_RI, COMPUTE_SAVINGS_PLAN, SPOT_TYPICAL, DEDICATED_EXAMPLE, DISCOUNT_SOURCE } from './discounts.ts';
export { costRows, type CostRow } from './purchase.ts';

/** The advice for a workload description (Korean or English) or structured answers. */
export function advise(input: string | PricingAnswers, lang: Lang = 'ko'): Advice {
  const factors = typeof input === 'string' ? extractFactors(input) : answersToFactors(input);
  return buildAdvice(factors, lang);
}

/** The chat reply for an advice: recommendation, reasons with citations, cost table, guided buttons. */
export function adviceReply(advice: Advice, sections: Section[]): Reply {
  return buildAdviceReply(advice, sections);
}

/** Starts the guided mode: the first deciding question with buttons. */
export function guidedStart(lang: Lang): Reply {
  return guidedStartReply(lang);
}

/** Handles ids that start with `pricing:` (guided-mode buttons); undefined for any other id. */
export function pricingAct(actionId: string, lang: Lang, sections: Section[]): ActionResult | undefined {
  if (!actionId.startsWith('pricing:')) return undefined;
  return guidedAct(actionId, lang, sections, (answers, l, secs) => adviceReply(advise(answers, l), secs));
}
