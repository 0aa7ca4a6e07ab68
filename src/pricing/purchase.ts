// The purchasable options priced over the workload's own period: the `costs` rows of the batch CLI
// and the cost table in chat. Reservations and Savings Plans come in 1- or 3-year terms only, so a
// period is covered by whole terms (2 years = 1y twice, or 3y with a year unused; 5 years = 3y + 1y
// twice); every row's total covers the same period as the On-Demand row. Scheduled Reserved
// Instances are not priced: they can no longer be bought.
import { HOURS_PER_MONTH, HOURS_PER_YEAR, TERM_MONTHS } from './constants.ts';
import {
  COMPUTE_SAVINGS_PLAN, DEDICATED_EXAMPLE, PAYMENTS, SPOT_TYPICAL, STANDARD_RI, TERMS,
  type DiscountRow, type Payment, type Term,
} from './discounts.ts';
import type { PricingModel } from './types.ts';

export interface CostRow {
  model: PricingModel | 'savings-plan';
  term: Term | null;
  payment: Payment | null;
  /** On-Demand-equivalent effective hourly rate: hourly + upfront / hours in the term. */
  hourlyUSD: number;
  /** Paid upfront over the whole period (every term bought). */
  upfrontUSD: number;
  /** Average per month over the period. */
  monthlyUSD: number;
  /** Over the workload's whole period. */
  totalUSD: number;
  /** The period's length in months (two weeks = 336 h = 0.46). */
  months: number;
  /** How the period is covered, e.g. ['3y', '1y', '1y']; empty for pay-as-you-go rows. */
  terms: Term[];
}

export interface PeriodInput {
  /** On-Demand USD per hour (shared tenancy). */
  hourly: number;
  /** The workload's period in months (fractions for days: 14 days = 336 / 730). */
  months: number;
  /** Hours a month it runs (730 = always on). */
  usageHoursPerMonth: number;
  /** User overrides, fractions below On-Demand. */
  reservedDiscount?: number;
  spotDiscount?: number;
  interruptible?: boolean;
  dedicated?: boolean;
}

const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;

function row(model: CostRow['model'], term: Term | null, payment: Payment | null, hourly: number, upfront: number, total: number, months: number, terms: Term[]): CostRow {
  return { model, term, payment, hourlyUSD: round(hourly), upfrontUSD: round(upfront, 2), monthlyUSD: round(total / months, 2), totalUSD: round(total, 2), months: round(months, 2), terms };
}

/** Whole terms covering `months`: 1y terms only, or as many 3y terms as fit plus the cheaper cover of the rest. */
export function coverWithTerms(months: number, term: Term, d: Record<Term, number>): Term[] {
  if (term === '1y') return Array.from({ length: Math.max(1, Math.ceil(months / TERM_MONTHS['1y'] - 1e-9)) }, () => '1y' as const);
  const full = Math.max(1, Math.floor(months / TERM_MONTHS['3y'] + 1e-9));
  const rest = months - full * TERM_MONTHS['3y'];
  if (rest <= 1e-9) return Array.from({ length: full }, () => '3y' as const);
  const threes = Array.from({ length: full }, () => '3y' as const);
  const ones = Math.ceil(rest / TERM_MONTHS['1y'] - 1e-9);
  // The rest on 1-year terms, or one more 3-year term partly unused: whichever costs less.
  const onesCost = ones * TERM_MONTHS['1y'] * (1 - d['1y']);
  const threeCost = TERM_MONTHS['3y'] * (1 - d['3y']);
  return onesCost <= threeCost ? [...threes, ...Array.from({ length: ones }, () => '1y' as const)] : [...threes, '3y'];
}

function commitmentRow(model: 'reserved' | 'savings-plan', term: Term, payment: Payment, table: Record<Term, DiscountRow>, p: PeriodInput): CostRow {
  const d = { '1y': table['1y'].discount, '3y': table['3y'].discount };
  const terms = coverWithTerms(p.months, term, d);
  let total = 0;
  let upfront = 0;
  for (const t of terms) {
    const cost = p.hourly * (1 - d[t]) * (TERM_MONTHS[t] / 12) * HOURS_PER_YEAR;
    total += cost;
    upfront += cost * table[t].upfrontShare;
  }
  return row(model, term, payment, p.hourly * (1 - d[term]), upfront, total, p.months, terms);
}

/** Standard RI discounts by term and payment, or the user's one discount for every row. */
function reservedTable(payment: Payment, override?: number): Record<Term, DiscountRow> {
  if (override !== undefined) return { '1y': { discount: override, upfrontShare: STANDARD_RI['1y'][payment].upfrontShare }, '3y': { discount: override, upfrontShare: STANDARD_RI['3y'][payment].upfrontShare } };
  return { '1y': STANDARD_RI['1y'][payment], '3y': STANDARD_RI['3y'][payment] };
}

/**
 * The cost rows for one instance over the period. Commitments are billed every hour of their
 * terms, so they are listed only where they cost less than On-Demand for this workload; Spot only
 * when interruption is not ruled out; dedicated workloads get dedicated prices only.
 */
export function costRows(p: PeriodInput): CostRow[] {
  if (!(p.months > 0) || !Number.isFinite(p.usageHoursPerMonth) || !(p.hourly > 0)) return [];
  const runHours = p.months * p.usageHoursPerMonth;
  if (p.dedicated) {
    const di = DEDICATED_EXAMPLE.instanceHourly + DEDICATED_EXAMPLE.regionFeeHourly;
    return [
      row('dedicated-host', null, null, DEDICATED_EXAMPLE.hostHourly, 0, DEDICATED_EXAMPLE.hostHourly * runHours, p.months, []),
      row('dedicated-instance', null, null, di, 0, di * runHours, p.months, []),
    ];
  }
  const od = row('on-demand', null, null, p.hourly, 0, p.hourly * runHours, p.months, []);
  const rows: CostRow[] = [od];
  if (p.interruptible !== false) {
    const spot = p.hourly * (1 - (p.spotDiscount ?? SPOT_TYPICAL.mid));
    rows.push(row('spot', null, null, spot, 0, spot * runHours, p.months, []));
  }
  const commitments: CostRow[] = [];
  for (const term of TERMS) for (const payment of PAYMENTS) commitments.push(commitmentRow('reserved', term, payment, reservedTable(payment, p.reservedDiscount), p));
  for (const term of TERMS) commitments.push(commitmentRow('savings-plan', term, 'no-upfront', COMPUTE_SAVINGS_PLAN, p));
  rows.push(...commitments.filter((c) => c.totalUSD < od.totalUSD));
  return rows;
}

/** The cheapest row of a model (the reservation the chat table recommends). */
export function cheapest(rows: CostRow[], model: CostRow['model']): CostRow | undefined {
  return rows.filter((r) => r.model === model).sort((a, b) => a.totalUSD - b.totalUSD)[0];
}

/** Hours in the period, for display: two weeks at 24/7 = 336. */
export function periodHours(months: number): number {
  return Math.round(months * HOURS_PER_MONTH * 100) / 100;
}
