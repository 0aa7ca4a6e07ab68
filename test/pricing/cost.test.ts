import { describe, expect, it } from 'vitest';
import { costFields } from '../../src/pricing/table.ts';
import { STANDARD_RI } from '../../src/pricing/discounts.ts';
import {
  breakEvenUtilisation,
  commitment,
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
  it('EBS right-sizing 500 GB → 20 GB, gp3 below gp2, st1 about half of gp2 and never under 125 GiB', () => {
    const e = ebsRightSizing(500, 20, 0.1);
    expect(e.before).toBeCloseTo(50);
    expect(e.after).toBeCloseTo(2);
    expect(e.savingPct).toBeCloseTo(0.96);
    const s = st1VsGp2(500);
    expect(s.gp3).toBeLessThan(s.gp2);
    expect(s.st1 / s.gp2).toBeGreaterThan(0.4);
    expect(s.st1 / s.gp2).toBeLessThan(0.6);
    const small = st1VsGp2(20);
    expect(small.belowSt1Minimum).toBe(true);
    expect(small.st1).toBeCloseTo(125 * EXAMPLE_PRICES.ebs.st1);
  });
});

const rowOf = (r: ReturnType<typeof costReport>, model: string, term: string | null = null, payment: string | null = null) =>
  r.rows.find((x) => x.model === model && x.term === term && x.payment === payment)!;
const text = (r: ReturnType<typeof costReport>, lang: 'ko' | 'en') => costFields(r, lang).map((f) => `${f.label}: ${f.value}`).join('\n');

describe('cost report', () => {
  it("uses the user's price and hours, and the dated discount table by term and payment", () => {
    const r = costReport(extractFactors('3년 동안 24시간 도는 DB, 시간당 $0.10'), [{ model: 'reserved', share: 1 }], 'reserved');
    expect(r.priceSource).toBe('user');
    expect(r.hourly).toBe(0.1);
    expect(r.usageHoursPerMonth).toBe(730);
    expect(r.periodMonths).toBe(36);
    expect(rowOf(r, 'on-demand').monthlyUSD).toBeCloseTo(73);
    expect(rowOf(r, 'on-demand').totalUSD).toBeCloseTo(73 * 36);
    expect(rowOf(r, 'reserved', '3y', 'no-upfront').monthlyUSD).toBeCloseTo(73 * (1 - STANDARD_RI['3y']['no-upfront'].discount), 1);
    expect(r.chosen).toMatchObject({ model: 'reserved', term: '3y', payment: 'all-upfront' });
    expect(rowOf(r, 'spot').monthlyUSD).toBeCloseTo(73 * 0.3, 1);
    const ko = text(r, 'ko');
    expect(ko).toMatch(/AWS가 광고하는 최대치: 예약 최대 72%, 스팟 최대 90%/);
    expect(ko).toMatch(/2024-06/);
  });
  it('falls back to the dated example table and says so, once', () => {
    const r = costReport(extractFactors('t3.medium 서버 1년'), [], 'reserved');
    expect(r.priceSource).toBe('example');
    expect(r.hourly).toBe(EXAMPLE_PRICES.instances['t3.medium']);
    const fields = costFields(r, 'ko');
    expect(fields[0].value).toContain(EXAMPLE_PRICES.asOf);
    expect(fields[0].value).toContain('예시 가격');
    expect(fields.map((f) => f.value).join('\n').split(EXAMPLE_PRICES.label.ko).length - 1).toBe(1);
  });
  it('overridable discount assumptions are shown', () => {
    const r = costReport(extractFactors('$0.10/hr, always on for a year, reserved discount 40%, spot discount 70%'), [], 'reserved');
    expect(rowOf(r, 'reserved', '1y', 'no-upfront').hourlyUSD).toBeCloseTo(0.06);
    expect(rowOf(r, 'spot').hourlyUSD).toBeCloseTo(0.03);
    expect(r.breakEven).toBeCloseTo(0.6);
    const en = text(r, 'en');
    expect(en).toContain('Reserved -40%');
    expect(en).toContain('Spot -70%');
    expect(en).toContain('override');
  });
  it('a weekly window costs only its hours on demand', () => {
    const r = costReport(extractFactors('dev box, weekdays 9-5, $0.10/hr'), [], 'on-demand');
    expect(r.usageHoursPerMonth).toBeCloseTo((8 * 5 * 730) / 168, 6);
    expect(r.offHours?.runHours).toBe(40);
  });
  it('blends a mix on the cheapest reservation', () => {
    const plan = [
      { model: 'reserved' as const, share: 0.75 },
      { model: 'on-demand' as const, share: 0.25 },
    ];
    const r = costReport(extractFactors('$0.10/hr always on'), plan, 'reserved');
    expect(r.blended!.monthly).toBeCloseTo(0.75 * r.chosen!.monthlyUSD + 0.25 * 73);
    expect(r.blended!.savingPct).toBeGreaterThan(0);
  });
  it('fields: one formatter, plain text, people-formatted numbers, true EBS advice', () => {
    const r = costReport(extractFactors('dev/test 서버, 시간당 $0.10, EBS gp2 500GB 중 20GB 사용'), [{ model: 'on-demand', share: 1 }], 'on-demand');
    const all = text(r, 'ko');
    expect(all).toContain('$73.00/월');
    expect(all).toContain('60/168');
    expect(all).toContain('64.3%');
    expect(all).toContain('$50.00 → $1.60');
    expect(all).toMatch(/제자리에서 줄일 수 없음/);
    expect(all).toMatch(/최소 125GiB/);
    expect(all).toMatch(/부팅 볼륨 불가/);
    expect(all).toMatch(/gp3가 현재 기본값이고 gp2보다 저렴/);
    expect(all).toContain('손익분기');
    expect(all).toContain('실효 시간당 요금');
    expect(all).not.toMatch(/[*_`<>]{2}|<b>/);
    expect(costFields(r, 'ko').length).toBeLessThanOrEqual(14);
  });
  it('names a workload with commitments left out instead of printing negative savings', () => {
    const r = costReport(extractFactors('two weeks, 24/7, $0.10/hr'), [], 'on-demand');
    expect(r.commitmentsUnfit).toBe(true);
    const ko = text(r, 'ko');
    expect(ko).toMatch(/온디맨드보다 비싸서 표에서 뺌/);
    expect(ko).toMatch(/336시간/);
    expect(ko).not.toMatch(/-\$/);
  });
});

describe('cost report: recurring windows', () => {
  it('never prices from 730 hours when the run length is unknown, and never prices Scheduled Reserved', () => {
    const f = extractFactors('매일 밤 도는 백업 작업, 1년 약정 가능');
    expect(f.recurring).toBe('daily');
    expect(f.hoursPerDay).toBeUndefined();
    const r = costReport(f, [{ model: 'scheduled-reserved', share: 1 }], 'scheduled-reserved');
    expect(r.usageUnknown).toBe(true);
    expect(r.rows).toEqual([]);
    const ko = text(r, 'ko');
    expect(ko).not.toMatch(/730시간\(상시\)/);
    expect(ko).toMatch(/예정된 예약 인스턴스: 현재 판매하지 않아/);
    expect(ko).toMatch(/몇 시간/);
    expect(ko).not.toMatch(/NaN|—/);
  });
  it('asks for the window length', () => {
    const a = advise('every Monday night reporting job, 1yr commitment ok', 'en');
    expect(a.model).toBe('scheduled-reserved');
    expect(a.questions.join(' ')).toMatch(/how many hours/i);
    expect(advise('매일 밤 2시간 도는 백업, 1년 약정 가능', 'ko').questions).toEqual([]);
  });
  it('prices a known window from its own hours, On-Demand, with no commitment that costs more', () => {
    const r = costReport(extractFactors('매일 밤 2시간 도는 백업, 1년 약정 가능, 시간당 $0.10'), [{ model: 'scheduled-reserved', share: 1 }], 'scheduled-reserved');
    expect(rowOf(r, 'on-demand').monthlyUSD).toBeCloseTo((0.1 * 2 * 7 * 730) / 168, 1);
    expect(r.rows.some((x) => x.model === 'scheduled-reserved' || x.model === 'reserved')).toBe(false);
    expect(r.commitment).toBeUndefined();
  });
  it('a scheduled peak on an always-on base: the peak is priced for its window, not 730 hours', () => {
    const q = '24시간 돌아가는 API 서버 + 매일 오후 6시~9시 피크 때 추가 서버 필요, 1년 운영, 시간당 $0.10';
    const a = advise(q, 'ko');
    const r = costReport(extractFactors(q), a.plan, a.model);
    expect(r.usageHoursPerMonth).toBe(730);
    const peak = a.plan.find((p) => p.model === 'scheduled-reserved')!;
    const base = a.plan.find((p) => p.model === 'reserved')!;
    expect(r.blended!.monthly).toBeCloseTo(base.share * r.chosen!.monthlyUSD + peak.share * 0.1 * ((3 * 7 * 730) / 168), 1);
  });
  it('a scheduled peak of unknown length leaves the mix unpriced and says so', () => {
    const q = '기본 부하는 1년 내내 일정하고, 평일 오후에만 트래픽이 두 배로 뛰는 웹 서비스';
    const a = advise(q, 'ko');
    const r = costReport(extractFactors(q), a.plan, a.model);
    expect(r.blended).toBeUndefined();
    expect(r.blendPending).toBeDefined();
    expect(text(r, 'ko')).toMatch(/혼합 구성.*계산하지 않음/);
  });
});
