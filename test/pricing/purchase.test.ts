import { describe, expect, it } from 'vitest';
import { coverWithTerms, costRows, type CostRow } from '../../src/pricing/purchase.ts';
import { COMPUTE_SAVINGS_PLAN, PAYMENTS, STANDARD_RI } from '../../src/pricing/discounts.ts';
import { HOURS_PER_MONTH, HOURS_PER_YEAR, monthsFromDays } from '../../src/pricing/constants.ts';

const always = (months: number, extra: Partial<Parameters<typeof costRows>[0]> = {}) =>
  costRows({ hourly: 0.1, months, usageHoursPerMonth: HOURS_PER_MONTH, ...extra });
const find = (rows: CostRow[], model: string, term: string | null, payment: string | null) =>
  rows.find((r) => r.model === model && r.term === term && r.payment === payment)!;
const termMonths = (r: CostRow) => r.terms.reduce((s, t) => s + (t === '3y' ? 36 : 12), 0);

describe('example discount table', () => {
  it('gives a 1-year term a smaller discount than a 3-year one, for every payment option', () => {
    for (const p of PAYMENTS) expect(STANDARD_RI['1y'][p].discount).toBeLessThan(STANDARD_RI['3y'][p].discount);
    expect(COMPUTE_SAVINGS_PLAN['1y'].discount).toBeLessThan(COMPUTE_SAVINGS_PLAN['3y'].discount);
    // More upfront, more discount; and never AWS's advertised maximum of 72% as the assumption.
    expect(STANDARD_RI['3y']['no-upfront'].discount).toBeLessThan(STANDARD_RI['3y']['all-upfront'].discount);
    expect(STANDARD_RI['3y']['all-upfront'].discount).toBeLessThan(0.72);
  });
});

describe('costRows', () => {
  it('prices 1-year reservations above 3-year ones', () => {
    const rows = always(36);
    for (const p of PAYMENTS) expect(find(rows, 'reserved', '1y', p).hourlyUSD).toBeGreaterThan(find(rows, 'reserved', '3y', p).hourlyUSD);
    expect(find(rows, 'reserved', '3y', 'no-upfront').hourlyUSD).toBeCloseTo(0.1 * (1 - STANDARD_RI['3y']['no-upfront'].discount), 6);
  });

  it('effective hourly = hourly + upfront / hours in the term', () => {
    const r = find(always(36), 'reserved', '3y', 'all-upfront');
    const hours = 3 * HOURS_PER_YEAR;
    expect(r.upfrontUSD).toBeCloseTo(r.hourlyUSD * hours, 1);
    expect(r.totalUSD).toBeCloseTo(r.upfrontUSD, 2);
  });

  it('covers every period with whole terms and reports every row over the same period', () => {
    for (const months of [6, 12, 24, 36, 48, 60]) {
      const rows = always(months);
      for (const r of rows) expect(r.months).toBe(months);
      for (const r of rows.filter((x) => x.term)) {
        expect(termMonths(r)).toBeGreaterThanOrEqual(months);
        // Never a whole spare term's worth beyond what the cheaper cover needs.
        expect(termMonths(r) - months).toBeLessThan(36);
      }
    }
  });

  it('2 years: a 1-year term twice, or a 3-year term with a year unused, and the totals say which is cheaper', () => {
    const rows = always(24);
    const one = find(rows, 'reserved', '1y', 'no-upfront');
    const three = find(rows, 'reserved', '3y', 'no-upfront');
    expect(one.terms).toEqual(['1y', '1y']);
    expect(three.terms).toEqual(['3y']);
    expect(one.totalUSD).toBeCloseTo(0.1 * (1 - STANDARD_RI['1y']['no-upfront'].discount) * 2 * HOURS_PER_YEAR, 2);
    expect(three.totalUSD).toBeCloseTo(0.1 * (1 - STANDARD_RI['3y']['no-upfront'].discount) * 3 * HOURS_PER_YEAR, 2);
    expect(three.monthlyUSD).toBeCloseTo(three.totalUSD / 24, 1);
  });

  it('4 and 5 years combine terms over the same period as On-Demand', () => {
    const four = always(48);
    expect(find(four, 'reserved', '3y', 'no-upfront').terms).toEqual(['3y', '1y']);
    const five = always(60);
    expect(find(five, 'on-demand', null, null).totalUSD).toBeCloseTo(0.1 * HOURS_PER_MONTH * 60, 2);
    const r = find(five, 'reserved', '3y', 'no-upfront');
    expect(r.terms[0]).toBe('3y');
    expect(termMonths(r)).toBeGreaterThanOrEqual(60);
    // The cheaper of 3y + 1y + 1y and 3y + 3y.
    const d = (t: '1y' | '3y') => 1 - STANDARD_RI[t]['no-upfront'].discount;
    const best = Math.min(36 * d('3y') + 24 * d('1y'), 72 * d('3y')) * 0.1 * HOURS_PER_MONTH;
    expect(r.totalUSD).toBeCloseTo(best, 1);
  });

  it('two weeks at 24/7 is 336 hours, not a month of 730', () => {
    const rows = always(monthsFromDays(14));
    const od = find(rows, 'on-demand', null, null);
    expect(od.totalUSD).toBeCloseTo(33.6, 6);
    expect(od.months).toBe(0.46);
    // No commitment fits two weeks: each would cost more than On-Demand, so none is listed.
    expect(rows.every((r) => r.term === null)).toBe(true);
  });

  it('never lists a commitment that costs more than On-Demand (no negative savings)', () => {
    const window = (2 * 7 * HOURS_PER_MONTH) / 168; // 2 hours every night
    const rows = costRows({ hourly: 0.1, months: 12, usageHoursPerMonth: window });
    const od = find(rows, 'on-demand', null, null);
    expect(od.totalUSD).toBeCloseTo(0.1 * window * 12, 2);
    expect(rows.some((r) => r.model === 'reserved' || r.model === 'savings-plan')).toBe(false);
    for (const r of always(36)) expect(r.totalUSD).toBeLessThanOrEqual(find(always(36), 'on-demand', null, null).totalUSD);
  });

  it('uses the Spot range middle, leaves Spot out when interruption is ruled out, and takes overrides', () => {
    expect(find(always(12), 'spot', null, null).hourlyUSD).toBeCloseTo(0.03, 6);
    expect(always(12, { interruptible: false }).some((r) => r.model === 'spot')).toBe(false);
    const o = always(12, { reservedDiscount: 0.4, spotDiscount: 0.5 });
    expect(find(o, 'reserved', '1y', 'no-upfront').hourlyUSD).toBeCloseTo(0.06, 6);
    expect(find(o, 'spot', null, null).hourlyUSD).toBeCloseTo(0.05, 6);
  });

  it('prices dedicated workloads with dedicated examples only', () => {
    const rows = always(12, { dedicated: true });
    expect(rows.map((r) => r.model)).toEqual(['dedicated-host', 'dedicated-instance']);
    for (const r of rows) expect(r.hourlyUSD).toBeGreaterThan(0.1);
  });

  it('prices nothing without hours or a price', () => {
    expect(costRows({ hourly: 0.1, months: 12, usageHoursPerMonth: NaN })).toEqual([]);
    expect(costRows({ hourly: 0, months: 12, usageHoursPerMonth: 730 })).toEqual([]);
  });

  it('coverWithTerms', () => {
    const d = { '1y': 0.37, '3y': 0.57 };
    expect(coverWithTerms(5, '1y', d)).toEqual(['1y']);
    expect(coverWithTerms(13, '1y', d)).toEqual(['1y', '1y']);
    expect(coverWithTerms(36, '3y', d)).toEqual(['3y']);
    expect(coverWithTerms(72, '3y', d)).toEqual(['3y', '3y']);
  });
});
