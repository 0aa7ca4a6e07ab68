import { describe, expect, it } from 'vitest';
import { advise, PRICING_MODELS } from '../../src/pricing/index.ts';
import { detectLang } from '../../src/lang.ts';
import { loadCases } from './helpers.ts';

// Three sets of varied descriptions (Korean, English, typos, negations, mixes) written for this
// advisor; none is the shared dev set. cases.jsonl was written first, heldout.jsonl afterwards
// without looking at the rules, then the extractor was made more general where it missed.
// blind.jsonl (70, Slack-style) was written from the module notes (section 3) before reading the
// advisor's code: it scored 65/70 (mix 7/9) as written; the general gaps it exposed (run lengths
// in words/verb forms, "9-5 weekdays", "can't be interrupted", "several months", a separate
// interruptible batch part beside an always-on base, ...) were fixed, never per sentence.
for (const file of ['cases.jsonl', 'heldout.jsonl', 'blind.jsonl']) {
  describe(`advise on ${file}`, () => {
    const cases = loadCases(file);
    it('has a broad set', () => {
      expect(cases.length).toBeGreaterThanOrEqual(40);
    });
    for (const c of cases) {
      it(c.q, () => {
        const a = advise(c.q, detectLang(c.q));
        expect(c.expect).toContain(a.model);
        if (a.model === null) {
          expect(a.plan).toEqual([]);
          expect(a.questions.length).toBeGreaterThanOrEqual(1);
          expect(a.questions.length).toBeLessThanOrEqual(2);
          expect(a.provisional).toBeDefined();
        } else {
          expect(a.plan[0].model).toBe(a.model);
          expect(a.reasons.length).toBeGreaterThan(0);
          expect(a.citations.length).toBeGreaterThan(0);
          const total = a.plan.reduce((s, p) => s + p.share, 0);
          expect(total).toBeCloseTo(1, 6);
          for (const p of a.plan) expect(PRICING_MODELS).toContain(p.model);
        }
        if (c.mix) {
          expect(a.plan.length).toBeGreaterThanOrEqual(2);
          expect(a.plan.some((p) => c.mix!.includes(p.model))).toBe(true);
          const elastic = a.plan.filter((p) => p.model !== 'reserved').reduce((s, p) => s + p.share, 0);
          expect(elastic).toBeGreaterThanOrEqual(0.2);
          expect(elastic).toBeLessThanOrEqual(0.3);
        } else if (a.model) {
          expect(a.plan.length).toBe(1);
        }
      });
    }
  });
}

describe('advice content', () => {
  it('ties every reason to a section id it cites', () => {
    const a = advise('3년 동안 24시간 계속 도는 사내 DB', 'ko');
    expect(a.model).toBe('reserved');
    for (const r of a.reasons) {
      const m = r.match(/\(§([\d.]+)\)$/);
      expect(m, r).not.toBeNull();
      expect(a.citations).toContain(m![1]);
    }
    expect(a.citations).toEqual(expect.arrayContaining(['3.1', '3.2', '3.3']));
  });

  it('reports the factors it understood', () => {
    const a = advise('3년 동안 24시간 계속 도는 사내 DB', 'ko');
    expect(a.understood).toEqual(expect.arrayContaining(['기간 3년', '상시(24시간) 실행']));
    const e = advise('a crawler that can be interrupted', 'en');
    expect(e.understood).toEqual(expect.arrayContaining(['can be interrupted']));
  });

  it('never picks Spot when interruption is not allowed, and says why', () => {
    for (const q of [
      '렌더링 배치 작업인데 중단되면 안 됨, 최대한 싸게',
      'batch rendering, must not be interrupted, cheapest please',
      'crawler that cannot tolerate interruptions',
      '크롤러인데 끊기면 안 돼요',
    ]) {
      const a = advise(q, detectLang(q));
      expect(a.model, q).not.toBe('spot');
      expect(a.plan.map((p) => p.model), q).not.toContain('spot');
      expect(a.factors?.interruptible, q).toBe(false);
      if (a.model) expect(a.alternatives?.some((x) => x.model === 'spot'), q).toBe(true);
    }
  });

  it('uses the 20-30% rule for a base plus peaks and cites §3.4.2', () => {
    const a = advise('Always-on baseline for years, plus unpredictable bursts during sales', 'en');
    expect(a.plan).toEqual([
      { model: 'reserved', share: 0.75 },
      { model: 'on-demand', share: 0.25 },
    ]);
    expect(a.citations).toContain('3.4.2');
    expect(a.reasons.join(' ')).toMatch(/20-30%/);
  });

  it('puts interruptible peaks on Spot and scheduled peaks on Scheduled Reserved', () => {
    expect(advise('steady base all year, extra batch work at peak can be interrupted', 'en').plan.map((p) => p.model)).toEqual(['reserved', 'spot']);
    expect(advise('기본 부하는 연중 일정하고 매일 저녁 7시부터 11시까지 트래픽이 두 배', 'ko').plan.map((p) => p.model)).toEqual(['reserved', 'scheduled-reserved']);
  });

  it('gives alternatives and why they lose', () => {
    const a = advise('BYOL SQL Server licensed per core', 'en');
    expect(a.model).toBe('dedicated-host');
    const di = a.alternatives?.find((x) => x.model === 'dedicated-instance');
    expect(di?.why).toMatch(/socket|core/);
  });

  it('asks the deciding questions when too little is said', () => {
    const a = advise('서버 하나 필요해', 'ko');
    expect(a.model).toBeNull();
    expect(a.questions.length).toBe(2);
    expect(a.questions.join(' ')).toMatch(/얼마 동안|중단/);
    expect(a.provisional).toBe('on-demand');
  });

  it('answers in the language asked, module terms kept in Korean', () => {
    const en = advise('Steady production API running all year, predictable load', 'en');
    expect(en.reasons.join(' ')).toMatch(/Reserved Instances/);
    const ko = advise('몇 달 이상 상시 실행하는 웹 서버, 사용량 일정', 'ko');
    expect(ko.reasons.join(' ')).toMatch(/예약 인스턴스/);
    expect(ko.reasons.join(' ')).not.toMatch(/Reserved/);
  });

  it('keeps what AWS changed since the module apart from the teaching', () => {
    const s = advise('매일 밤 1시부터 3시까지 반복 실행, 1년 약정 가능', 'ko');
    expect(s.model).toBe('scheduled-reserved');
    expect(s.changedSince?.join(' ')).toMatch(/신규 구매/);
    expect(s.changedSince?.join(' ')).toMatch(/Savings Plans/);
    expect(s.reasons.join(' ')).not.toMatch(/Savings Plans|신규 구매/);
    const spot = advise('fault-tolerant crawler, can be interrupted', 'en');
    expect(spot.changedSince?.join(' ')).toMatch(/no bidding/);
  });

  it('accepts structured answers', () => {
    expect(advise({ licensing: 'per-socket' }).model).toBe('dedicated-host');
    expect(advise({ isolation: 'single-tenant' }).model).toBe('dedicated-instance');
    expect(advise({ interruptible: true }).model).toBe('spot');
    expect(advise({ pattern: 'steady', termMonths: 36, hoursPerDay: 24 }).model).toBe('reserved');
    expect(advise({ pattern: 'scheduled', hoursPerDay: 4, daysPerWeek: 1, termMonths: 12 }).model).toBe('scheduled-reserved');
    expect(advise({ pattern: 'unpredictable' }).model).toBe('on-demand');
    expect(advise({ pattern: 'steady-with-peaks', termMonths: 12, interruptible: false }).plan.map((p) => p.model)).toEqual(['reserved', 'on-demand']);
    expect(advise({ pattern: 'steady', termMonths: 0.5 }).model).toBe('on-demand');
    expect(advise({}).model).toBeNull();
  });
});
