// Factor extraction: what a free-text workload description says about money, duration, schedule,
// load, interruption, tenancy, commitment and environment. One small extractor per factor, each
// returning its part with polarity (a factor the user says is absent counts as absent).
import type { Factors } from '../types.ts';
import { MAX_INPUT_CHARS } from '../../search/normalize.ts';
import { normalize } from './text.ts';
import { merge } from './part.ts';
import { extractMoney, withoutAmounts } from './money.ts';
import { extractDuration } from './duration.ts';
import { extractSchedule } from './schedule.ts';
import { extractLoad } from './load.ts';
import { extractInterruption } from './interruption.ts';
import { extractTenancy } from './tenancy.ts';
import { extractCommitment } from './commitment.ts';
import { extractEnvironment } from './environment.ts';
import { separateInterruptiblePart, splitParts } from './parts.ts';
import { SCHEDULE } from '../lexicon.ts';

export { normalize } from './text.ts';

/**
 * Factors of a description. `nested` is for one clause of a longer description (no clause
 * analysis of its own).
 */
export function extractFactors(raw: string, nested = false): Factors {
  // Deciding whether a message is a workload reads its factors, and advising on it reads them again:
  // the last description's factors are kept (nothing changes a Factors once read).
  if (!nested && last?.raw === raw) return last.f;
  // A workload is described in a few sentences; reading past that only costs time (some patterns
  // are slow on pathological input, e.g. 100,000 digits), so the rest is ignored.
  const s = normalize(raw.slice(0, MAX_INPUT_CHARS));
  const f: Factors = { understood: [] };
  merge(f, extractMoney(s));
  const t = withoutAmounts(s);
  merge(f, extractDuration(t));
  merge(f, extractSchedule(t));
  merge(f, extractLoad(t, f));
  merge(f, extractInterruption(t));
  merge(f, extractTenancy(t));
  merge(f, extractCommitment(t));
  merge(f, extractEnvironment(t));
  windowIsNotLifetime(f, t);
  if (!nested && separateInterruptiblePart(s, extractFactors)) merge(f, { interruptiblePart: true, understood: ['batch-part'] });
  if (!nested) {
    const parts = splitParts(s);
    if (parts.length >= 2) f.parts = parts.map((p) => ({ text: p, factors: extractFactors(p, true) }));
    last = { raw, f };
  }
  return f;
}
let last: { raw: string; f: Factors } | undefined;

/**
 * "매 분기 말 이틀 동안", "for two days every month-end": with a calendar recurrence, a length in
 * days is the window, not how long the workload lives (it would otherwise read as short-lived).
 */
function windowIsNotLifetime(f: Factors, t: string): void {
  if (f.recurring !== 'monthly' || !SCHEDULE.dayWindow.test(t)) return;
  if (f.shortLived) {
    delete f.shortLived;
    f.understood = f.understood.filter((k) => k !== 'short');
  }
  if (f.termMonths !== undefined && f.termMonths < 1) {
    delete f.termMonths;
    f.understood = f.understood.filter((k) => k !== 'term');
  }
}
