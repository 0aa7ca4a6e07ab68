// STUB: the pricing advisor's entry point (issue: pricing advisor). Replaced by the real advisor.
import type { ActionResult, Lang, Reply } from '../reply.ts';
import type { Section } from '../content/section.ts';

export type PricingModel =
  | 'on-demand'
  | 'spot'
  | 'reserved'
  | 'scheduled-reserved'
  | 'dedicated-host'
  | 'dedicated-instance';

/** Structured answers (the guided mode's buttons, Discord options); every field optional. */
export interface PricingAnswers {
  termMonths?: number;
  hoursPerDay?: number;
  daysPerWeek?: number;
  pattern?: 'steady' | 'unpredictable' | 'scheduled' | 'steady-with-peaks';
  interruptible?: boolean;
  licensing?: 'per-socket' | 'per-core' | 'per-vm' | 'none';
  isolation?: 'none' | 'single-tenant' | 'host-control';
  hourlyPrice?: number;
}

/** The advisor's decision: exactly the batch CLI's `advise` fields, plus what chat shows. */
export interface Advice {
  model: PricingModel | null;
  plan: { model: PricingModel; share: number }[];
  reasons: string[];
  citations: string[];
  questions: string[];
  lang: Lang;
}

export function advise(_input: string | PricingAnswers, lang: Lang = 'ko'): Advice {
  return { model: null, plan: [], reasons: [], citations: [], questions: ['?'], lang };
}

/** True when free text reads like a workload description rather than a concept question. */
export function looksLikeWorkload(_text: string): boolean {
  return false;
}

/** The chat reply for an advice: recommendation, reasons with citations, cost table, guided buttons. */
export function adviceReply(advice: Advice, _sections: Section[]): Reply {
  return { kind: 'advice', lang: advice.lang, text: '…', visibility: 'public' };
}

/** Starts the guided mode: the first deciding question with buttons. */
export function guidedStart(lang: Lang): Reply {
  return { kind: 'advice', lang, text: '…', visibility: 'public' };
}

/** Handles ids that start with `pricing:` (guided-mode buttons); undefined for any other id. */
export function pricingAct(_actionId: string, _lang: Lang, _sections: Section[]): ActionResult | undefined {
  return undefined;
}
