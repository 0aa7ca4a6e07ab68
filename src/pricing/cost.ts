// Cost arithmetic for the advisor, and the one formatter every adapter shows (Reply.fields).
// Pure functions; all money in USD.
import type { Field, Lang } from '../reply.ts';
import { t } from '../lang.ts';
import { DEFAULT_DISCOUNTS, EXAMPLE_PRICES } from './prices.ts';
import type { Factors, PlanItem, PricingModel } from './types.ts';
import { modelShort } from './names.ts';

export const HOURS_PER_MONTH = 730;
export const HOURS_PER_WEEK = 168;
export const HOURS_PER_YEAR = 8760;

// ---------- formatting (shared by every adapter through Reply.fields) ----------

const MONEY2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MONEY4 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const ONE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const ZERO = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `$1,234.56`; sub-dollar rates keep up to 4 decimals (`$0.0416`). */
export function money(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  const s = (abs !== 0 && abs < 1 ? MONEY4 : MONEY2).format(abs);
  return `${n < 0 && s !== '0.00' ? '-' : ''}$${s}`;
}

/** 0.643 → `64.3%`, 0.72 → `72%`. */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const v = Math.round(fraction * 1000) / 10;
  return `${ONE.format(v)}%`;
}

/** 8760 → `8,760`; 1.5 → `1.5`. */
export function count(n: number, maxDigits = 1): string {
  return (maxDigits === 0 ? ZERO : maxDigits === 1 ? ONE : new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits })).format(n);
}

// ---------- arithmetic ----------

export interface Discounts {
  reserved: number;
  spot: number;
  scheduledReserved: number;
}

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

/** Pillar 4: shrink an over-provisioned EBS volume (500 GB provisioned, 20 GB used). */
export function ebsRightSizing(provisionedGb: number, usedGb: number, pricePerGbMonth: number = EXAMPLE_PRICES.ebs.gp2) {
  const before = provisionedGb * pricePerGbMonth;
  const after = usedGb * pricePerGbMonth;
  return { provisionedGb, usedGb, before, after, saving: before - after, savingPct: before > 0 ? (before - after) / before : 0 };
}

/** Pillar 4: throughput-optimised HDD (st1) against general-purpose SSD (gp2), about half. */
export function st1VsGp2(sizeGb: number) {
  const gp2 = sizeGb * EXAMPLE_PRICES.ebs.gp2;
  const st1 = sizeGb * EXAMPLE_PRICES.ebs.st1;
  return { sizeGb, gp2, st1, saving: gp2 - st1, savingPct: (gp2 - st1) / gp2 };
}

export interface ModelCost {
  model: PricingModel;
  hoursPerMonth: number;
  monthly: number;
  /** Over the term shown (a Reserved commitment is paid for its whole 1- or 3-year term). */
  total: number;
  months: number;
  /** The hours it runs were not understood: only the hourly rate is known (monthly/total are NaN). */
  hoursUnknown?: boolean;
  /** The rate per running hour (after the discount assumption). */
  rate: number;
}

export interface CostReport {
  hourly: number;
  priceSource: 'user' | 'example';
  instanceType?: string;
  /** NaN when usageUnknown. */
  usageHoursPerMonth: number;
  usageAssumed: boolean;
  /** A recurring window whose length was not understood: no monthly figure is made up. */
  usageUnknown: boolean;
  /** Hours a month of the recurring window (Scheduled Reserved), when its length is known. */
  windowHoursPerMonth?: number;
  termMonths: number;
  termAssumed: boolean;
  discounts: Discounts;
  discountsOverridden: boolean;
  models: ModelCost[];
  blended?: { plan: PlanItem[]; monthly: number; saving: number; savingPct: number };
  /** A mix that could not be priced because a part's hours were not understood. */
  blendPending?: PlanItem[];
  breakEven: number;
  reservedTermMonths: number;
  commitment: ReturnType<typeof commitment> & { upfront: number; hourly: number; userUpfront: boolean };
  offHours?: ReturnType<typeof offHoursSaving> & { assumed: boolean };
  ebs?: ReturnType<typeof ebsRightSizing>;
  st1?: ReturnType<typeof st1VsGp2>;
}

/** Monthly and total cost per model, the commitment figures and the pillar examples for one description. */
export function costReport(f: Factors, plan: PlanItem[], primary: PricingModel | null): CostReport {
  const exampleHourly = EXAMPLE_PRICES.instances[f.instanceType ?? ''] ?? EXAMPLE_PRICES.instances[EXAMPLE_PRICES.defaultInstance];
  const hourly = f.hourlyPrice ?? exampleHourly;
  const priceSource = f.hourlyPrice !== undefined ? 'user' : 'example';
  const instanceType = f.hourlyPrice !== undefined ? f.instanceType : EXAMPLE_PRICES.instances[f.instanceType ?? ''] ? f.instanceType : EXAMPLE_PRICES.defaultInstance;

  // The recurring window, when its length was understood: a monthly window runs once a month,
  // otherwise hours a day × days a week, scaled to a month.
  const windowHours = f.hoursPerDay !== undefined && f.hoursPerDay < 23
    ? Math.min(HOURS_PER_MONTH, f.recurring === 'monthly' ? f.hoursPerDay : (f.hoursPerDay * (f.daysPerWeek ?? 7) * HOURS_PER_MONTH) / HOURS_PER_WEEK)
    : undefined;
  let usage = HOURS_PER_MONTH;
  let usageAssumed = true;
  let usageUnknown = false;
  if (f.alwaysOn || f.peaks) {
    // Always on, or a base load that is (the peak is priced through the plan).
    usageAssumed = !(f.alwaysOn || f.steady);
  } else if (windowHours !== undefined) {
    usage = windowHours;
    usageAssumed = false;
  } else if (f.recurring) {
    // A recurring window of unknown length: 730 hours would contradict it, so no monthly figure.
    usage = NaN;
    usageUnknown = true;
  }

  const termAssumed = f.termMonths === undefined;
  const termMonths = Math.max(1, Math.round(f.termMonths ?? (f.longTerm ? 36 : 12)));
  const discounts: Discounts = {
    reserved: f.reservedDiscount ?? DEFAULT_DISCOUNTS.reserved,
    spot: f.spotDiscount ?? DEFAULT_DISCOUNTS.spot,
    scheduledReserved: DEFAULT_DISCOUNTS.scheduledReserved,
  };
  const discountsOverridden = f.reservedDiscount !== undefined || f.spotDiscount !== undefined;
  const reservedTermMonths = termMonths >= 36 ? 36 : 12;
  const reservedMonths = Math.max(reservedTermMonths, Math.ceil(termMonths / reservedTermMonths) * reservedTermMonths);

  const od = hourly * usage;
  const unknown = usageUnknown ? { hoursUnknown: true } : {};
  const models: ModelCost[] = [
    { model: 'on-demand', hoursPerMonth: usage, monthly: od, total: od * termMonths, months: termMonths, rate: hourly, ...unknown },
    {
      model: 'reserved',
      hoursPerMonth: HOURS_PER_MONTH,
      monthly: hourly * (1 - discounts.reserved) * HOURS_PER_MONTH,
      total: hourly * (1 - discounts.reserved) * HOURS_PER_MONTH * reservedMonths,
      months: reservedMonths,
      rate: hourly * (1 - discounts.reserved),
    },
    { model: 'spot', hoursPerMonth: usage, monthly: hourly * (1 - discounts.spot) * usage, total: hourly * (1 - discounts.spot) * usage * termMonths, months: termMonths, rate: hourly * (1 - discounts.spot), ...unknown },
  ];
  const scheduledRelevant = f.recurring !== undefined || plan.some((p) => p.model === 'scheduled-reserved') || primary === 'scheduled-reserved';
  if (scheduledRelevant) {
    // Scheduled Reserved is paid for its window only: never priced from 730 hours. Unknown window: rate only.
    const rate = hourly * (1 - discounts.scheduledReserved);
    const months = Math.max(12, termMonths);
    if (windowHours !== undefined) {
      models.push({ model: 'scheduled-reserved', hoursPerMonth: windowHours, monthly: rate * windowHours, total: rate * windowHours * months, months, rate });
    } else {
      models.push({ model: 'scheduled-reserved', hoursPerMonth: NaN, monthly: NaN, total: NaN, months, rate, hoursUnknown: true });
    }
  }

  let blended: CostReport['blended'];
  const priced = (m: PricingModel) => !models.find((x) => x.model === m)?.hoursUnknown;
  if (plan.length > 1 && !usageUnknown && plan.every((p) => priced(p.model))) {
    const byModel = (m: PricingModel) => models.find((x) => x.model === m)?.monthly ?? od;
    const monthly = plan.reduce((sum, p) => sum + p.share * byModel(p.model), 0);
    blended = { plan, monthly, saving: od - monthly, savingPct: od > 0 ? (od - monthly) / od : 0 };
  }

  // A commitment as AWS's tools report it: the user's upfront, or a partial-upfront example (half now).
  const hoursInTerm = (reservedTermMonths / 12) * HOURS_PER_YEAR;
  const termCost = hourly * (1 - discounts.reserved) * hoursInTerm;
  const userUpfront = f.upfront !== undefined;
  const upfront = Math.min(f.upfront ?? termCost / 2, termCost);
  const recurring = (termCost - upfront) / hoursInTerm;
  const c = commitment({ onDemandHourly: hourly, hourly: recurring, upfront, termMonths: reservedTermMonths, usageHoursPerMonth: usageUnknown ? undefined : usage });

  const report: CostReport = {
    hourly,
    priceSource,
    instanceType,
    usageHoursPerMonth: usage,
    usageAssumed,
    usageUnknown,
    windowHoursPerMonth: windowHours,
    termMonths,
    termAssumed,
    discounts,
    discountsOverridden,
    models,
    blended,
    breakEven: breakEvenUtilisation(discounts.reserved),
    reservedTermMonths,
    commitment: { ...c, upfront, hourly: recurring, userUpfront },
  };
  if (plan.length > 1 && !blended) report.blendPending = plan;
  if (f.hoursPerDay !== undefined && f.hoursPerDay < 23 && (f.devTest || (f.recurring && !f.alwaysOn && !f.peaks))) {
    report.offHours = { ...offHoursSaving(f.hoursPerDay, f.daysPerWeek ?? 5), assumed: false };
  } else if (f.devTest && !f.alwaysOn) {
    // The module's own example (12 hours on weekdays), labelled as an assumption.
    report.offHours = { ...offHoursSaving(12, f.daysPerWeek ?? 5), assumed: true };
  }
  if (f.storage?.mentioned) {
    const prov = f.storage.provisionedGb ?? 500;
    const used = f.storage.usedGb !== undefined && f.storage.usedGb < prov ? f.storage.usedGb : prov === 500 ? 20 : undefined;
    if (used !== undefined) report.ebs = ebsRightSizing(prov, used);
    report.st1 = st1VsGp2(prov);
  }
  return report;
}

/** The cost table as label/value pairs: the single formatter Slack, Discord and the console all render. */
export function costFields(r: CostReport, lang: Lang): Field[] {
  const fields: Field[] = [];
  const mo = t(lang, '/월', '/mo');
  const src = r.priceSource === 'user'
    ? t(lang, '사용자가 준 가격', 'your price')
    : `${r.instanceType ?? ''} ${t(lang, EXAMPLE_PRICES.label.ko, EXAMPLE_PRICES.label.en)}`.trim();
  const usage = r.usageUnknown
    ? t(lang, '월 사용 시간 모름: 반복 실행 1회의 시간을 이해하지 못해 상시(월 730시간)로 계산하지 않음, 시간당 요금만 표시', 'hours a month unknown: the length of each recurring run was not understood, so nothing is priced as always on (730 h); hourly rates only')
    : r.usageHoursPerMonth >= HOURS_PER_MONTH
      ? t(lang, `월 ${count(HOURS_PER_MONTH)}시간(상시)`, `${count(HOURS_PER_MONTH)} h/month (always on)`)
      : t(lang, `월 약 ${count(r.usageHoursPerMonth, 0)}시간`, `about ${count(r.usageHoursPerMonth, 0)} h/month`);
  const assumed = (b: boolean) => (b ? t(lang, ' (가정)', ' (assumed)') : '');
  fields.push({
    label: t(lang, '계산 가정', 'Assumptions'),
    value: [
      t(lang, `온디맨드 시간당 ${money(r.hourly)} (${src})`, `On-Demand ${money(r.hourly)}/hour (${src})`),
      usage + assumed(r.usageAssumed && !r.usageUnknown),
      t(lang, `기간 ${r.termMonths}개월`, `term ${r.termMonths} months`) + assumed(r.termAssumed),
      t(
        lang,
        `할인 가정: 예약 -${pct(r.discounts.reserved)}, 스팟 -${pct(r.discounts.spot)} (AWS가 광고하는 "최대" 할인${r.discountsOverridden ? ', 사용자 지정 반영' : ''}; 예: "예약 할인 40%"로 변경)`,
        `discount assumptions: Reserved -${pct(r.discounts.reserved)}, Spot -${pct(r.discounts.spot)} (the "up to" figures AWS advertises${r.discountsOverridden ? ', your override applied' : ''}; override e.g. "reserved discount 40%")`,
      ),
    ].join(' · '),
  });
  for (const m of r.models) {
    const extra = m.model === 'reserved'
      ? t(lang, ` (매시간 과금, ${m.months}개월 약정)`, ` (billed every hour, ${m.months}-month term)`)
      : m.model === 'scheduled-reserved'
        ? t(lang, ` (예약한 시간만, 할인 -${pct(r.discounts.scheduledReserved)} 가정)`, ` (reserved windows only, -${pct(r.discounts.scheduledReserved)} assumed)`)
        : '';
    if (m.hoursUnknown) {
      fields.push({
        label: modelShort(m.model, lang),
        value: t(
          lang,
          `시간당 ${money(m.rate)}${extra}; 한 번에 몇 시간 도는지 알려 주면 월 비용을 계산함`,
          `${money(m.rate)}/hour${extra}; say how many hours each run lasts to get the monthly cost`,
        ),
        inline: true,
      });
      continue;
    }
    const window = m.model === 'scheduled-reserved' && r.windowHoursPerMonth !== undefined && r.windowHoursPerMonth !== r.usageHoursPerMonth
      ? t(lang, ` (반복 창 월 약 ${count(m.hoursPerMonth, 0)}시간)`, ` (window about ${count(m.hoursPerMonth, 0)} h/month)`)
      : '';
    fields.push({
      label: modelShort(m.model, lang),
      value: `${money(m.monthly)}${mo} · ${t(lang, `${m.months}개월 합계`, `${m.months}-month total`)} ${money(m.total)}${extra}${window}`,
      inline: true,
    });
  }
  if (r.blended) {
    const mix = r.blended.plan.map((p) => `${modelShort(p.model, lang)} ${pct(p.share)}`).join(' + ');
    fields.push({
      label: t(lang, '혼합 구성 (인스턴스 1대 평균)', 'Mix (average per instance)'),
      value: t(
        lang,
        `${mix}: ${money(r.blended.monthly)}${mo}, 온디맨드 대비 ${money(r.blended.saving)}${mo} (${pct(r.blended.savingPct)}) 절감`,
        `${mix}: ${money(r.blended.monthly)}${mo}, saves ${money(r.blended.saving)}${mo} (${pct(r.blended.savingPct)}) vs On-Demand`,
      ),
    });
  }
  if (r.blendPending) {
    const mix = r.blendPending.map((p) => `${modelShort(p.model, lang)} ${pct(p.share)}`).join(' + ');
    fields.push({
      label: t(lang, '혼합 구성 (인스턴스 1대 평균)', 'Mix (average per instance)'),
      value: t(lang, `${mix}: 반복 창의 시간을 몰라 월 비용은 계산하지 않음 (몇 시부터 몇 시까지인지 알려 주면 계산)`, `${mix}: not priced, the recurring window's hours were not understood (give them, e.g. "6pm to 9pm")`),
    });
  }
  fields.push({
    label: t(lang, '손익분기 사용률', 'Break-even utilisation'),
    value: t(
      lang,
      `가동률 ${pct(r.breakEven)} (월 ${count(r.breakEven * HOURS_PER_MONTH, 0)}시간) 이상이면 예약 인스턴스가 온디맨드보다 저렴 = 1 - 할인율 ${pct(r.discounts.reserved)}`,
      `Reserved beats On-Demand above ${pct(r.breakEven)} utilisation (${count(r.breakEven * HOURS_PER_MONTH, 0)} h/month) = 1 - discount ${pct(r.discounts.reserved)}`,
    ),
  });
  const c = r.commitment;
  const saving = r.usageUnknown
    ? t(lang, '월 절감액은 실행 시간을 알아야 계산 가능', 'the monthly saving needs the hours it runs')
    : t(
      lang,
      `예상 월 절감 ${money(c.monthlySaving)} (${pct(c.savingPct)}, 온디맨드 ${money(c.onDemandMonthly)}${mo} 대비); 선결제 손익분기 ${Number.isFinite(c.breakEvenMonths) ? `${count(c.breakEvenMonths)}개월` : '없음(절감 없음)'}`,
      `estimated monthly saving ${money(c.monthlySaving)} (${pct(c.savingPct)} vs On-Demand ${money(c.onDemandMonthly)}${mo}); upfront break-even ${Number.isFinite(c.breakEvenMonths) ? `${count(c.breakEvenMonths)} months` : 'never (no saving)'}`,
    );
  const upfrontLabel = c.userUpfront ? t(lang, '선결제', 'upfront') : t(lang, '부분 선결제 예시', 'partial-upfront example');
  fields.push({
    label: t(lang, `약정 (${r.reservedTermMonths / 12}년, ${upfrontLabel})`, `Commitment (${r.reservedTermMonths / 12}-year, ${upfrontLabel})`),
    value: t(
      lang,
      `실효 시간당 요금 = ${money(c.hourly)} + ${money(c.upfront)} ÷ ${count(c.hoursInTerm)}시간 = ${money(c.effectiveHourly)}; ${saving}`,
      `effective hourly rate = ${money(c.hourly)} + ${money(c.upfront)} / ${count(c.hoursInTerm)} h = ${money(c.effectiveHourly)}; ${saving}`,
    ),
  });
  if (r.offHours) {
    const o = r.offHours;
    fields.push({
      label: t(lang, '업무 외 시간 중지 (§3.4.2)', 'Stop outside working hours (§3.4.2)'),
      value: t(
        lang,
        `${count(o.hoursPerDay)}시간 × ${count(o.daysPerWeek)}일${o.assumed ? ' (가정: 업무 시간)' : ''} = 주 ${count(o.runHours)}/${o.weekHours}시간만 실행 → 런타임 약 ${pct(o.saving)} 절감 (모듈 예시: 65%)`,
        `${count(o.hoursPerDay)} h × ${count(o.daysPerWeek)} days${o.assumed ? ' (assumed: working hours)' : ''} = ${count(o.runHours)} of ${o.weekHours} hours a week → about ${pct(o.saving)} less runtime (module's example: 65%)`,
      ),
    });
  }
  if (r.ebs) {
    const e = r.ebs;
    fields.push({
      label: t(lang, 'EBS 크기 조정 (§3.4.4)', 'EBS right-sizing (§3.4.4)'),
      value: t(
        lang,
        `${count(e.provisionedGb)}GB → ${count(e.usedGb)}GB (gp2 GB당 ${money(EXAMPLE_PRICES.ebs.gp2)}${mo} 예시): ${money(e.before)} → ${money(e.after)}${mo}, ${money(e.saving)} (${pct(e.savingPct)}) 절감`,
        `${count(e.provisionedGb)} GB → ${count(e.usedGb)} GB (gp2 at ${money(EXAMPLE_PRICES.ebs.gp2)}/GB-month, example): ${money(e.before)} → ${money(e.after)}${mo}, saves ${money(e.saving)} (${pct(e.savingPct)})`,
      ),
    });
  }
  if (r.st1) {
    const s = r.st1;
    fields.push({
      label: t(lang, 'st1 vs gp2 (§3.4.4)', 'st1 vs gp2 (§3.4.4)'),
      value: t(
        lang,
        `${count(s.sizeGb)}GB: gp2 ${money(s.gp2)} vs st1 ${money(s.st1)}${mo} → 약 ${pct(s.savingPct)} 저렴 (대략 절반, 처리량 위주 워크로드가 st1로 충족될 때)`,
        `${count(s.sizeGb)} GB: gp2 ${money(s.gp2)} vs st1 ${money(s.st1)}${mo} → about ${pct(s.savingPct)} less (roughly half, when st1 meets a throughput workload)`,
      ),
    });
  }
  return fields;
}
