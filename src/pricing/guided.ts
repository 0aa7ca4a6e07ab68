// Guided mode: the deciding questions one at a time, as buttons. Stateless: the answers so far
// ride in the button id itself (`pricing:g:<lang>:<state>`), well inside Discord's 100-char limit.
import type { Action, ActionResult, Lang, Reply } from '../reply.ts';
import type { Section } from '../content/section.ts';
import type { Factors, PricingAnswers } from './types.ts';
import { HOURS_PER_DAY } from './constants.ts';

export const GUIDED_PREFIX = 'pricing:g:';
export const START_ID = 'pricing:start';

/** One letter per question; values are short codes. */
type Step = 'd' | 'i' | 'p' | 't';
export type GuidedState = Partial<Record<Step, string>>;

interface Choice { code: string; ko: string; en: string }
interface Question { step: Step; ko: string; en: string; choices: Choice[] }

const QUESTIONS: Question[] = [
  {
    step: 'd',
    ko: '라이선스나 규정 때문에 전용 하드웨어가 필요한가요?',
    en: 'Do licences or regulations require dedicated hardware?',
    choices: [
      { code: 'n', ko: '아니요', en: 'No' },
      { code: 'l', ko: '소켓/코어/VM당 라이선스(BYOL)', en: 'Per-socket/core/VM licence (BYOL)' },
      { code: 't', ko: '규정상 단일 테넌트 격리', en: 'Single-tenant isolation (compliance)' },
      { code: 'h', ko: '호스트 수준 제어 필요', en: 'Host-level control' },
    ],
  },
  {
    step: 'i',
    ko: '작업이 중단돼도 괜찮나요? (2분 경고 후 중단, 다시 시작하면 되는 작업)',
    en: 'Can the work be interrupted (two-minute warning, then restarted)?',
    choices: [
      { code: '1', ko: '중단돼도 괜찮음', en: 'Yes, interruptible' },
      { code: '0', ko: '중단되면 안 됨', en: 'No, must not be interrupted' },
      { code: 'x', ko: '잘 모르겠음', en: 'Not sure' },
    ],
  },
  {
    step: 'p',
    ko: '사용 패턴은 어떤가요?',
    en: 'What does the usage look like?',
    choices: [
      { code: 's', ko: '일정함(상시 실행)', en: 'Steady, always on' },
      { code: 'k', ko: '일정한 기본 부하 + 피크', en: 'Steady base plus peaks' },
      { code: 'r', ko: '정해진 시간대에 반복', en: 'Recurring fixed windows' },
      { code: 'u', ko: '예측 불가/급증', en: 'Unpredictable / spiky' },
      { code: 'x', ko: '잘 모르겠음', en: 'Not sure' },
    ],
  },
  {
    step: 't',
    ko: '얼마 동안 필요하나요?',
    en: 'For how long is it needed?',
    choices: [
      { code: '0', ko: '몇 주 이하', en: 'A few weeks or less' },
      { code: '6', ko: '몇 달', en: 'A few months' },
      { code: '12', ko: '1년', en: '1 year' },
      { code: '36', ko: '3년 이상', en: '3 years or more' },
      { code: 'x', ko: '잘 모르겠음', en: 'Not sure' },
    ],
  },
];

export function encodeState(s: GuidedState): string {
  return (['d', 'i', 'p', 't'] as Step[]).filter((k) => s[k] !== undefined).map((k) => `${k}${s[k]}`).join('.');
}

export function decodeState(code: string): GuidedState | undefined {
  const s: GuidedState = {};
  if (code === '' || code === '-') return s;
  for (const part of code.split('.')) {
    const k = part[0] as Step;
    const v = part.slice(1);
    const q = QUESTIONS.find((x) => x.step === k);
    if (!q || !q.choices.some((c) => c.code === v)) return undefined;
    s[k] = v;
  }
  return s;
}

export function stateToAnswers(s: GuidedState): PricingAnswers {
  const a: PricingAnswers = {};
  if (s.d === 'n') {
    a.licensing = 'none';
    a.isolation = 'none';
  } else if (s.d === 'l') a.licensing = 'per-core';
  else if (s.d === 't') a.isolation = 'single-tenant';
  else if (s.d === 'h') a.isolation = 'host-control';
  if (s.i === '1') a.interruptible = true;
  else if (s.i === '0') a.interruptible = false;
  if (s.p === 's') {
    a.pattern = 'steady';
    a.hoursPerDay = HOURS_PER_DAY;
  } else if (s.p === 'k') a.pattern = 'steady-with-peaks';
  else if (s.p === 'r') a.pattern = 'scheduled';
  else if (s.p === 'u') a.pattern = 'unpredictable';
  if (s.t && s.t !== 'x') a.termMonths = s.t === '0' ? 0.5 : Number(s.t);
  return a;
}

/** Prefills what a free-text description already answered, so the buttons ask only the rest. */
export function factorsToState(f: Factors): GuidedState {
  const s: GuidedState = {};
  if (f.licensing && f.licensing !== 'none') s.d = 'l';
  else if (f.isolation === 'host-control') s.d = 'h';
  else if (f.isolation === 'single-tenant' || f.compliance) s.d = 't';
  if (f.interruptible !== undefined) s.i = f.interruptible ? '1' : '0';
  if (f.peaks) s.p = 'k';
  else if (f.recurring) s.p = 'r';
  else if (f.unpredictable || f.spiky) s.p = 'u';
  else if (f.steady || f.alwaysOn) s.p = 's';
  if (f.termMonths !== undefined) s.t = f.termMonths < 1 ? '0' : f.termMonths < 12 ? '6' : f.termMonths < 36 ? '12' : '36';
  return s;
}

/** The next question to ask, or undefined when the answers decide it. */
export function nextStep(s: GuidedState): Step | undefined {
  if (s.d === undefined) return 'd';
  if (s.d !== 'n') return undefined; // a licence or isolation need decides a dedicated option
  if (s.i === undefined) return 'i';
  if (s.i === '1') return undefined; // interruptible: Spot
  if (s.p === undefined) return 'p';
  if (s.p === 'u') return undefined; // unpredictable: On-Demand
  if (s.t === undefined) return 't';
  return undefined;
}

export function guidedId(lang: Lang, s: GuidedState): string {
  return `${GUIDED_PREFIX}${lang}:${encodeState(s) || '-'}`;
}

/** Parses `pricing:g:<lang>:<state>`; undefined when it is not a valid guided id. */
export function parseGuidedId(id: string): { lang?: Lang; state: GuidedState } | undefined {
  if (!id.startsWith(GUIDED_PREFIX)) return undefined;
  const rest = id.slice(GUIDED_PREFIX.length);
  const m = rest.match(/^(ko|en):(.*)$/);
  const state = decodeState(m ? m[2] : rest);
  if (!state) return undefined;
  return { lang: m ? (m[1] as Lang) : undefined, state };
}

export function questionCount(s: GuidedState): { index: number; total: number } {
  const answered = (['d', 'i', 'p', 't'] as Step[]).filter((k) => s[k] !== undefined).length;
  return { index: answered + 1, total: 4 };
}

/** The buttons for one step, each carrying the state with that answer added. */
export function stepActions(step: Step, s: GuidedState, lang: Lang): Action[] {
  const q = QUESTIONS.find((x) => x.step === step)!;
  return q.choices.map((c) => ({
    id: guidedId(lang, { ...s, [step]: c.code }),
    label: lang === 'ko' ? c.ko : c.en,
    group: 'choices' as const,
  }));
}

export function questionReply(step: Step, s: GuidedState, lang: Lang, intro?: string): Reply {
  const q = QUESTIONS.find((x) => x.step === step)!;
  const { index } = questionCount(s);
  const head = lang === 'ko' ? `요금 모델 선택 도우미 (질문 ${index})` : `Pricing-model helper (question ${index})`;
  return {
    kind: 'advice',
    lang,
    title: head,
    text: [intro, lang === 'ko' ? q.ko : q.en].filter(Boolean).join('\n\n'),
    actions: [
      ...stepActions(step, s, lang),
      { id: `${START_ID}:${lang}`, label: lang === 'ko' ? '처음부터' : 'Start over', group: 'nav' },
    ],
    visibility: 'private',
  };
}

export type AdviseAnswers = (answers: PricingAnswers, lang: Lang, sections: Section[]) => Reply;

export function guidedStartReply(lang: Lang): Reply {
  const intro = lang === 'ko'
    ? '워크로드에 맞는 EC2 요금 모델을 몇 가지 질문으로 골라 봅니다. (워크로드를 문장으로 설명해도 됩니다: 예) /pricing 3년 동안 24시간 도는 DB)'
    : 'A few questions to pick the EC2 pricing model for your workload. (You can also describe it in a sentence, e.g. /pricing a crawler that can be interrupted)';
  return questionReply('d', {}, lang, intro);
}

export function guidedAct(actionId: string, fallbackLang: Lang, sections: Section[], adviseAnswers: AdviseAnswers): ActionResult | undefined {
  if (actionId === START_ID || actionId.startsWith(`${START_ID}:`)) {
    const l = actionId.slice(START_ID.length + 1);
    return { replace: guidedStartReply(l === 'ko' || l === 'en' ? l : fallbackLang) };
  }
  const parsed = parseGuidedId(actionId);
  if (!parsed) return undefined;
  const lang = parsed.lang ?? fallbackLang;
  const step = nextStep(parsed.state);
  if (step) return { replace: questionReply(step, parsed.state, lang) };
  return { replace: adviseAnswers(stateToAnswers(parsed.state), lang, sections) };
}
