// When it runs: always on, days a week, a recurring window (매일 밤 1시~3시, weekdays 9-5) and its length.
import { type Part, part, marker } from './part.ts';
import { SCHEDULE } from '../lexicon.ts';
import { any, EN_NUM, num } from './text.ts';
import { ALWAYS_ON_HOURS, HOURS_PER_DAY } from '../constants.ts';

// ---------- time windows ----------

/** Hours in a time-of-day range ("1시부터 3시까지", "9-5", "6pm to 2am"), or undefined. */
function windowHours(s: string): number | undefined {
  const ko = /(오전|오후|저녁|밤|새벽|아침|낮)?\s*(\d{1,2})\s*시(?:\s*\d{1,2}\s*분)?\s*(?:부터|에서|~|-|∼)\s*(오전|오후|저녁|밤|새벽|아침|낮)?\s*(\d{1,2})\s*시(?!간)/;
  const k = s.match(ko);
  if (k) return rangeLen(adjustKo(Number(k[2]), k[1]), adjustKo(Number(k[4]), k[3] ?? k[1]), !!(k[1] || k[3]));
  const en = /(?:^|[^\d.:])(\d{1,2})(?::(\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:-|to|until|till|~)\s*(\d{1,2})(?::(\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d.])/g;
  for (const e of s.matchAll(en)) {
    const after = s.slice(e.index! + e[0].length, e.index! + e[0].length + 12);
    if (/^\s*(?:(?:years?|months?|weeks?|days?|yrs?|gb|tb|servers?|instances?|nodes?|machines?|vms?|boxes)\b|%|년|개월|달|주(?!중)|일(?!요일)|대|배|명)/.test(after)) continue;
    const before = s.slice(Math.max(0, e.index! - 25), e.index! + 1);
    const timeish = !!(e[2] || e[3] || e[5] || e[6]) ||
      /(weekdays?|daily|every ?day|each day|nightly|mon(day)?\s*-\s*fri(day)?|business hours|office hours|working hours|work hours|from|between|hours|schedule|평일|매일)\s*[^\d]{0,6}$/.test(before);
    // "9-5 weekdays", "10-4 every day": a schedule word right after also makes it a time range.
    const afterSched = /^\s*,?\s*(?:on\s+)?(?:weekdays?|week days|daily|every ?(?:day|night|week)|each day|business days|mon(?:day)?\s*(?:-|to|through|thru)\s*fri|평일|매일|주중|주\s*5\s*일)/.test(s.slice(e.index! + e[0].length, e.index! + e[0].length + 24));
    if (!timeish && !afterSched) continue;
    const a = adjustEn(Number(e[1]), e[3]);
    const b = adjustEn(Number(e[4]), e[6] ?? (e[3] && Number(e[4]) > Number(e[1]) ? e[3] : undefined));
    return rangeLen(a, b, !!(e[3] || e[6]));
  }
  if (/\b9\s*-?\s*to\s*-?\s*5\b|nine[- ]to[- ]five/.test(s)) return 8;
  return undefined;
}

function adjustKo(h: number, part: string | undefined): number {
  if (!part) return h;
  if ((part === '오후' || part === '저녁') && h < 12) return h + 12;
  if (part === '밤' && h >= 6 && h < 12) return h + 12;
  if (part === '낮' && h < 6) return h + 12;
  return h;
}

function adjustEn(h: number, mer: string | undefined): number {
  if (!mer) return h;
  const pm = mer.startsWith('p');
  if (pm && h < 12) return h + 12;
  if (!pm && h === 12) return 0;
  return h;
}

function rangeLen(a: number, b: number, explicit: boolean): number | undefined {
  if (a > HOURS_PER_DAY || b > HOURS_PER_DAY) return undefined;
  let len = (b - a + HOURS_PER_DAY) % HOURS_PER_DAY;
  // "9-5", "10시~2시" with no am/pm: a business window, not a 20-hour one.
  if (!explicit && b < a && b + 12 > a) len = b + 12 - a;
  if (len === 0) len = explicit ? 24 : 12; // "9시부터 9시까지" is a 12-hour day
  return len;
}

const KO_WORD_CNT = '(열한|열두|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)';

/** A count in Korean: "2" or "두" (a word only when it stands alone, not the end of another word). */
function koCount(pattern: string): RegExp {
  return new RegExp(`(?:(?<![\\d.])(\\d{1,2}(?:\\.\\d+)?)|(?<![가-힣])${KO_WORD_CNT})\\s*${pattern}`);
}

function firstCount(m: RegExpMatchArray | null): number | undefined {
  if (!m) return undefined;
  const v = m.slice(1).find((x) => x !== undefined);
  const n = v === undefined ? NaN : num(v);
  return Number.isFinite(n) ? n : undefined;
}

// Not a run length: a deadline, an interval, a lead time or a rate.
const KO_NOT_LEN = '(?!\\s*(?:이내|안에|내에|내로|마다|전에|전|후에|후|뒤|당|째|단위|간격|주기))';
const EN_NOT_LEN = '(?!\\s*(?:before|after|ago|later|earlier|notice|in advance|apart|intervals?|sla|rpo|rto))';

/**
 * How long one run lasts, in hours ("2시간씩", "두 시간 도는", "4h", "3 hrs", "for ~8 hours").
 * With a recurrence in the text (매일, every Monday, 주 3회) any plain length is the window;
 * without one, only phrasings that say the length is per day or per run.
 */
function runLength(t: string, recurs: boolean): number | undefined {
  const verbs = '(?:돌|도는|돈다|돌아|돌려|돌린|실행|사용|쓰|써|가동|켜|걸리|걸려|운영|구동|작업|처리|작동)';
  const ko =
    firstCount(t.match(koCount(`시간${KO_NOT_LEN}\\s*씩`))) ??
    firstCount(t.match(new RegExp(`하루(?:에)?\\s*${koCount('시간').source}`))) ??
    firstCount(t.match(koCount(`시간${KO_NOT_LEN}\\s*(?:동안|정도|가량|쯤|만|씩|짜리|\\s)*${verbs}`)));
  if (ko !== undefined) return ko;
  const EN_CNT = '(\\d{1,2}(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|an?)';
  const enUnit = '(?:hours?|hrs?|h)\\b';
  const en =
    firstCount(t.match(new RegExp(`\\b${EN_CNT}\\s*-?\\s*${enUnit}\\s*(?:a|per|each|every)\\s*(?:day|night|run|time|weekday|morning|evening)\\b`))) ??
    firstCount(t.match(new RegExp(`\\bfor\\s*(?:about|around|roughly|approx\\.?|~)?\\s*${EN_CNT}\\s*-?\\s*${enUnit}${EN_NOT_LEN}`))) ??
    firstCount(t.match(new RegExp(`(?:^|[^\\d.])(?<!\\b(?:every|within|each|per|in)\\s)(\\d{1,2}(?:\\.\\d+)?)[- ]hours?\\b${EN_NOT_LEN}`)));
  if (en !== undefined) return en;
  if (!recurs) return undefined;
  return (
    firstCount(t.match(koCount(`시간${KO_NOT_LEN}`))) ??
    firstCount(t.match(new RegExp(`(?:^|[^\\d.:])(?<!\\b(?:every|within|each|per|in)\\s)${EN_CNT}\\s*-?\\s*${enUnit}${EN_NOT_LEN}`)))
  );
}

const WEEKDAY_KO = /(월|화|수|목|금|토|일)요일/g;
const WEEKDAY_EN = /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b/g;

/** Days a week: "주 3일", "주 세 번", "일주일에 두 번" (also removed before reading durations). */
export const DPW_KO = /(?:(?<![가-힣])주|매주|일주일에|한\s*주에)\s*(\d|한|두|세|네|다섯|여섯|일곱)\s*(?:일|회|번)/;

/** The recurrence words (매일, weekdays, 매주 월요일, monthly) and whether a time of day is named. */
export function scheduleCues(t: string) {
  const daily = any(t, SCHEDULE.daily);
  const weekdays = any(t, SCHEDULE.weekdays);
  // "this weekend", "이번 주말" is one weekend, not every weekend.
  const weekends = any(t.replace(/(?:this|next|the coming|over the|one|a single)\s+weekend\b|(?:이번|다음|돌아오는|지난)\s*주\s*말/g, ' '), /주말|weekends?/);
  // "Black Friday", "Cyber Monday" are sale days, not a weekly schedule.
  const td = t.replace(/black\s*friday|cyber\s*monday|블랙\s*프라이데이|사이버\s*먼데이/g, ' ');
  const kdays = new Set([...td.matchAll(WEEKDAY_KO)].map((m) => m[1]));
  const edays = new Set([...td.matchAll(WEEKDAY_EN)].map((m) => m[1].replace(/s$/, '')));
  const compactDays = t.match(/(?:^|\s)([월화수목금토일]{2,5})(?:\s|에|마다|$)/);
  const weekly = kdays.size > 0 || edays.size > 0 || any(t, SCHEDULE.weekly);
  const monthly = any(t, SCHEDULE.monthly);
  const timeOfDay = any(t, SCHEDULE.timeOfDay);
  return { daily, weekdays, weekends, kdays, edays, compactDays, weekly, monthly, timeOfDay };
}

/** When the workload runs. */
export function extractSchedule(t: string): Part {
  const f = part();
  const u = marker(f);
  const dpw = t.match(DPW_KO) ??
    t.match(new RegExp(`\\b${EN_NUM}\\s*(?:days?|times?)\\s*(?:a|per|each)\\s*week\\b`)) ??
    t.match(/\b(once|twice|thrice)\s*(?:a|per|each)\s*week\b/);
  if (dpw && num(dpw[1]) >= 1 && num(dpw[1]) <= 7) f.daysPerWeek = num(dpw[1]);
  // Always on.
  if (any(t, SCHEDULE.alwaysOn)) {
    f.alwaysOn = true;
    u('always-on');
  }

  const { daily, weekdays, weekends, kdays, edays, compactDays, weekly, monthly, timeOfDay } = scheduleCues(t);
  const recurs = daily || weekdays || weekends || weekly || monthly || !!f.daysPerWeek;

  const wh = windowHours(t);
  const len = runLength(t, recurs);
  const perDay = len !== undefined && len > 0 && len <= HOURS_PER_DAY ? len : undefined;
  const hours = wh ?? perDay;
  if (hours !== undefined && hours > 0 && hours <= HOURS_PER_DAY) f.hoursPerDay = hours;
  if (f.hoursPerDay !== undefined && f.hoursPerDay >= ALWAYS_ON_HOURS) {
    f.alwaysOn = true;
    u('always-on');
  }

  // A calendar recurrence (monthly, quarter-end) with a window of days is a window too.
  const hasWindow = wh !== undefined || perDay !== undefined || timeOfDay || !!f.daysPerWeek || (monthly && any(t, SCHEDULE.dayWindow));
  if (!f.alwaysOn && !hasWindow && !recurs && any(t, SCHEDULE.yearRound)) {
    f.alwaysOn = true;
    u('always-on');
  }
  const dpwSaid = f.daysPerWeek !== undefined;
  if (f.daysPerWeek === undefined) {
    if (daily) f.daysPerWeek = 7;
    else if (weekdays) f.daysPerWeek = 5;
    else if (weekends) f.daysPerWeek = 2;
    else if (kdays.size || edays.size) f.daysPerWeek = Math.max(kdays.size, edays.size);
    else if (compactDays && weekly) f.daysPerWeek = compactDays[1].length;
  }
  if (recurs && hasWindow && !f.alwaysOn) {
    f.recurring = monthly ? 'monthly' : weekly && !daily && !weekdays ? 'weekly' : 'daily';
    if (weekdays || weekends || (dpwSaid && f.daysPerWeek! < 7 && !daily)) f.recurring = 'weekly';
    if (daily) f.recurring = 'daily';
    u('recurring');
  }
  if (f.hoursPerDay !== undefined && !f.alwaysOn) u('hours');
  return f;
}
