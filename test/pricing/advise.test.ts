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
// blind3.jsonl (46) was written by a helper who never saw the code; as first scored it was 35/46
// (mix 3/5): negations, compliance → Dedicated Host, fault tolerance without "interrupt", counts.
// blind4.jsonl (30) was written the same way after all of that; as first scored it was 26/30 (mix
// 1/5). Its misses were described to a helper by class only (several workloads in one message,
// a base with a recurring peak, a calendar schedule with a commitment, account-level isolation);
// the helper fixed the classes on examples of its own (parts.jsonl), never seeing these sentences.
for (const file of ['cases.jsonl', 'heldout.jsonl', 'blind.jsonl', 'blind3.jsonl', 'blind4.jsonl']) {
  describe(`advise on ${file}`, () => {
    const cases = loadCases(file);
    it('has a broad set', () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
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
          const counts = a.factors?.counts;
          // Several workloads in one message: each part has its own model, so the 20-30% rule of a
          // base and its peak does not apply (shares come from the parts' counts; checked in parts.test.ts).
          if (a.factors?.parts) expect(a.plan.length).toBeGreaterThanOrEqual(2);
          else if (counts) expect(elastic).toBeCloseTo((counts.peak - counts.base) / counts.peak, 6);
          else {
            expect(elastic).toBeGreaterThanOrEqual(0.2);
            expect(elastic).toBeLessThanOrEqual(0.3);
          }
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

  it("keeps the module's Scheduled Reserved answer but says they are no longer sold, and when a window was below their minimum", () => {
    const s = advise('매일 밤 1시부터 3시까지 반복 실행, 1년 약정 가능', 'ko');
    expect(s.model).toBe('scheduled-reserved');
    expect(s.changedSince?.join(' ')).toMatch(/신규 구매/);
    expect(s.reasons.join(' ')).toMatch(/판매하지 않음/);
    expect(s.reasons.join(' ')).toMatch(/온디맨드/);
    // 2 hours a night is 730 hours a year, below the 1,200-hour minimum schedule.
    expect(s.reasons.join(' ')).toMatch(/연 약 730시간.*1200시간/);
    const long = advise('weekdays 9am to 6pm, recurring for a year, we can commit', 'en');
    expect(long.model).toBe('scheduled-reserved');
    expect(long.reasons.join(' ')).not.toMatch(/below the Scheduled Reserved minimum/);
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

describe('polarity, the module rules, counts', () => {
  it('a factor the user says is absent counts as absent', () => {
    for (const q of [
      '전용 하드웨어는 필요 없고 소켓 라이선스 같은 것도 없는 사내 위키, 몇 년간 꾸준히 운영',
      'No dedicated hardware required and no per-core licenses; a batch report that runs for an hour once',
      '규정 준수 요구 사항은 없음. 다음 주에 몇 시간만 돌릴 데이터 변환 스크립트',
      "compliance isn't an issue for us; a small website that runs all the time for years",
      '라이선스는 상관없고 규제와도 무관한 API 서버, 1년 내내 일정',
      'licensing does not matter, no compliance needed, steady load all year',
    ]) {
      const a = advise(q, detectLang(q));
      expect(a.model, q).not.toMatch(/^dedicated/);
      expect(a.factors?.compliance, q).not.toBe(true);
      expect(a.factors?.licensing ?? 'none', q).toBe('none');
      expect(a.factors?.isolation ?? 'none', q).toBe('none');
    }
  });

  it('compliance or regulation is a Dedicated Host case, and says when a Dedicated Instance is enough', () => {
    for (const q of ['규제 요건 때문에 물리 서버를 우리만 써야 하는 결제 시스템, 3년 상시 운영', 'Our security team requires hosts dedicated to us for an audit; the app runs all year']) {
      const a = advise(q, detectLang(q));
      expect(a.model, q).toBe('dedicated-host');
      expect(a.citations, q).toEqual(expect.arrayContaining(['3.2', '3.3']));
      expect(a.reasons.join(' '), q).toMatch(/전용 인스턴스로 충분|Dedicated Instance is enough/);
    }
    expect(advise('HIPAA workload, must be physically isolated from other customers, we don\'t need to manage hosts', 'en').model).toBe('dedicated-instance');
  });

  it('fault tolerance without the word "interrupt" is the Spot case', () => {
    for (const q of [
      '여러 대가 로드밸런서 뒤에서 돌고 한 대쯤 꺼져도 서비스는 계속되는 웹 서버들, 비용을 최대한 아끼고 싶어',
      'stateless image workers that retry from a queue',
      'log processing that saves every result to S3 as it goes, several nodes',
    ]) {
      const a = advise(q, detectLang(q));
      expect(a.model, q).toBe('spot');
      expect(a.factors?.interruptible, q).toBe(true);
    }
    expect(advise('stateless API behind a load balancer, but it must never go down', 'en').model).not.toBe('spot');
  });

  it('derives a mix from counts and compares it with the 20-30% rule', () => {
    const a = advise('평소 10대, 피크 때 14대. 피크는 언제 올지 모르고 중단되면 안 됨, 1년 내내 운영', 'ko');
    expect(a.plan.map((p) => p.model)).toEqual(['reserved', 'on-demand']);
    expect(a.plan[0].share).toBeCloseTo(10 / 14, 6);
    expect(a.reasons.join(' ')).toMatch(/기본 10대는 예약, 피크 때 추가 4대\(29%\).*범위 안/);
    const over = advise('always-on base of 6 servers for 3 years, plus 4 extra every Saturday night for 4 hours', 'en');
    expect(over.plan[1].share).toBeCloseTo(0.4, 6);
    expect(over.reasons.join(' ')).toMatch(/more than the module's 20-30%/);
  });

  it('never gives a Scheduled Reserved peak the "no idle capacity" reason', () => {
    const a = advise('기본 부하는 연중 일정하고 매일 저녁 7시부터 11시까지 트래픽이 두 배', 'ko');
    expect(a.plan.map((p) => p.model)).toEqual(['reserved', 'scheduled-reserved']);
    expect(a.reasons.join(' ')).not.toMatch(/유휴 용량 비용을 없앰/);
    expect(a.reasons.join(' ')).toMatch(/사용하지 않더라도/);
  });
});
