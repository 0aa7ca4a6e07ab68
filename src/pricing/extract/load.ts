// How the load behaves: steady, unpredictable, spiky, or a base with peaks.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';
import { scheduleCues } from './schedule.ts';
import { COUNTS } from '../lexicon.ts';

const firstNumber = (m: RegExpMatchArray | null) => (m ? Number(m.slice(1).find((x) => x !== undefined)) : undefined);

/** Base and peak instance counts, when both are said and the peak is larger. */
export function counts(t: string): { base: number; peak: number } | undefined {
  const base = firstNumber(t.match(COUNTS.base));
  if (base === undefined || !(base > 0)) return undefined;
  const peak = firstNumber(t.match(COUNTS.peak));
  const extra = firstNumber(t.match(COUNTS.extra));
  const total = peak !== undefined && peak > base ? peak : extra !== undefined && extra > 0 ? base + extra : undefined;
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
  const unpredictable = any(tu,
    /(?:예측|예상|가늠|짐작)\S{0,4}\s*(?:어렵|어려|힘들|힘듦|불가|못\s*하)|예측\s*(?:불가|할\s*수\s*(?:가\s*)?없|이?\s*(?:안|어렵|힘들)|하기\s*(?:어렵|힘들)|못|불능)|예상\s*(?:불가|할\s*수\s*없|이\s*안|하기\s*어렵)|알\s*수\s*없|(?:어떻게|얼마나)\s*(?:될지|나올지|올지|몰릴지)\s*(?:\S+\s*){0,2}모(?:름|르)|가늠(?:이)?\s*(?:안|어렵|불가)|모르겠|불규칙|들쭉날쭉|들쑥날쑥|변동(?:이|폭이)?\s*(?:심|크|많)|오르락내리락|갑자기|바이럴|불확실/,
    /unpredictable|not predictable|can't predict|cannot predict|hard to predict|no idea (?:how|what|when)|(?:don'?t|do not|dunno|can't|cannot) (?:really )?(?:know|tell|say) (?:yet )?(?:the |our )?(?:usage|load|traffic|demand|how (?:much|many|big|busy))|irregular|erratic|fluctuat|variable (?:load|traffic|demand)|uncertain|unknown (?:load|traffic|demand)|sudden|viral|random(?:ly)? (?:spikes|traffic|load)/);
  const spiky = any(t, /급증|폭증|폭주|치솟|스파이크|버스트|몰리|몰림|몰려|튀는|튀어|트래픽이\s*(?:뛰|늘)|spiky|spikes?|bursts?|bursty|surges?|surging|flash (?:sale|crowd)/);
  const steadyWord = any(t,
    /일정(?!이|을|에|표|대로|관리|\s*(?:조정|변경|바뀌))|꾸준|안정적|일관(?:된|적|되)|예측\s*가능|예상\s*가능|변동\s*(?:이|은|이\s*거의)?\s*(?:없|적)|변화가\s*(?:없|적)|평탄|고정(?:적|된)?\s*(?:부하|트래픽|사용량|용량)|부하가\s*(?:일정|고정)|기본\s*부하|베이스\s*(?:부하|라인)/,
    /\bsteady\b|\bstable\b|(?<!un)predictable|(?:load|usage|traffic|demand|utili[sz]ation|cpu)\s+(?:is|stays|remains|keeps|looks)\s+(?:\w+\s+)?(?:flat|even|level|constant|the same)|consistent|constant (?:load|usage|traffic|demand)|flat (?:load|usage|traffic)|baseline|base ?load|\bbase capacity|doesn't (?:change|vary) much|same load/);
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
  const baseCue = !!c || any(t, /평상시|평시|기본\s*(?:부하|트래픽|용량|사용량|적으로\s*\d+\s*대)|베이스|평소(?:에는|엔)?|최소\s*\d+\s*대|상시\s*\d+\s*대|항상\s*\d+\s*대|\d+\s*대(?:는|가)?\s*(?:항상|상시|늘)|baseline|base ?load|base capacity|minimum of \d+|at least \d+ (?:servers|instances)|always[- ]on \w+ of|core capacity|normally|most of the time/);
  const peakCue = !!c || any(t, /피크|최대\s*부하|\d+\s*배|두\s*배|세\s*배|몇\s*배|몰리|몰림|몰려|급증|폭증|치솟|뛰는|뛰어|뛴다|뛸|늘어나|늘어남|증가|세일|이벤트\s*(?:때|기간|시즌)|성수기|블랙\s*프라이데이|추가\s*(?:용량|서버|인스턴스)|peaks?\b|bursts?|spikes?|surges?|doubles?|triples?|rush|\bsales?\b|black friday|busy (?:hours|season|periods?)|extra (?:capacity|servers|instances)|additional (?:capacity|servers|instances)|scale (?:out|up)|seasonal|holiday/);
  if (peakCue && (baseCue || f.steady || known.alwaysOn)) {
    f.peaks = true;
    u('peaks');
    if (known.recurring || weekdays || weekends || monthly || (daily && timeOfDay) || (weekly && timeOfDay)) f.peakScheduled = true;
    if (f.unpredictable || any(t, /갑자기|예고\s*없이|언제\s*(?:올지|터질지|몰릴지|생길지|튈지)\s*(?:모르|모름)|sudden|unexpected|random|(?:can't|cannot|don't) (?:predict|know) when/)) f.peakUnpredictable = true;
  } else if ((f.unpredictable || f.spiky) && (baseCue || known.alwaysOn)) {
    f.peaks = true;
    f.peakUnpredictable = true;
    u('peaks');
  }
  return f;
}
