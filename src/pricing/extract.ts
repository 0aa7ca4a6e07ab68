// Factor extraction: what a free-text workload description says about duration, schedule,
// steadiness, interruptibility, licensing, isolation and commitment. Korean and English,
// with negations ("중단되면 안 됨", "must not be interrupted") taking precedence.
import type { Factors } from './types.ts';
import { EXAMPLE_PRICES } from './prices.ts';
import { MAX_INPUT_CHARS } from '../search/normalize.ts';

const NUM_WORDS: Record<string, number> = {
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 열한: 11, 열두: 12,
  // Sino-Korean, used before 년/개월 (일 년, 삼 년, 육 개월, 삼십육 개월).
  일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 십이: 12, 십팔: 18, 이십사: 24, 삼십육: 36,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, a: 1, an: 1, couple: 2, 'a couple of': 2, few: 3, 'a few': 3, several: 4,
  once: 1, twice: 2, thrice: 3,
};

function num(s: string): number {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return NUM_WORDS[t] ?? NaN;
}

const KO_NUM = '(\\d+(?:\\.\\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)';
/** Native-Korean counts for hours and times (두 시간, 열두 시간, 세 번). */
const KO_CNT = '(\\d{1,2}(?:\\.\\d+)?|열한|열두|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)';
/** Sino-Korean counts only before 년/개월 (일 년, 삼 년, 육 개월, 삼십육 개월). */
const KO_SINO = '(삼십육|이십사|십이|십팔|일|이|삼|사|오|육)';
const EN_NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|an?|several)';

/** Lower-cased, width-normalised, single-spaced; typos we see often are folded in. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/interr?upp?t/g, 'interrupt')
    .replace(/intterupt/g, 'interrupt')
    .replace(/predicatble|predictible|preditable/g, 'predictable')
    .replace(/tollerat/g, 'tolerat')
    .trim();
}

const any = (s: string, ...res: RegExp[]) => res.some((r) => r.test(s));

// ---------- duration ----------

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
    else if (/^(주|w)/.test(u)) out.push({ months: (n * 7) / 30.4 });
    else if (/^(일|d)/.test(u)) out.push({ months: n / 30.4 });
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
  if (a > 24 || b > 24) return undefined;
  let len = (b - a + 24) % 24;
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

// ---------- the extractor ----------

/**
 * Factors of a description. `nested` is for one clause of a longer description (no clause
 * analysis of its own).
 */
export function extractFactors(raw: string, nested = false): Factors {
  // A workload is described in a few sentences; reading past that only costs time (some patterns
  // are slow on pathological input, e.g. 100,000 digits), so the rest is ignored.
  const s = normalize(raw.slice(0, MAX_INPUT_CHARS));
  const f: Factors = { understood: [] };
  const u = (k: string) => {
    if (!f.understood.includes(k)) f.understood.push(k);
  };

  // Prices and instance types first, then remove money so "$0.10" never reads as a duration.
  const price =
    s.match(/\$\s?(\d+(?:\.\d+)?)\s*(?:\/|per|an?|an hour|hourly)?\s*(?:hr|hour|h|시간)\b/) ??
    s.match(/\$\s?(\d+(?:\.\d+)?)\s*\/\s*시간/) ??
    s.match(/(?:시간당|hourly|per hour|an hour|\/hr)\s*(?:\$\s?|us\$\s?)?(\d+(?:\.\d+)?)\s*(?:달러|usd|\$)?/) ??
    s.match(/(\d+(?:\.\d+)?)\s*(?:달러|usd)\s*(?:\/|per)?\s*(?:시간|hr|hour)/);
  if (price) {
    f.hourlyPrice = Number(price[1]);
    u('price');
  }
  const it = s.match(/\b([a-z]\d[a-z]{0,3}\.(?:nano|micro|small|medium|large|xlarge|\d{1,2}xlarge))\b/);
  if (it) {
    f.instanceType = it[1];
    if (f.hourlyPrice === undefined && EXAMPLE_PRICES.instances[it[1]]) u('instance');
  }
  const upfront = s.match(/(?:선결제|upfront|up-front|초기\s*비용)\s*(?:금액|비용|payment|of|은|는|:)?\s*\$?\s?([\d,]+(?:\.\d+)?)/) ??
    s.match(/\$\s?([\d,]+(?:\.\d+)?)\s*(?:upfront|up-front|선결제)/);
  if (upfront) {
    f.upfront = Number(upfront[1].replace(/,/g, ''));
    u('upfront');
  }
  const rDisc = s.match(/(?:예약|reserved|ri)\s*(?:인스턴스\s*)?(?:할인(?:율|률)?|discount)\s*(?:은|는|을|를|of|=|:)?\s*(\d{1,2}(?:\.\d+)?)\s*%/);
  if (rDisc) f.reservedDiscount = Number(rDisc[1]) / 100;
  const sDisc = s.match(/(?:스팟|spot)\s*(?:인스턴스\s*)?(?:할인(?:율|률)?|discount)\s*(?:은|는|을|를|of|=|:)?\s*(\d{1,2}(?:\.\d+)?)\s*%/);
  if (sDisc) f.spotDiscount = Number(sDisc[1]) / 100;

  // Storage (pillar 4): "500GB 중 20GB만", "500 GB volume, 20 GB used".
  const gbs = [...s.matchAll(/(\d+(?:\.\d+)?)\s*(gb|gib|기가|tb|테라)/g)].map((m) => Number(m[1]) * (/^t|테/.test(m[2]) ? 1024 : 1));
  if (gbs.length || /\bebs\b|스토리지|볼륨|volume|디스크|disk|storage|gp2|gp3|st1/.test(s)) {
    f.storage = { mentioned: true };
    if (gbs.length >= 2) {
      f.storage.provisionedGb = Math.max(...gbs);
      f.storage.usedGb = Math.min(...gbs);
    } else if (gbs.length === 1) f.storage.provisionedGb = gbs[0];
    u('storage');
  }
  const t = s.replace(/\$\s?\d[\d,]*(?:\.\d+)?/g, ' $ ').replace(/\d+(?:\.\d+)?\s*(?:gb|gib|tb|기가|테라|%|달러|usd)/g, ' ');

  // Days a week: "주 3일", "주 세 번", "일주일에 두 번", "3 days a week", "twice a week", "월수금".
  const DPW_KO = /(?:(?<![가-힣])주|매주|일주일에|한\s*주에)\s*(\d|한|두|세|네|다섯|여섯|일곱)\s*(?:일|회|번)/;
  const dpw = t.match(DPW_KO) ??
    t.match(new RegExp(`\\b${EN_NUM}\\s*(?:days?|times?)\\s*(?:a|per|each)\\s*week\\b`)) ??
    t.match(/\b(once|twice|thrice)\s*(?:a|per|each)\s*week\b/);
  if (dpw && num(dpw[1]) >= 1 && num(dpw[1]) <= 7) f.daysPerWeek = num(dpw[1]);

  // Duration / term.
  const ds = durations(t.replace(new RegExp(DPW_KO.source, 'g'), ' '));
  if (ds.length) {
    f.termMonths = Math.round(Math.max(...ds.map((d) => d.months)) * 100) / 100;
    u('term');
  }
  const tl = t.replace(/(?:no|not|isn't|not a|without(?: a| any)?)\s+long[- ]term|long[- ]term\s+(?:is not|isn't|is no)|장기(?:간|적)?\s*(?:은|는)?\s*(?:아님|아니|아냐|필요\s*없|x)/g, ' ');
  if (any(tl, /몇\s*년|수\s*년|여러\s*해|연중|일\s*년\s*내내|\d\s*년\s*내내|년\s*내내|일년\s*내내|1년\s*이상|장기(?:간|적|\s)|오랫동안|계속\s*쓸|영구적|\bfor years\b|\byears\b|all[- ]year|year[- ]round|long[- ]term|long[- ]running|multi-?year|indefinitely|for the foreseeable future|permanent/)) {
    f.longTerm = true;
    u('long-term');
  }
  if (f.termMonths !== undefined && /\b(?:a few|several|few|some)\s+months\b/.test(t) && !ds.some((d) => d.months >= 12 || d.months < 1)) {
    // Only the vague "several months" gave a term: keep it vague, as 몇 달 is.
    delete f.termMonths;
    f.understood = f.understood.filter((k) => k !== 'term');
  }
  if (!f.termMonths && any(t, /몇\s*달|몇\s*개월|수\s*개월|여러\s*달|several months|a few months|for months|months/)) {
    f.vagueMonths = true;
    u('months');
  }
  if (any(t, /몇\s*주|며칠|몇\s*일|하루\s*(?:동안\s*)?(?:만|이틀)|반나절|이틀|잠깐|잠시|단기(?:간)?|일시적|임시|한\s*번만|일회성|일회용|당분간|해커톤|이번\s*주말|짧게|짧은\s*(?:기간|시간)|a few (?:days|weeks)|couple of (?:days|weeks)|short[- ](?:term|lived)|temporary|temporarily|one[- ](?:off|time|shot)|briefly|hackathon|over the weekend|(?:for |during )?(?:a|one|the|this) sprint|스프린트\s*(?:동안|기간|하나)|(?:for|just|only) (?:an?|one|the) (?:afternoon|morning|evening)|for a demo|just for (?:a|the) (?:day|week|demo|test)/)) {
    f.shortLived = true;
    u('short');
  }
  if (f.termMonths !== undefined && f.termMonths < 1) {
    f.shortLived = true;
    u('short');
  }

  // Always on.
  if (any(t, /24\s*시간(?!\s*(?:이내|안에|내에|마다))|24\s*\/\s*7|24\s*x\s*7|24-7|365\s*일|(?<!평)상시|항시|항상\s*(?:켜|돌|실행|가동|운영|떠)|늘\s*(?:켜|돌)|계속\s*(?:돌아|돌|실행|켜|가동|운영)|꺼지지\s*않|끄지\s*않|쉬지\s*않|멈추지\s*않고\s*(?:돌|실행)|always[- ]on|always running|(?:runs?|running|run|on|up|online|live|available|powered on) all the time|around the clock|round the clock|non-?stop|(?:runs?|running|run|operat\w*|online|up|available|serv\w*) continuously|continuously (?:running|runs?|on|online|available|up)|constantly running|runs? constantly|never (?:turned|switched|shut) (?:off|down)|24 hours a day/)) {
    f.alwaysOn = true;
    u('always-on');
  }

  // Recurring windows: the recurrence first, then how long each run is.
  const daily = any(t, /매일|날마다|매일\s*밤|(?:밤|아침|저녁|새벽|낮|점심)\s*마다|하루\s*한\s*번|하루에\s*한\s*번|매일같이|매일매일|every ?(?:day|night|morning|evening)|each (?:day|night|morning|evening)|daily|nightly|once a day|\bevery \d+ hours\b/);
  const weekdays = any(t, /평일|주중|월\s*[~-]\s*금|월요일부터\s*금요일|주\s*5\s*일|weekdays?|week days|mon(?:day)?\s*(?:-|to|through|thru)\s*fri(?:day)?|business days|workdays?|working days/);
  // "this weekend", "이번 주말" is one weekend, not every weekend.
  const weekends = any(t.replace(/(?:this|next|the coming|over the|one|a single)\s+weekend\b|(?:이번|다음|돌아오는|지난)\s*주\s*말/g, ' '), /주말|weekends?/);
  // "Black Friday", "Cyber Monday" are sale days, not a weekly schedule.
  const td = t.replace(/black\s*friday|cyber\s*monday|블랙\s*프라이데이|사이버\s*먼데이/g, ' ');
  const kdays = new Set([...td.matchAll(WEEKDAY_KO)].map((m) => m[1]));
  const edays = new Set([...td.matchAll(WEEKDAY_EN)].map((m) => m[1].replace(/s$/, '')));
  const compactDays = t.match(/(?:^|\s)([월화수목금토일]{2,5})(?:\s|에|마다|$)/);
  const weekly = kdays.size > 0 || edays.size > 0 || any(t, /매주|주마다|일주일에\s*(?:한|1)\s*(?:번|회)|주\s*1\s*회|주\s*한\s*번|every ?week|weekly|each week|once a week|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/);
  const monthly = any(t, /매월|매달|월말|월초|한\s*달에\s*한\s*번|월\s*1\s*회|분기마다|every ?month|monthly|each month|month[- ]end|end of (?:every|each|the) month|once a month|quarterly/);
  const recurs = daily || weekdays || weekends || weekly || monthly || !!f.daysPerWeek;

  const wh = windowHours(t);
  const len = runLength(t, recurs);
  const perDay = len !== undefined && len > 0 && len <= 24 ? len : undefined;
  const hours = wh ?? perDay;
  if (hours !== undefined && hours > 0 && hours <= 24) f.hoursPerDay = hours;
  if (f.hoursPerDay !== undefined && f.hoursPerDay >= 23) {
    f.alwaysOn = true;
    u('always-on');
  }

  const timeOfDay = any(t, /오전|오후|저녁|밤|새벽|아침|점심|업무\s*시간|근무\s*시간|출근|퇴근|영업\s*시간|morning|afternoon|evening|night|overnight|business hours|office hours|working hours|work hours|\d{1,2}\s*(?:am|pm)\b|\bat \d{1,2}\b|\d{1,2}\s*시/);
  const hasWindow = wh !== undefined || perDay !== undefined || timeOfDay || !!f.daysPerWeek;
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

  // Steady vs unpredictable.
  // "예측이 전혀 안 됨", "예상이 잘 안 돼": drop the adverb between the noun and its negation.
  const tu = t.replace(/(예측|예상|가늠|짐작)(이|은|도|을|하기가?)?\s*(?:전혀|잘|도저히|거의|정말|진짜|좀|쉽게|딱히|당최|완전|너무)\s*/g, '$1$2 ');
  const unpredictable = any(tu,
    /(?:예측|예상|가늠|짐작)\S{0,4}\s*(?:어렵|어려|힘들|힘듦|불가|못\s*하)|예측\s*(?:불가|할\s*수\s*(?:가\s*)?없|이?\s*(?:안|어렵|힘들)|하기\s*(?:어렵|힘들)|못|불능)|예상\s*(?:불가|할\s*수\s*없|이\s*안|하기\s*어렵)|알\s*수\s*없|가늠(?:이)?\s*(?:안|어렵|불가)|모르겠|불규칙|들쭉날쭉|들쑥날쑥|변동(?:이|폭이)?\s*(?:심|크|많)|오르락내리락|갑자기|바이럴|불확실/,
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
  const baseCue = any(t, /평상시|평시|기본\s*(?:부하|트래픽|용량|사용량|적으로\s*\d+\s*대)|베이스|평소(?:에는|엔)?|최소\s*\d+\s*대|상시\s*\d+\s*대|항상\s*\d+\s*대|\d+\s*대(?:는|가)?\s*(?:항상|상시|늘)|baseline|base ?load|base capacity|minimum of \d+|at least \d+ (?:servers|instances)|always[- ]on \w+ of|core capacity|normally|most of the time/);
  const peakCue = any(t, /피크|최대\s*부하|\d+\s*배|두\s*배|세\s*배|몇\s*배|몰리|몰림|몰려|급증|폭증|치솟|뛰는|뛰어|뛴다|뛸|늘어나|늘어남|증가|세일|이벤트\s*(?:때|기간|시즌)|성수기|블랙\s*프라이데이|추가\s*(?:용량|서버|인스턴스)|peaks?\b|bursts?|spikes?|surges?|doubles?|triples?|rush|\bsales?\b|black friday|busy (?:hours|season|periods?)|extra (?:capacity|servers|instances)|additional (?:capacity|servers|instances)|scale (?:out|up)|seasonal|holiday/);
  if (peakCue && (baseCue || f.steady || f.alwaysOn)) {
    f.peaks = true;
    u('peaks');
    if (f.recurring || weekdays || weekends || (daily && timeOfDay) || (weekly && timeOfDay)) f.peakScheduled = true;
    if (f.unpredictable || any(t, /갑자기|예고\s*없이|sudden|unexpected|random/)) f.peakUnpredictable = true;
  } else if ((f.unpredictable || f.spiky) && (baseCue || f.alwaysOn)) {
    f.peaks = true;
    f.peakUnpredictable = true;
    u('peaks');
  }

  // Interruptible, negations first.
  const notInterruptible = any(t,
    /(?:중단|중지|다운|정지|종료)\s*(?:이|을|가|를)?\s*(?:되|돼|되어|되면|돼서|되서|시키면|하면|시켜선|되선|되어서는|돼서는|되어선|하면서)?\s*(?:은|는|선|서는)?\s*안\s*(?:됨|돼|되|된다|됩니다|되는|될)/,
    /(?:중단|다운|끊김|멈춤|정지|장애)\s*(?:이|을|은)?\s*(?:허용|용납)\s*(?:되지|하지|할\s*수|이|이\s*안)?\s*(?:않|없|안|불가|x)/,
    /(?:중단|다운|끊김|멈춤|정지|장애)\s*(?:불가|금지|없이|없어야|허용\s*(?:불가|안)|되면\s*(?:큰일|곤란|치명|안))/,
    /(?:중단|끊기|끊어지|멈추|멈춰|죽)\S{0,3}면\s.{0,20}?(?:안\s*(?:됨|돼|된다|되는|됩니다)|곤란|큰일|치명)/,
    /(?:재시작|재실행|다시\s*시작)\s*(?:이|은|도)?\s*(?:불가|안\s*(?:됨|돼|되)|할\s*수\s*없)|무중단|중단\s*없는|항상\s*떠\s*있어야|멈추면\s*안|멈춰선\s*안|멈춰서는\s*안/,
    /(?:끊기|끊어지|끊기|꺼지|죽으|죽|멈추|내려가)(?:면|어도|면은)\s*(?:안|큰일|곤란|절대)/,
    /절대\s*(?:중단|멈추|끊기|꺼지|죽)/,
    /(?:중단|인터럽트|interrupt)\S*\s*(?:견딜|감당|버틸)\s*(?:수\s*)?(?:없|x)/,
    /(?:중단|종료)(?:되|돼)?(?:도|어도)?\s*(?:괜찮지|상관\s*있|괜찮은\s*게\s*아니)/,
    /(?:must|should|can|may|could)\s*(?:not|never|n't)\s*(?:ever\s*)?(?:be\s*|get\s*)?(?:interrupt|stopp|terminat|kill|shut|pre-?empt|go(?:es)? down)/,
    /\b(?:can't|cant|cannot|won't|shouldn't|mustn't|couldn't|can not|may never|must never)\s*(?:ever\s*)?(?:be\s*|get\s*)?(?:interrupt|stopp|terminat|kill|shut down|pre-?empt|go(?:es)? down|restart)/,
    /(?:can't|cannot|can not|couldn't|won't|doesn't|does not|don't|do not|cant)\s*(?:tolerate|afford|handle|accept|survive|allow|take|deal with)\s*(?:any\s*|an?\s*|being\s*)?(?:interrupt|downtime|terminat|stopp|pre-?empt|outage)/,
    /(?:no|zero|without)\s*(?:\w+\s)?(?:interruptions?|downtime)/,
    /\b(?:not|non)[- ]?(?:interruptible|fault[- ]tolerant|restartable)|uninterrupt/,
    /(?:not|never|isn't|is not|aren't)\s*(?:ok|okay|acceptable|fine|allowed)\s*(?:to|if|when|for)\s*(?:it|them|us|the job)?\s*(?:to\s*)?(?:be\s*|get\s*)?(?:interrupt|stop|kill|terminat|restart)/,
    /(?:interrupt\w*|terminat\w*|stopp\w*|restarts?)\s*(?:is|are|would be|will be)\s*(?:not (?:ok|okay|acceptable|allowed|fine|tolerable)|never (?:ok|acceptable)|unacceptable|a (?:big )?problem|catastrophic|not an option|not allowed)/,
    /must (?:stay|be|remain|keep) (?:up|on|available|running)|has to (?:stay|keep) (?:up|running)|mission[- ]critical/);
  const yesInterruptible = any(t,
    /(?:중단|중지|끊|종료|꺼지|꺼져|죽|멈|인터럽트|회수|다운)\S{0,6}\s*(?:도|더라도)\s*(?:괜찮|괜찬|괜춘|무방|상관\s*없|상관없|문제\s*(?:없|x)|ok|오케이|되|돼|된다|됨|좋|감수|상관\s*x)/,
    /(?:중단|중지|인터럽트)\s*(?:은|이|을|는)?\s*(?:허용|가능|감수|ok|괜찮)/,
    /(?:다시|재)\s*(?:시작|실행|돌리|돌려|시도|처리)\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되|된다|그만|끝|ok)/,
    /재시작\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되)|(?:재시작|재시도|재처리|재실행|다시\s*시작|다시\s*실행)\s*(?:이|도|은|만)?\s*(?:가능|할\s*수\s*있|하면\s*(?:됨|돼|되|그만|끝))|재시도\s*(?:가능|하면|로)|(?:큐|대기열)\S{0,2}\s*다시\s*(?:들어|넣|쌓)|다시\s*(?:큐|대기열)에|이어서\s*(?:하면|처리하면|돌리면)|중간부터\s*다시/,
    /내결함성|결함\s*허용|장애\s*허용|체크포인트|멱등|언제\s*(?:끊겨|중단돼|중단되|멈춰|종료돼)도|급하지\s*않|마감이?\s*(?:없|여유)|시간\s*여유|아무\s*때나|유연하게\s*(?:실행|돌려)/,
    /(?:can|could|may|will)\s*(?:be|get)\s*(?:safely\s*)?(?:interrupt|stopp|kill|terminat|pre-?empt|restart|replaced|reclaimed|taken away|shut down)/,
    /\b(?:can|could|will|just)\s+(?:safely\s+|simply\s+|always\s+)?(?:restart|resume|rerun|re-run|retry|pick up where)|\b(?:get|are|is|be)\s+(?:automatically\s+|simply\s+|just\s+)?(?:retried|requeued|re-queued|rescheduled|restarted|resumed)\b/,
    /(?:at any time|anytime) without (?:harm|impact|problems?|issues?)|without (?:any )?harm/,
    /(?:ok|okay|fine|acceptable|no problem|alright|doesn't matter|don't mind|do not mind|not a problem)\s*(?:if|when|to|being)\s*(?:it|they|jobs?|tasks?|instances?|nodes?|we|workers?)?\s*(?:gets?|are|is|be|get)?\s*(?:interrupt|stopp|kill|terminat|pre-?empt|restart|reclaim|replac|taken away|shut down)/,
    /interrupt\w*\s*(?:are|is)\s*(?:ok|okay|fine|acceptable|tolerable|not a problem|no problem)|tolerat\w*\s*(?:interrupt|terminat)/,
    /\binterruptible|pre-?emptible|fault[- ]tolerant|resumable|checkpoint|idempotent|retries|just (?:restart|rerun|re-run|retry)|re-?run (?:it|them|the job)|stateless workers|no deadline|not time[- ]sensitive|not urgent|flexible (?:start|timing|deadline|schedule)|whenever (?:it's )?cheap/);
  if (notInterruptible) {
    f.interruptible = false;
    u('not-interruptible');
  } else if (yesInterruptible) {
    f.interruptible = true;
    u('interruptible');
  }
  if (any(t, /배치|크롤러|크롤링|스크래핑|렌더링|인코딩|트랜스코딩|시뮬레이션|빅\s*데이터|하둡|스파크|머신\s*러닝\s*학습|모델\s*학습|학습\s*작업|데이터\s*처리|이미지\s*처리|영상\s*처리|분석\s*(?:작업|클러스터)|\bbatch|crawl|scrap(?:e|er|ing)|render|encod|transcod|simulat|big ?data|hadoop|spark|\bemr\b|training (?:jobs?|runs?)|(?:ml|model|deep learning|dl|gpu|llm)\s+training|train(?:ing)? (?:a |the |our )?(?:ml )?models?|data processing|image processing|video processing|ci (?:builds?|jobs?|runners?)|ci\s*(?:빌드|러너|작업|잡)|빌드\s*(?:러너|서버|작업|잡|팜|머신)|build (?:jobs|farm|runners?|agents?)|monte carlo|genomics|hpc/)) {
    f.batchLike = true;
    u('batch');
  }
  if (any(t, /최대한\s*(?:싸|저렴)|가장\s*(?:싸|저렴)|제일\s*(?:싸|저렴)|싸게|저렴하게|비용\s*(?:최소|절감이\s*최우선)|(?:비용|가격|돈)(?:이|은)?\s*(?:최우선|제일\s*중요|가장\s*중요|1\s*순위)|as cheap(?:ly)? as possible|dirt[- ]cheap|super cheap|want (?:it|this) cheap|cost (?:is|matters) (?:most|above all)|cheapest|lowest (?:cost|price)|minimi[sz]e cost|cost is (?:the|our) (?:main|top|only)/)) {
    f.cheap = true;
    u('cheap');
  }

  // Licensing.
  const noLicence = any(t, /라이[선센]스\s*(?:는|은)?\s*(?:포함|신경\s*(?:안|쓸)|문제\s*없|필요\s*없|없음|없어)|license[- ]included|no (?:special )?licen[cs]|licen[cs]ing (?:is|isn't) (?:not )?(?:an? )?(?:issue|concern)|don't need (?:to bring )?(?:our|my) own licen/);
  const licenceWord = /라이[선센]스|licen[cs]e|licensed|licensing/.test(t);
  if (!noLicence) {
    if (/\bbyol\b|bring your own licen|기존\s*라이[선센]스|보유\s*(?:한|중인)?\s*라이[선센]스|라이[선센]스를?\s*(?:이미\s*)?(?:보유|가지고|갖고|그대로|재사용|활용)|(?:our|my|existing|own) (?:\w+ )*licen[cs]es?/.test(t)) {
      f.licensing = 'byol';
    }
    if (licenceWord || f.licensing) {
      if (/소켓|socket/.test(t)) f.licensing = 'per-socket';
      else if (/코어|\bcores?\b|per[- ]core/.test(t)) f.licensing = 'per-core';
      else if (/vm\s*당|가상\s*머신\s*당|per[- ]vm|per virtual machine|vm 단위/.test(t)) f.licensing = 'per-vm';
    }
    if (f.licensing) u('licensing');
  } else {
    f.licensing = 'none';
  }

  // Isolation and compliance.
  const noIsolation = any(t, /(?:격리|전용\s*하드웨어|단일\s*테넌트|규제|규정|컴플라이언스)\s*(?:는|은)?\s*(?:필요\s*없|상관\s*없|요구\s*(?:사항)?\s*(?:없|x)|해당\s*없)|no (?:isolation|compliance|regulatory) (?:needs|requirements?|constraints?)|shared hardware is (?:fine|ok)|multi-?tenant is fine/);
  if (any(t, /규제|규정\s*준수|규정상|규정\s*때문|컴플라이언스|감사\s*요건|보안\s*인증|금융\s*(?:당국|규정|보안)|개인\s*정보\s*(?:보호\s*)?(?:법|규정)|compliance|regulat|hipaa|pci|gdpr|sox\b|fedramp|audit requirement|auditors?\b|감사\s*(?:요구|지적|때문|팀|기관)|certification requires/) && !noIsolation) {
    f.compliance = true;
    u('compliance');
  }
  if (!noIsolation && any(t,
    /단일\s*테넌트|싱글\s*테넌트|전용\s*(?:하드웨어|장비|물리\s*서버)|격리(?:된|한)?\s*(?:물리\s*)?(?:하드웨어|서버|장비|호스트)|물리(?:적)?(?:으로)?\s*(?:격리|분리)|하드웨어\s*(?:수준|레벨)?\s*(?:격리|분리)|(?:물리\s*)?(?:서버|하드웨어|호스트)(?:를|을)?\s*(?:다른\s*(?:고객|계정|회사)(?:과|와|이랑)?\s*)?(?:공유|같이\s*쓰)\S*\s*(?:하면|되면|면)?\s*(?:안|불가|금지|못|x)|(?:다른\s*(?:고객|계정|회사|테넌트))(?:과|와|이랑|하고)?\s*(?:물리\s*)?(?:서버|하드웨어|호스트|장비)\S*\s*(?:공유|같이)/,
    /single[- ]tenant|dedicated hardware|physically (?:isolated|separated)|hardware[- ]level isolation|isolated hardware|(?:not|never|can't|cannot|must not) (?:be )?shar(?:e|ed|ing) (?:the )?(?:physical )?(?:hardware|hosts?|servers?|machines?)|(?:own|separate) (?:physical )?(?:hardware|hosts?|machines?)|no (?:other|shared) (?:customers|tenants)|isolat\w* from other (?:customers|accounts|tenants)|(?:at|on) the (?:physical )?hardware level|dedicated physical (?:servers?|hardware|machines?|hosts?)|physical isolation/)) {
    f.isolation = 'single-tenant';
    u('isolation');
  }
  const noHostMgmt = any(t, /(?:서버|호스트|하드웨어|물리\s*서버)\s*(?:관리|운영|제어)\S*\s*(?:까지는|까진|는|은)?\s*(?:필요\s*(?:없|x)|안\s*해도|원하지\s*않|원치\s*않|싫|하기\s*싫|하고\s*싶지\s*않|안\s*하고\s*싶|귀찮|부담)|(?:no need|don't need|do not need|without needing|not need|don't want|do not want) to (?:manage|control|deal with) (?:the )?(?:hosts?|hardware|servers?)|no host management/);
  if (!noHostMgmt && any(t, /호스트\s*(?:수준|레벨|단위)?\s*(?:의\s*)?(?:제어|관리|가시성|배치|지정|고정|선택)|(?:물리\s*)?(?:소켓|코어)\s*(?:수|개수)\s*(?:를)?\s*(?:확인|파악|보고|가시)|특정\s*(?:물리\s*)?(?:호스트|서버)에\s*(?:고정|배치)|host[- ](?:level )?(?:control|visibility|affinity|placement)|control (?:over )?(?:the )?(?:physical )?(?:host|hardware|placement)|visibility (?:into|of) (?:sockets|cores|the host)|same physical (?:host|server)|pin (?:to|instances to) (?:a )?(?:specific )?host/)) {
    f.isolation = 'host-control';
    u('host-control');
  }
  if (noHostMgmt) {
    f.noHostManagement = true;
    u('no-host-management');
  }

  // Commitment.
  if (any(t,
    /약정\s*(?:은|이|을|는|도)?\s*(?:싫|없이|없는|원하지\s*않|원치\s*않|하기\s*싫|부담|어렵|곤란|못|불가|안\s*함|안\s*할|피하|x|노노|사절|하고\s*싶지\s*않)|약정\s*없|(?:장기\s*)?계약\s*(?:은|이)?\s*(?:싫|없이|불가|부담|원하지\s*않|피하)|선결제\s*(?:는|은)?\s*(?:싫|불가|어렵|부담|없이|x)|묶이(?:기|는\s*게|고\s*싶지)\s*(?:싫|않)|언제든\s*(?:그만|끄|해지|중단할)/,
    /no (?:long[- ]term )?(?:commitments?|contracts?|upfront|lock-?in)|without (?:a |any )?(?:long[- ]term )?(?:commitment|contract)|(?:don't|do not|can't|cannot|won't|not) (?:want to |able to |willing to )?(?:commit|sign)|avoid (?:long[- ]term )?(?:commitments?|contracts?)|commitment[- ](?:averse|free)|month[- ]to[- ]month|pay[- ]as[- ]you[- ]go|not sure (?:we'll|we will|it will) (?:last|exist|still)/)) {
    f.noCommitment = true;
    u('no-commitment');
  } else if (any(t, /약정\s*(?:도|은|이)?\s*(?:가능|괜찮|ok|오케이|할\s*수\s*있|해도|상관\s*없|문제\s*없)|\d\s*년\s*약정|약정\s*\d\s*년|(?:can|could|happy to|willing to|ok to|fine to|able to) commit|commit(?:ment)? (?:to|for|of) (?:1|one|3|three|a) ?-?years?|\d[- ]year (?:commitment|term|contract)|commitment is (?:fine|ok)/)) {
    f.commitmentOk = true;
    u('commitment-ok');
  }

  // Kind of environment.
  if (any(t, /개발\s*(?:용|환경|서버|계정|단계|\/|및|·|,|팀|박스|기|하는\s*동안)|테스트|스테이징|실험|검증\s*(?:용|환경)|시험\s*(?:용|환경)|\bqa\b|poc|프로토타입|데모|샌드박스|비\s*프로덕션|비운영|\bdev\b|\btest(?:ing)?\b|staging|sandbox|experiment|prototype|proof of concept|\bdemo\b|try (?:out|a new)|trial|non-?prod/)) {
    f.devTest = true;
    u('dev-test');
  }
  if (any(t, /프로덕션|운영\s*(?:환경|서버|서비스|db)|실서비스|production|\bprod\b/) && !/비\s*프로덕션|non-?prod/.test(t)) {
    f.production = true;
  }
  if (!nested && separateInterruptiblePart(s)) {
    f.interruptiblePart = true;
    u('batch-part');
  }
  return f;
}

// ---------- two workloads in one description ----------

/** Clause boundaries: commas, "plus", "+", "그리고", "~하고 ", "but"... */
const CLAUSE_SPLIT = /\s*(?:[,;+]|\.(?:\s|$)|\band also\b|\bplus\b|\bwhile\b|\bwhereas\b|\bbut\b|그리고|또한|반면(?:에)?|(?<=[가-힣])(?:하고|이고|되고|돌고|쓰고|있고|있으며|하며)(?=\s))\s*/;

/**
 * An always-on or steady part (a DB, the core servers) and, in another clause, a separate
 * batch part that may be interrupted: "DB는 상시 운영하고, 밤마다 도는 배치는 중단돼도 됨",
 * "always-on core of 4 servers, plus overnight batch jobs that can be interrupted".
 * The two parts want different purchase options (module §3.4.3: combine them).
 */
function separateInterruptiblePart(s: string): boolean {
  const clauses = s.split(CLAUSE_SPLIT).map((c) => c.trim()).filter((c) => c.length > 1);
  if (clauses.length < 2) return false;
  const sub = clauses.map((c) => extractFactors(c, true));
  // The base clause names a thing of its own (a DB, servers, the core), not only an attribute
  // ("always-on, fault tolerant, data processing ..." is one workload).
  const BASE_NOUN = /서버|db|데이터베이스|api|웹|백엔드|erp|코어|기본|베이스|서비스|앱|인스턴스|\d+\s*대|\bservers?\b|database|\bdb\b|\bapi\b|\bweb\b|backend|\berp\b|\bcore\b|\bbase\b|baseline|service|\bapp\b|instances?|site/;
  const isBase = sub.map((f, i) => !!(f.alwaysOn || f.steady) && !f.batchLike && f.interruptible !== true && BASE_NOUN.test(clauses[i]));
  if (!isBase.some(Boolean)) return false;
  for (let i = 0; i < clauses.length; i++) {
    for (const j of [i, i + 1]) {
      if (j >= clauses.length || isBase.slice(i, j + 1).some(Boolean)) continue;
      const f = j === i ? sub[i] : extractFactors(`${clauses[i]}, ${clauses[j]}`, true);
      if (f.interruptible === true && f.batchLike && !f.alwaysOn && !f.steady) return true;
    }
  }
  return false;
}
