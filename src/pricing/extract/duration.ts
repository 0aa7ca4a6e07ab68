// How long the workload is needed: a term in months, or vague (몇 달), long (몇 년) or short (며칠).
import { type Part, part, marker } from './part.ts';
import { DURATION } from '../lexicon.ts';
import { any, EN_NUM, KO_NUM, KO_SINO, num } from './text.ts';
import { DPW_KO } from './schedule.ts';
import { monthsFromDays } from '../constants.ts';

interface Duration {
  months: number;
}

function durations(s: string): Duration[] {
  const out: Duration[] = [];
  const push = (n: number, unit: string) => {
    if (!Number.isFinite(n) || n <= 0) return;
    const u = unit.toLowerCase();
    if (/^(년|해|y)/.test(u)) out.push({ months: n * 12 });
    else if (/^(개월|달|mo)/.test(u)) out.push({ months: n });
    else if (/^(주|w)/.test(u)) out.push({ months: monthsFromDays(n * 7) });
    else if (/^(일|d)/.test(u)) out.push({ months: monthsFromDays(n) });
  };
  // Korean: 3년, 두 달, 6개월, 2주, 3일 (not 주 3일 = days a week, not 5월 3일 = a date, not 3일마다).
  const ko = new RegExp(`(^|[^\\d가-힣.])${KO_NUM}\\s*(년|해|개월|달|주일|주|일)(?!\\s*(?:마다|에 한|씩|째|요일|회|에\\s*\\d))`, 'g');
  for (const m of s.matchAll(ko)) {
    if (!/\d/.test(m[2]) && !/^(달|개월|주|해)$/.test(m[3])) continue; // 세일, 네일 are not durations
    const before = s.slice(Math.max(0, m.index! - 3), m.index! + m[1].length);
    if (m[3] === '일' && /(주|월|매월|매달)\s*$/.test(before)) continue;
    if (m[3] === '주' && /\d/.test(m[2]) && /^주\s*\d/.test(s.slice(m.index! + m[0].length - 1))) continue;
    if (m[3] === '년' && Number(m[2]) > 1900) continue; // a calendar year
    push(num(m[2]), m[3]);
  }
  // Sino-Korean before 년/개월 only: 일 년, 일년, 삼 년, 육 개월, 삼십육 개월 (not 일년에 한 번, a rate).
  const sino = new RegExp(`(^|[^\\d가-힣.]|[0-9])${KO_SINO}\\s?(년|개월)(?!\\s*(?:에\\s*(?:한|두|세|\\d)|마다|째))`, 'g');
  for (const m of s.matchAll(sino)) {
    if (/\d/.test(m[1])) continue;
    push(num(m[2]), m[3]);
  }
  // 일주일 / 이주일 = one / two weeks (not 일주일에 세 번, a rate).
  for (const m of s.matchAll(/(^|[^가-힣])(일|이|한)\s?주일(?!\s*(?:에|마다|당))/g)) push(m[2] === '이' ? 2 : 1, '주');
  // Hours as a duration only when they exceed a day: "for 48h", "72시간 동안만".
  for (const m of s.matchAll(/(?:\bfor\s*|(?:^|[^\d]))(\d{2,3})\s*(?:h|hrs?|hours?|시간)(?:\b|(?=\s*(?:동안|만|짜리)))(?!\s*(?:a|per|each|every)\s)/g)) {
    const h = Number(m[1]);
    if (h > 24 && h < 24 * 60) push(h / 24, 'd');
  }
  // "for the next year", "all of next year", "over the coming year": a year.
  if (/\b(?:for|over|during|throughout|through|all of|within)\s+(?:the\s+)?(?:next|coming|following|upcoming)\s+year\b|\bthe whole (?:of )?next year\b/.test(s)) out.push({ months: 12 });
  const en = new RegExp(`\\b${EN_NUM}[ -]?(years?|yrs?|months?|mos?|weeks?|wks?|days?)\\b(?![ -]?(?:a|per|each)\\s+(?:week|month))`, 'g');
  for (const m of s.matchAll(en)) {
    const unit = m[2];
    // "12 hours a day", "once a week" are rates, not durations; "for a year" is one.
    if (/^an?$/.test(m[1]) && !/(?:for|about|around|roughly|just|only|over|within|in|next|than|half|least|maybe)\s+$/.test(s.slice(0, m.index!))) continue;
    push(num(m[1]), unit.startsWith('mo') ? 'mo' : unit[0]);
  }
  return out;
}

/** The term and how long-lived the workload is. */
export function extractDuration(t: string): Part {
  const f = part();
  const u = marker(f);
  // Duration / term.
  const ds = durations(t.replace(new RegExp(DPW_KO.source, 'g'), ' '));
  if (ds.length) {
    // Unrounded, so two weeks prices as exactly 336 hours.
    f.termMonths = Math.max(...ds.map((d) => d.months));
    u('term');
  }
  const tl = t.replace(/(?:no|not|isn't|not a|without(?: a| any)?)\s+long[- ]term|long[- ]term\s+(?:is not|isn't|is no)|장기(?:간|적)?\s*(?:은|는)?\s*(?:아님|아니|아냐|필요\s*없|x)/g, ' ');
  if (any(tl, DURATION.longTerm)) {
    f.longTerm = true;
    u('long-term');
  }
  if (f.termMonths !== undefined && /\b(?:a few|several|few|some)\s+months\b/.test(t) && !ds.some((d) => d.months >= 12 || d.months < 1)) {
    // Only the vague "several months" gave a term: keep it vague, as 몇 달 is.
    delete f.termMonths;
    f.understood = f.understood.filter((k) => k !== 'term');
  }
  if (!f.termMonths && any(t, DURATION.vagueMonths)) {
    f.vagueMonths = true;
    u('months');
  }
  if (any(t, DURATION.shortLived)) {
    f.shortLived = true;
    u('short');
  }
  if (f.termMonths !== undefined && f.termMonths < 1) {
    f.shortLived = true;
    u('short');
  }
  return f;
}
