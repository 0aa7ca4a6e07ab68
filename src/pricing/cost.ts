// Cost arithmetic for the advisor: the workload's period and hours, the purchasable options priced
// over that period (purchase.ts), a mix blended per instance, and the pillar examples. Pure; USD.
import { HOURS_PER_MONTH, HOURS_PER_WEEK, HOURS_PER_YEAR, ALWAYS_ON_HOURS, TERM_MONTHS } from './constants.ts';
import { EXAMPLE_PRICES } from './prices.ts';
import { STANDARD_RI } from './discounts.ts';
import { cheapest, costRows, type CostRow } from './purchase.ts';
import type { Advice, Factors, PlanItem, PricingModel } from './types.ts';

export { HOURS_PER_MONTH, HOURS_PER_WEEK, HOURS_PER_YEAR } from './constants.ts';
export { money, pct, count } from './format.ts';

// ---------- arithmetic ----------

/** The module's off-hours example: run only `hoursPerDay` × `daysPerWeek` of the week's 168 hours. */
export function offHoursSaving(hoursPerDay = 12, daysPerWeek = 5) {
  const runHours = hoursPerDay * daysPerWeek;
  const runFraction = Math.min(1, runHours / HOURS_PER_WEEK);
  return { hoursPerDay, daysPerWeek, runHours, weekHours: HOURS_PER_WEEK, runFraction, saving: 1 - runFraction };
}

/** Utilisation above which Reserved (billed every hour) costs less than On-Demand (billed when running). */
export function breakEvenUtilisation(reservedDiscount: number): number {
  return 1 - reservedDiscount;
}

export interface CommitmentInput {
  onDemandHourly: number;
  /** Recurring hourly charge of the commitment (billed every hour of the term). */
  hourly: number;
  upfront: number;
  termMonths: number;
  /** Hours a month the workload would run On-Demand (730 = always on). */
  usageHoursPerMonth?: number;
}

/** What AWS's recommendation tools report for a commitment. */
export function commitment(c: CommitmentInput) {
  const hoursInTerm = (c.termMonths / 12) * HOURS_PER_YEAR;
  const effectiveHourly = c.hourly + c.upfront / hoursInTerm;
  const usage = c.usageHoursPerMonth ?? HOURS_PER_MONTH;
  const onDemandMonthly = c.onDemandHourly * usage;
  const monthlyCost = effectiveHourly * HOURS_PER_MONTH;
  const monthlySaving = onDemandMonthly - monthlyCost;
  const savingPct = onDemandMonthly > 0 ? monthlySaving / onDemandMonthly : 0;
  const recurringMonthly = c.hourly * HOURS_PER_MONTH;
  const perMonthGain = onDemandMonthly - recurringMonthly;
  const breakEvenMonths = c.upfront <= 0 ? 0 : perMonthGain > 0 ? c.upfront / perMonthGain : Infinity;
  return { hoursInTerm, effectiveHourly, onDemandMonthly, monthlyCost, monthlySaving, savingPct, breakEvenMonths };
}

/**
 * Pillar 4: an over-provisioned volume (500 GB provisioned, 20 GB used). EBS volumes cannot be
 * shrunk in place: the saving comes from a new, smaller gp3 volume the data is copied to.
 */
export function ebsRightSizing(provisionedGb: number, usedGb: number, pricePerGbMonth: number = EXAMPLE_PRICES.ebs.gp3, newPricePerGbMonth: number = pricePerGbMonth) {
  const before = provisionedGb * pricePerGbMonth;
  const after = usedGb * newPricePerGbMonth;
  return { provisionedGb, usedGb, before, after, saving: before - after, savingPct: before > 0 ? (before - after) / before : 0 };
}

/** Minimum size of an st1 (throughput-optimised HDD) volume; st1 also cannot be a boot volume. */
export const ST1_MIN_GIB = 125;

/** Pillar 4: st1 against the SSDs (gp3 is the default and cheaper than gp2); st1 only from 125 GiB. */
export function st1VsGp2(sizeGb: number) {
  const gp2 = sizeGb * EXAMPLE_PRICES.ebs.gp2;
  const gp3 = sizeGb * EXAMPLE_PRICES.ebs.gp3;
  const st1 = Math.max(sizeGb, ST1_MIN_GIB) * EXAMPLE_PRICES.ebs.st1;
  return { sizeGb, gp2, gp3, st1, belowSt1Minimum: sizeGb < ST1_MIN_GIB, saving: gp3 - st1, savingPct: (gp2 - st1) / gp2 };
}

// ---------- the report for one description ----------

export interface CostReport {
  /** A mix of parts: the quoted part the rows price (the others are not in the table). */
  pricedPart?: string;
  hourly: number;
  priceSource: 'user' | 'example';
  instanceType?: string;
  /** NaN when usageUnknown. */
  usageHoursPerMonth: number;
  usageAssumed: boolean;
  /** A recurring window whose length was not understood: no monthly figure is made up. */
  usageUnknown: boolean;
  /** Hours a month of the recurring window, when its length is known. */
  windowHoursPerMonth?: number;
  /** The workload's period (fractions for days and weeks). */
  periodMonths: number;
  periodAssumed: boolean;
  /** The purchasable options over the period (the CLI's `costs`). */
  rows: CostRow[];
  dedicated: boolean;
  /** Commitments were left out because each costs more than On-Demand for this workload. */
  commitmentsUnfit: boolean;
  /** The plan or the answer involves Scheduled Reserved Instances (no longer sold, not priced). */
  scheduledNotSold: boolean;
  reservedOverride?: number;
  spotOverride?: number;
  blended?: { plan: PlanItem[]; monthly: number; saving: number; savingPct: number };
  /** A mix that could not be priced because a part's hours were not understood. */
  blendPending?: PlanItem[];
  /** The cheapest reservation, its break-even utilisation and its commitment figures. */
  chosen?: CostRow;
  breakEven?: number;
  commitment?: ReturnType<typeof commitment> & { upfront: number; hourly: number; userUpfront: boolean; termMonths: number };
  offHours?: ReturnType<typeof offHoursSaving> & { assumed: boolean };
  ebs?: ReturnType<typeof ebsRightSizing> & { fromType: 'gp2' | 'gp3' };
  st1?: ReturnType<typeof st1VsGp2>;
  /** Numbers refused (a price of $1e400, a discount of 1000%): nothing is priced from them. */
  badNumbers: string[];
  /** An instance type named without a price and not in the example table. */
  unknownType?: string;
}

/** The workload's period: what was said, else a year (or 3 years for "years"), assumed. */
export function periodOf(f: Factors): { months: number; assumed: boolean } {
  if (f.termMonths !== undefined && f.termMonths > 0) return { months: f.termMonths, assumed: false };
  return { months: f.longTerm ? TERM_MONTHS['3y'] : TERM_MONTHS['1y'], assumed: true };
}

function usageOf(f: Factors): { usage: number; assumed: boolean; unknown: boolean; window?: number } {
  // A recurring window, when its length was understood: a monthly window runs once a month,
  // otherwise hours a day × days a week, scaled to a month.
  const window = f.hoursPerDay !== undefined && f.hoursPerDay < ALWAYS_ON_HOURS
    ? Math.min(HOURS_PER_MONTH, f.recurring === 'monthly' ? f.hoursPerDay : (f.hoursPerDay * (f.daysPerWeek ?? 7) * HOURS_PER_MONTH) / HOURS_PER_WEEK)
    : undefined;
  // Always on, or a base load that is (the peak is priced through the plan).
  if (f.alwaysOn || f.peaks) return { usage: HOURS_PER_MONTH, assumed: !(f.alwaysOn || f.steady), unknown: false, window };
  if (window !== undefined) return { usage: window, assumed: false, unknown: false, window };
  // A recurring window of unknown length: 730 hours would contradict it, so no monthly figure.
  if (f.recurring) return { usage: NaN, assumed: false, unknown: true };
  return { usage: HOURS_PER_MONTH, assumed: true, unknown: false };
}

/** The cost report for one description, its plan and its primary (or provisional) model. */
export function costReport(f: Factors, plan: PlanItem[], primary: PricingModel | null, opts: { undecided?: boolean } = {}): CostReport {
  const exampleHourly = EXAMPLE_PRICES.instances[f.instanceType ?? ''] ?? EXAMPLE_PRICES.instances[EXAMPLE_PRICES.defaultInstance];
  const hourly = f.hourlyPrice ?? exampleHourly;
  const priceSource = f.hourlyPrice !== undefined ? 'user' : 'example';
  const instanceType = f.hourlyPrice !== undefined ? f.instanceType : EXAMPLE_PRICES.instances[f.instanceType ?? ''] ? f.instanceType : EXAMPLE_PRICES.defaultInstance;
  const { usage, assumed: usageAssumed, unknown: usageUnknown, window } = usageOf(f);
  const period = periodOf(f);
  const dedicated = primary === 'dedicated-host' || primary === 'dedicated-instance';
  const badNumbers = f.badNumbers ?? [];
  const badPrice = badNumbers.some((b) => b.startsWith('$'));
  // Nothing to price: a refused price, an instance type with no known price, or an undecided
  // workload whose hours were never said.
  const unknownType = f.hourlyPrice === undefined && f.instanceType !== undefined && EXAMPLE_PRICES.instances[f.instanceType] === undefined;
  const noHours = !!opts.undecided && usageAssumed;
  const rows = badPrice || unknownType || noHours ? [] : costRows({
    hourly,
    months: period.months,
    usageHoursPerMonth: usage,
    reservedDiscount: f.reservedDiscount,
    spotDiscount: f.spotDiscount,
    interruptible: f.interruptible,
    dedicated,
  });
  const od = rows.find((r) => r.model === 'on-demand');
  const chosen = cheapest(rows, 'reserved');
  const scheduledNotSold = primary === 'scheduled-reserved' || plan.some((p) => p.model === 'scheduled-reserved');

  // A mix, per instance and month: the base on the cheapest reservation; a Scheduled Reserved peak
  // (no longer sold) is priced as what can be bought today, On-Demand for its window.
  let blended: CostReport['blended'];
  let blendPending: PlanItem[] | undefined;
  if (plan.length > 1 && od) {
    const monthlyOf = (m: PricingModel): number => {
      if (m === 'scheduled-reserved') return window !== undefined ? hourly * window : NaN;
      return (m === 'reserved' ? chosen : rows.find((r) => r.model === m))?.monthlyUSD ?? od.monthlyUSD;
    };
    const monthly = plan.reduce((sum, p) => sum + p.share * monthlyOf(p.model), 0);
    if (Number.isFinite(monthly)) blended = { plan, monthly, saving: od.monthlyUSD - monthly, savingPct: od.monthlyUSD > 0 ? (od.monthlyUSD - monthly) / od.monthlyUSD : 0 };
    else blendPending = plan;
  } else if (plan.length > 1) blendPending = plan;

  const report: CostReport = {
    hourly,
    priceSource,
    instanceType,
    usageHoursPerMonth: usage,
    usageAssumed,
    usageUnknown,
    windowHoursPerMonth: window,
    periodMonths: period.months,
    periodAssumed: period.assumed,
    rows,
    dedicated,
    commitmentsUnfit: !dedicated && !!od && !rows.some((r) => r.model === 'reserved' || r.model === 'savings-plan'),
    scheduledNotSold,
    reservedOverride: f.reservedDiscount,
    spotOverride: f.spotDiscount,
    blended,
    blendPending,
    badNumbers,
    unknownType: unknownType ? f.instanceType : undefined,
  };
  if (chosen && chosen.term) {
    // The chosen reservation as AWS's tools report it (the user's upfront when given).
    const termMonths = TERM_MONTHS[chosen.term];
    const hoursInTerm = (termMonths / 12) * HOURS_PER_YEAR;
    const discount = f.reservedDiscount ?? STANDARD_RI[chosen.term][chosen.payment ?? 'no-upfront'].discount;
    const termCost = hourly * (1 - discount) * hoursInTerm;
    const userUpfront = f.upfront !== undefined;
    const share = STANDARD_RI[chosen.term][chosen.payment ?? 'no-upfront'].upfrontShare;
    const upfront = Math.min(f.upfront ?? termCost * share, termCost);
    const recurring = (termCost - upfront) / hoursInTerm;
    const c = commitment({ onDemandHourly: hourly, hourly: recurring, upfront, termMonths, usageHoursPerMonth: usage });
    report.chosen = chosen;
    report.breakEven = breakEvenUtilisation(discount);
    report.commitment = { ...c, upfront, hourly: recurring, userUpfront, termMonths };
  }
  if (f.hoursPerDay !== undefined && f.hoursPerDay < ALWAYS_ON_HOURS && (f.devTest || (f.recurring && !f.alwaysOn && !f.peaks))) {
    report.offHours = { ...offHoursSaving(f.hoursPerDay, f.daysPerWeek ?? 5), assumed: false };
  } else if (f.devTest && !f.alwaysOn) {
    // The module's own example (12 hours on weekdays), labelled as an assumption.
    report.offHours = { ...offHoursSaving(12, f.daysPerWeek ?? 5), assumed: true };
  }
  if (f.storage?.mentioned) {
    const prov = f.storage.provisionedGb ?? 500;
    const used = f.storage.usedGb !== undefined && f.storage.usedGb < prov ? f.storage.usedGb : prov === 500 ? 20 : undefined;
    const fromType = f.storage.type === 'gp2' ? 'gp2' : 'gp3';
    if (used !== undefined) report.ebs = { ...ebsRightSizing(prov, used, EXAMPLE_PRICES.ebs[fromType], EXAMPLE_PRICES.ebs.gp3), fromType };
    report.st1 = st1VsGp2(prov);
  }
  return report;
}

/** The cost report of an advice: the rows it shows in chat and returns as the CLI's `costs`. */
export function adviceCostReport(a: Advice): CostReport {
  if (a.costPart) {
    // Parts differ in hours and period, so one blended figure would be made up: price the primary part.
    return { ...costReport(a.costPart.factors, [{ model: a.model!, share: 1 }], a.model), pricedPart: a.costPart.text };
  }
  const f = a.factors ?? { understood: [] };
  return costReport(f, a.plan, a.model ?? a.provisional ?? null, { undecided: a.model === null });
}

/** The CLI's `costs` rows, exactly the contract's fields. */
export function adviceCosts(a: Advice) {
  return adviceCostReport(a).rows.map(({ model, term, payment, hourlyUSD, upfrontUSD, monthlyUSD, totalUSD, months }) => ({ model, term, payment, hourlyUSD, upfrontUSD, monthlyUSD, totalUSD, months }));
}
