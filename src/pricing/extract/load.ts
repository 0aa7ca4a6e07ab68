// How the load behaves: steady, unpredictable, spiky, or a base with peaks.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';
import { scheduleCues } from './schedule.ts';
import { COUNTS, LOAD, LOAD_MULTIPLE } from '../lexicon.ts';

const MULTIPLES: Record<string, number> = { 두: 2, 세: 3, 네: 4, twice: 2, double: 2, doubles: 2, triple: 3, triples: 3, quadruples: 4, '2x': 2, '3x': 3, '4x': 4 };

/** The load multiple at a peak ("두배" → 2), if said. */
function loadMultiple(t: string): number | undefined {
  const m = t.match(LOAD_MULTIPLE);
  if (!m) return undefined;
  const w = m[1] ?? m[2];
  const n = /^\d$/.test(w) ? Number(w) : MULTIPLES[w];
  return n > 1 ? n : undefined;
}

const firstNumber = (m: RegExpMatchArray | null) => (m ? Number(m.slice(1).find((x) => x !== undefined)) : undefined);

/** Base and peak instance counts, when both are said and the peak is larger. */
export function counts(t: string): { base: number; peak: number } | undefined {
  const base = firstNumber(t.match(COUNTS.base));
  if (base === undefined || !(base > 0)) return undefined;
  const peak = firstNumber(t.match(COUNTS.peak));
  const extra = firstNumber(t.match(COUNTS.extra));
  const times = loadMultiple(t);
  const total = peak !== undefined && peak > base ? peak : extra !== undefined && extra > 0 ? base + extra : times !== undefined ? Math.round(base * times) : undefined;
  return total === undefined ? undefined : { base, peak: total };
}

/** Steadiness and peaks; `known` carries the schedule read before. */
export function extractLoad(t: string, known: Readonly<Factors>): Part {
  const f = part();
  const u = marker(f);
  const { daily, weekdays, weekends, weekly, monthly, timeOfDay } = scheduleCues(t);
  // Steady vs unpredictable.
  // "예측이 전혀 안 됨", "예상이 잘 안 돼": drop the adverb between the noun and its negation.
  const tu = t.replace(/(예측|예상|가늠|짐작)(이|은|도|을|하기가?)?\s*(?:전혀|잘|도저히|거의|정말|진짜|좀|쉽게|딱히|당최|완전|너무)\s*/g, '$1$2 ');
  const unpredictable = any(tu, ...LOAD.unpredictable);
  const spiky = any(t, LOAD.spiky);
  const steadyWord = any(t, ...LOAD.steady);
  if (unpredictable && !/예측\s*가능/.test(t.replace(/예측\s*불가능/g, ''))) {
    f.unpredictable = true;
    u('unpredictable');
  } else if (unpredictable) {
    f.unpredictable = true;
    u('unpredictable');
  }
  if (spiky) {
    f.spiky = true;
    u('spiky');
  }
  if (steadyWord) {
    f.steady = true;
    u('steady');
  }
  const c = counts(t);
  if (c) {
    f.counts = c;
    u('counts');
  }
  const baseCue = !!c || any(t, LOAD.base);
  // "트래픽 두배" on top of a base is a peak too.
  const peakCue = !!c || any(t, LOAD.peak) || (baseCue && loadMultiple(t) !== undefined);
  if (peakCue && (baseCue || f.steady || known.alwaysOn)) {
    f.peaks = true;
    u('peaks');
    if (known.recurring || weekdays || weekends || monthly || (daily && timeOfDay) || (weekly && timeOfDay)) f.peakScheduled = true;
    if (f.unpredictable || any(t, LOAD.suddenPeak)) f.peakUnpredictable = true;
  } else if ((f.unpredictable || f.spiky) && (baseCue || known.alwaysOn)) {
    f.peaks = true;
    f.peakUnpredictable = true;
    u('peaks');
  }
  return f;
}
