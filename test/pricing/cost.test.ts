import { describe, expect, it } from 'vitest';
import {
  breakEvenUtilisation,
  commitment,
  costFields,
  costReport,
  ebsRightSizing,
  money,
  offHoursSaving,
  pct,
  st1VsGp2,
} from '../../src/pricing/cost.ts';
import { extractFactors } from '../../src/pricing/extract/index.ts';
import { EXAMPLE_PRICES } from '../../src/pricing/prices.ts';
import { advise } from '../../src/pricing/index.ts';

describe('formatting', () => {
  it('money', () => {
    expect(money(1234.5)).toBe('$1,234.50');
    expect(money(0.0416)).toBe('$0.0416');
    expect(money(0.1)).toBe('$0.10');
    expect(money(0)).toBe('$0.00');
    expect(money(-12.345)).toBe('-$12.35');
    expect(money(1_000_000)).toBe('$1,000,000.00');
  });
  it('percent', () => {
    expect(pct(0.643)).toBe('64.3%');
    expect(pct(0.72)).toBe('72%');
    expect(pct(1)).toBe('100%');
  });
});

describe('arithmetic', () => {
  it("the module's off-hours example: 12 h × 5 days = 60 of 168 hours", () => {
    const o = offHoursSaving(12, 5);
    expect(o.runHours).toBe(60);
    expect(o.weekHours).toBe(168);
    expect(o.saving).toBeCloseTo(1 - 60 / 168, 10);
    expect(pct(o.saving)).toBe('64.3%');
  });
  it('break-even utilisation is 1 - discount', () => {
    expect(breakEvenUtilisation(0.72)).toBeCloseTo(0.28);
    expect(breakEvenUtilisation(0.4)).toBeCloseTo(0.6);
  });
  it('effective hourly rate, monthly saving and upfront break-even', () => {
    // $0.10/h On-Demand; a 1-year commitment of $300 upfront plus $0.03/h.
    const c = commitment({ onDemandHourly: 0.1, hourly: 0.03, upfront: 300, termMonths: 12 });
    expect(c.hoursInTerm).toBe(8760);
    expect(c.effectiveHourly).toBeCloseTo(0.03 + 300 / 8760, 10);
    expect(c.onDemandMonthly).toBeCloseTo(73);
    expect(c.monthlySaving).toBeCloseTo(73 - c.effectiveHourly * 730, 6);
    expect(c.savingPct).toBeCloseTo(c.monthlySaving / 73, 10);
    // Each month saves 73 - 21.9 = 51.1 against the recurring part: 300 / 51.1 months.
    expect(c.breakEvenMonths).toBeCloseTo(300 / 51.1, 6);
    expect(commitment({ onDemandHourly: 0.1, hourly: 0.2, upfront: 10, termMonths: 12 }).breakEvenMonths).toBe(Infinity);
  });
  it('EBS right-sizing 500 GB → 20 GB and st1 about half of gp2', () => {
    const e = ebsRightSizing(500, 20, 0.1);
    expect(e.before).toBeCloseTo(50);
    expect(e.after).toBeCloseTo(2);
    expect(e.savingPct).toBeCloseTo(0.96);
    const s = st1VsGp2(500);
    expect(s.st1 / s.gp2).toBeGreaterThan(0.4);
    expect(s.st1 / s.gp2).toBeLessThan(0.6);
  });
});

describe('cost report', () => {
  it("uses the user's price and hours", () => {
    const r = costReport(extractFactors('3년 동안 24시간 도는 DB, 시간당 $0.10'), [{ model: 'reserved', share: 1 }], 'reserved');
    expect(r.priceSource).toBe('user');
    expect(r.hourly).toBe(0.1);
    expect(r.usageHoursPerMonth).toBe(730);
    expect(r.termMonths).toBe(36);
    const od = r.models.find((m) => m.model === 'on-demand')!;
    expect(od.monthly).toBeCloseTo(73);
    expect(od.total).toBeCloseTo(73 * 36);
    const ri = r.models.find((m) => m.model === 'reserved')!;
    expect(ri.monthly).toBeCloseTo(73 * 0.28);
    expect(r.reservedTermMonths).toBe(36);
    const spot = r.models.find((m) => m.model === 'spot')!;
    expect(spot.monthly).toBeCloseTo(7.3);
  });
  it('falls back to the dated example table and says so', () => {
    const r = costReport(extractFactors('t3.medium 서버 1년'), [], null);
    expect(r.priceSource).toBe('example');
    expect(r.hourly).toBe(EXAMPLE_PRICES.instances['t3.medium']);
    const fields = costFields(r, 'ko');
    expect(fields[0].value).toContain(EXAMPLE_PRICES.asOf);
    expect(fields[0].value).toContain('예시 가격');
  });
  it('overridable discount assumptions are shown', () => {
    const r = costReport(extractFactors('$0.10/hr, reserved discount 40%, spot discount 70%'), [], 'reserved');
    expect(r.discounts.reserved).toBeCloseTo(0.4);
    expect(r.discounts.spot).toBeCloseTo(0.7);
    expect(r.breakEven).toBeCloseTo(0.6);
    const text = costFields(r, 'en').map((f) => f.value).join('\n');
    expect(text).toContain('Reserved -40%');
    expect(text).toContain('Spot -70%');
    expect(text).toContain('override');
  });
  it('a weekly window costs only its hours on demand', () => {
    const r = costReport(extractFactors('dev box, weekdays 9-5, $0.10/hr'), [], 'on-demand');
    expect(r.usageHoursPerMonth).toBeCloseTo((8 * 5 * 730) / 168, 6);
    expect(r.offHours?.runHours).toBe(40);
  });
  it('blends a mix', () => {
    const plan = [
      { model: 'reserved' as const, share: 0.75 },
      { model: 'on-demand' as const, share: 0.25 },
    ];
    const r = costReport(extractFactors('$0.10/hr always on'), plan, 'reserved');
    expect(r.blended!.monthly).toBeCloseTo(0.75 * 73 * 0.28 + 0.25 * 73);
    expect(r.blended!.savingPct).toBeGreaterThan(0);
  });
  it('fields: one formatter, plain text, people-formatted numbers', () => {
    const r = costReport(extractFactors('dev/test 서버, 시간당 $0.10, EBS 500GB 중 20GB 사용'), [{ model: 'on-demand', share: 1 }], 'on-demand');
    const fields = costFields(r, 'ko');
    const all = fields.map((f) => `${f.label} ${f.value}`).join('\n');
    expect(all).toContain('$73.00/월');
    expect(all).toContain('60/168');
    expect(all).toContain('64.3%');
    expect(all).toContain('$50.00 → $2.00');
    expect(all).toContain('손익분기');
    expect(all).toContain('실효 시간당 요금');
    expect(all).not.toMatch(/[*_`<>]{2}|<b>/);
    expect(fields.length).toBeLessThanOrEqual(12);
  });
});

describe('cost report: recurring windows', () => {
  it('never prices Scheduled Reserved or On-Demand from 730 hours when the run length is unknown', () => {
    const f = extractFactors('매일 밤 도는 백업 작업, 1년 약정 가능');
    expect(f.recurring).toBe('daily');
    expect(f.hoursPerDay).toBeUndefined();
    const r = costReport(f, [{ model: 'scheduled-reserved', share: 1 }], 'scheduled-reserved');
    expect(r.usageUnknown).toBe(true);
    const sr = r.models.find((m) => m.model === 'scheduled-reserved')!;
    expect(sr.hoursUnknown).toBe(true);
    expect(r.models.find((m) => m.model === 'on-demand')!.hoursUnknown).toBe(true);
    const text = costFields(r, 'ko').map((x) => `${x.label}: ${x.value}`).join('\n');
    expect(text).not.toMatch(/730시간\(상시\)/);
    expect(text).toMatch(/예정된 예약 인스턴스: 시간당 \$/);
    expect(text).toMatch(/몇 시간/);
    expect(text).not.toMatch(/NaN|—/);
  });
  it('asks for the window length', () => {
    const a = advise('every Monday night reporting job, 1yr commitment ok', 'en');
    expect(a.model).toBe('scheduled-reserved');
    expect(a.questions.join(' ')).toMatch(/how many hours/i);
    expect(advise('매일 밤 2시간 도는 백업, 1년 약정 가능', 'ko').questions).toEqual([]);
  });
  it('prices a known window from its own hours', () => {
    const r = costReport(extractFactors('매일 밤 2시간 도는 백업, 1년 약정 가능, 시간당 $0.10'), [{ model: 'scheduled-reserved', share: 1 }], 'scheduled-reserved');
    const sr = r.models.find((m) => m.model === 'scheduled-reserved')!;
    expect(sr.hoursPerMonth).toBeCloseTo((2 * 7 * 730) / 168, 6);
    expect(sr.monthly).toBeCloseTo(0.1 * 0.9 * sr.hoursPerMonth, 6);
  });
  it('a scheduled peak on an always-on base: the peak is priced for its window, not 730 hours', () => {
    const f = extractFactors('24시간 돌아가는 API 서버 + 매일 오후 6시~9시 피크 때 추가 서버 필요, 1년 운영, 시간당 $0.10');
    const a = advise('24시간 돌아가는 API 서버 + 매일 오후 6시~9시 피크 때 추가 서버 필요, 1년 운영, 시간당 $0.10', 'ko');
    const r = costReport(f, a.plan, a.model);
    expect(r.usageHoursPerMonth).toBe(730);
    const sr = r.models.find((m) => m.model === 'scheduled-reserved')!;
    expect(sr.hoursPerMonth).toBeCloseTo((3 * 7 * 730) / 168, 6);
    expect(r.blended).toBeDefined();
  });
  it('a scheduled peak of unknown length leaves the mix unpriced and says so', () => {
    const q = '기본 부하는 1년 내내 일정하고, 평일 오후에만 트래픽이 두 배로 뛰는 웹 서비스';
    const a = advise(q, 'ko');
    const r = costReport(extractFactors(q), a.plan, a.model);
    expect(r.blended).toBeUndefined();
    expect(r.blendPending).toBeDefined();
    const text = costFields(r, 'ko').map((x) => `${x.label}: ${x.value}`).join('\n');
    expect(text).toMatch(/혼합 구성.*계산하지 않음/);
  });
});
