// The cost table as label/value pairs: the single formatter Slack, Discord and the console render.
// It stands on its own after the reply's text: its first field says where the prices come from
// (printed once), then one field per purchase option, the mix, the chosen commitment, the pillars.
import type { Field, Lang } from '../reply.ts';
import { t } from '../lang.ts';
import { HOURS_PER_MONTH, TERM_MONTHS } from './constants.ts';
import { ADVERTISED_MAX, COMPUTE_SAVINGS_PLAN, DEDICATED_EXAMPLE, DISCOUNT_SOURCE, SPOT_TYPICAL, STANDARD_RI, type Payment, type Term } from './discounts.ts';
import { EXAMPLE_PRICES } from './prices.ts';
import { count, money, pct } from './format.ts';
import { periodHours, type CostRow } from './purchase.ts';
import { ST1_MIN_GIB, type CostReport } from './cost.ts';
import { modelShort } from './names.ts';

const PAYMENT: Record<Payment, { ko: string; en: string }> = {
  'no-upfront': { ko: '선결제 없음', en: 'no upfront' },
  'partial-upfront': { ko: '부분 선결제', en: 'partial upfront' },
  'all-upfront': { ko: '전체 선결제', en: 'all upfront' },
};

/** "3년", "2주 (336시간)", "about 5 months". */
export function periodText(months: number, lang: Lang): string {
  if (months >= 12 && Number.isInteger(months / 12)) return t(lang, `${months / 12}년`, `${months / 12} year${months === 12 ? '' : 's'}`);
  if (months >= 1) return t(lang, `약 ${count(months)}개월`, `about ${count(months)} months`);
  const hours = periodHours(months);
  return t(lang, `${count(hours, 0)}시간(${count(months, 2)}개월)`, `${count(hours, 0)} hours (${count(months, 2)} months)`);
}

function termsText(terms: Term[], lang: Lang): string {
  const n = (term: Term) => terms.filter((x) => x === term).length;
  const parts = (['3y', '1y'] as const).filter((x) => n(x) > 0).map((x) => `${x === '3y' ? t(lang, '3년', '3-year') : t(lang, '1년', '1-year')}${n(x) > 1 ? ` ×${n(x)}` : ''}`);
  return parts.join(' + ');
}

function discountText(r: CostReport, lang: Lang): string {
  const ri = (term: Term) => `${pct(STANDARD_RI[term]['no-upfront'].discount)}–${pct(STANDARD_RI[term]['all-upfront'].discount)}`;
  const reserved = r.reservedOverride !== undefined
    ? t(lang, `예약 -${pct(r.reservedOverride)} (사용자 지정)`, `Reserved -${pct(r.reservedOverride)} (your override)`)
    : t(lang, `표준 예약 1년 ${ri('1y')}, 3년 ${ri('3y')} (결제 방식별)`, `Standard Reserved 1-year ${ri('1y')}, 3-year ${ri('3y')} (by payment option)`);
  const spot = r.spotOverride !== undefined
    ? t(lang, `스팟 -${pct(r.spotOverride)} (사용자 지정)`, `Spot -${pct(r.spotOverride)} (your override)`)
    : t(lang, `스팟 보통 ${pct(SPOT_TYPICAL.low)}–${pct(SPOT_TYPICAL.high)} (가운데 ${pct(SPOT_TYPICAL.mid)}로 계산)`, `Spot typically ${pct(SPOT_TYPICAL.low)}-${pct(SPOT_TYPICAL.high)} (priced at ${pct(SPOT_TYPICAL.mid)})`);
  const sp = t(lang, `Compute Savings Plan 1년 ${pct(COMPUTE_SAVINGS_PLAN['1y'].discount)}, 3년 ${pct(COMPUTE_SAVINGS_PLAN['3y'].discount)}`, `Compute Savings Plan 1-year ${pct(COMPUTE_SAVINGS_PLAN['1y'].discount)}, 3-year ${pct(COMPUTE_SAVINGS_PLAN['3y'].discount)}`);
  const max = t(lang, `AWS가 광고하는 최대치: 예약 최대 ${pct(ADVERTISED_MAX.reserved)}, 스팟 최대 ${pct(ADVERTISED_MAX.spot)}`, `AWS's advertised maxima: Reserved up to ${pct(ADVERTISED_MAX.reserved)}, Spot up to ${pct(ADVERTISED_MAX.spot)}`);
  const how = t(lang, '예: "예약 할인 40%"로 변경', 'override e.g. "reserved discount 40%"');
  return `${t(lang, '할인', 'discounts')}: ${reserved}; ${sp}; ${spot} (${t(lang, DISCOUNT_SOURCE.label.ko, DISCOUNT_SOURCE.label.en)}; ${max}; ${how})`;
}

function assumptions(r: CostReport, lang: Lang): Field {
  const src = r.dedicated
    ? t(lang, `전용 테넌시 예시 가격(${EXAMPLE_PRICES.asOf} 기준, us-east-1 Linux): ${DEDICATED_EXAMPLE.hostFamily} 전용 호스트 시간당 ${money(DEDICATED_EXAMPLE.hostHourly)} (m5.large 최대 ${DEDICATED_EXAMPLE.hostCapacityLarge}대 수용), ${DEDICATED_EXAMPLE.instanceType} 전용 인스턴스 시간당 ${money(DEDICATED_EXAMPLE.instanceHourly)} + 리전당 전용 요금 시간당 ${money(DEDICATED_EXAMPLE.regionFeeHourly)}`,
      `dedicated tenancy example prices (as of ${EXAMPLE_PRICES.asOf}, us-east-1 Linux): an ${DEDICATED_EXAMPLE.hostFamily} Dedicated Host ${money(DEDICATED_EXAMPLE.hostHourly)}/hour (room for up to ${DEDICATED_EXAMPLE.hostCapacityLarge} m5.large), an ${DEDICATED_EXAMPLE.instanceType} Dedicated Instance ${money(DEDICATED_EXAMPLE.instanceHourly)}/hour + the per-Region dedicated fee ${money(DEDICATED_EXAMPLE.regionFeeHourly)}/hour`)
    : r.priceSource === 'user'
      ? t(lang, `온디맨드 시간당 ${money(r.hourly)} (사용자가 준 가격)`, `On-Demand ${money(r.hourly)}/hour (your price)`)
      : t(lang, `온디맨드 시간당 ${money(r.hourly)} (${r.instanceType} ${EXAMPLE_PRICES.label.ko})`, `On-Demand ${money(r.hourly)}/hour (${r.instanceType} ${EXAMPLE_PRICES.label.en})`);
  const usage = r.usageUnknown
    ? t(lang, '월 사용 시간 모름: 반복 실행 1회의 시간을 이해하지 못해 상시(월 730시간)로 계산하지 않음', 'hours a month unknown: the length of each recurring run was not understood, so nothing is priced as always on (730 h)')
    : r.usageHoursPerMonth >= HOURS_PER_MONTH
      ? t(lang, `월 ${count(HOURS_PER_MONTH)}시간(상시)`, `${count(HOURS_PER_MONTH)} h/month (always on)`)
      : t(lang, `월 약 ${count(r.usageHoursPerMonth, 0)}시간`, `about ${count(r.usageHoursPerMonth, 0)} h/month`);
  const assumed = (b: boolean) => (b ? t(lang, ' (가정)', ' (assumed)') : '');
  const parts = [
    src,
    usage + assumed(r.usageAssumed && !r.usageUnknown),
    t(lang, `기간 ${periodText(r.periodMonths, 'ko')}`, `period ${periodText(r.periodMonths, 'en')}`) + assumed(r.periodAssumed),
    t(lang, '인스턴스 1대 기준', 'per instance'),
  ];
  if (!r.dedicated) parts.push(discountText(r, lang));
  return { label: t(lang, '비용 표: 계산 가정', 'Cost table: assumptions'), value: parts.join(' · ') };
}

function rowValue(row: CostRow, r: CostReport, lang: Lang): string {
  const mo = t(lang, '/월', '/mo');
  const total = t(lang, `${periodText(r.periodMonths, 'ko')} 합계 ${money(row.totalUSD)}`, `${periodText(r.periodMonths, 'en')} total ${money(row.totalUSD)}`);
  return `${money(row.monthlyUSD)}${mo} · ${total}`;
}

function commitmentFields(r: CostReport, lang: Lang): Field[] {
  const out: Field[] = [];
  const od = r.rows.find((x) => x.model === 'on-demand');
  for (const term of ['1y', '3y'] as const) {
    const rows = r.rows.filter((x) => x.model === 'reserved' && x.term === term);
    if (!rows.length) continue;
    const cover = termsText(rows[0].terms, lang);
    out.push({
      label: `${modelShort('reserved', lang)} (${cover})`,
      value: rows.map((x) => `${t(lang, PAYMENT[x.payment!].ko, PAYMENT[x.payment!].en)} ${money(x.totalUSD)} (${t(lang, '실효 시간당', 'effective')} ${money(x.hourlyUSD)}${x.upfrontUSD > 0 ? t(lang, `, 선결제 ${money(x.upfrontUSD)}`, `, upfront ${money(x.upfrontUSD)}`) : ''})`).join(' · ')
        + t(lang, ` — ${periodText(r.periodMonths, 'ko')} 합계`, ` — ${periodText(r.periodMonths, 'en')} total`)
        + (rows[0].terms.reduce((m, x) => m + TERM_MONTHS[x], 0) > r.periodMonths + 1e-9 ? t(lang, ' (약정 중 쓰지 않는 기간도 냄)', ' (pays for unused months of the term)') : ''),
    });
  }
  const sp = r.rows.filter((x) => x.model === 'savings-plan');
  if (sp.length) {
    out.push({
      label: 'Compute Savings Plan',
      value: sp.map((x) => `${termsText(x.terms, lang)} ${money(x.totalUSD)}`).join(' · ') + t(lang, ` (선결제 없음, ${periodText(r.periodMonths, 'ko')} 합계)`, ` (no upfront, ${periodText(r.periodMonths, 'en')} total)`),
    });
  }
  if (r.chosen && od) {
    const saving = od.totalUSD - r.chosen.totalUSD;
    out.push({
      label: t(lang, '가장 저렴한 예약', 'Cheapest reservation'),
      value: t(
        lang,
        `${termsText(r.chosen.terms, 'ko')} ${PAYMENT[r.chosen.payment!].ko}: ${money(r.chosen.totalUSD)}, 온디맨드 ${money(od.totalUSD)}보다 ${money(saving)} (${pct(saving / od.totalUSD)}) 저렴`,
        `${termsText(r.chosen.terms, 'en')} ${PAYMENT[r.chosen.payment!].en}: ${money(r.chosen.totalUSD)}, ${money(saving)} (${pct(saving / od.totalUSD)}) less than On-Demand's ${money(od.totalUSD)}`,
      ),
    });
  }
  return out;
}

export function costFields(r: CostReport, lang: Lang): Field[] {
  const fields: Field[] = [assumptions(r, lang)];
  const mo = t(lang, '/월', '/mo');
  if (r.pricedPart) {
    fields.push({ label: t(lang, '계산한 부분', 'Part priced'), value: t(lang, `「${r.pricedPart}」: 부분마다 시간·기간이 달라 표는 주 부분만 계산함 (다른 부분은 따로 물어보면 계산)`, `"${r.pricedPart}": the parts differ in hours and period, so the table prices the primary part only (ask about another part on its own to price it)`) });
  }
  if (r.badNumbers.length) {
    fields.push({
      label: t(lang, '쓸 수 없는 숫자', 'Numbers not used'),
      value: t(lang, `${r.badNumbers.join(', ')}: 가격(시간당 0 초과 $1,000 이하)이나 할인율(0~100% 사이)로 쓸 수 없어 계산에 쓰지 않음. 올바른 값으로 다시 알려 주세요.`, `${r.badNumbers.join(', ')}: not a usable price (above $0 and at most $1,000 an hour) or discount (between 0 and 100%), so nothing was computed from it. Please give a valid value.`),
    });
  }
  if (r.unknownType) {
    fields.push({ label: t(lang, '가격 모름', 'Price unknown'), value: t(lang, `${r.unknownType}의 가격은 예시 표에 없어 계산하지 않음: "시간당 $0.10"처럼 가격을 알려 주세요`, `${r.unknownType} is not in the example table, so nothing is priced: give its price, e.g. "$0.10/hr"`) });
  }
  if (r.usageUnknown) {
    fields.push({ label: t(lang, '월 비용', 'Monthly cost'), value: t(lang, '한 번에 몇 시간 도는지 알려 주면 계산함', 'say how many hours each run lasts to get the cost') });
  }
  for (const row of r.rows.filter((x) => x.term === null)) {
    fields.push({ label: modelShort(row.model as Exclude<CostRow['model'], 'savings-plan'>, lang), value: rowValue(row, r, lang), inline: true });
  }
  fields.push(...commitmentFields(r, lang));
  if (r.commitmentsUnfit) {
    fields.push({
      label: t(lang, '약정(예약·Savings Plans)', 'Commitments (Reserved, Savings Plans)'),
      value: t(lang, '이 사용 시간과 기간에는 온디맨드보다 비싸서 표에서 뺌: 약정은 쓰지 않는 시간까지 매시간 과금됨', 'left out: for these hours and this period each costs more than On-Demand, because a commitment is billed for every hour, used or not'),
    });
  }
  if (r.scheduledNotSold) {
    fields.push({
      label: modelShort('scheduled-reserved', lang),
      value: t(lang, '현재 판매하지 않아 가격을 매기지 않음: 표는 지금 살 수 있는 옵션만 계산함', 'no longer sold, so not priced: the table prices only what can be bought today'),
    });
  }
  if (r.blended) {
    const mix = r.blended.plan.map((p) => `${modelShort(p.model, lang)} ${pct(p.share)}`).join(' + ');
    const peakNote = r.blended.plan.some((p) => p.model === 'scheduled-reserved') ? t(lang, ' (반복 피크는 지금 살 수 있는 온디맨드로 그 시간만 계산)', ' (the recurring peak priced as On-Demand for its window, what can be bought today)') : '';
    const vs = r.blended.saving >= 0
      ? t(lang, `온디맨드 대비 ${money(r.blended.saving)}${mo} (${pct(r.blended.savingPct)}) 절감`, `saves ${money(r.blended.saving)}${mo} (${pct(r.blended.savingPct)}) vs On-Demand`)
      : t(lang, '상시 온디맨드보다 비싸지 않은지 확인 필요', 'check it against On-Demand');
    fields.push({ label: t(lang, '혼합 구성 (인스턴스 1대 평균)', 'Mix (average per instance)'), value: `${mix}: ${money(r.blended.monthly)}${mo}, ${vs}${peakNote}` });
  }
  if (r.blendPending) {
    const mix = r.blendPending.map((p) => `${modelShort(p.model, lang)} ${pct(p.share)}`).join(' + ');
    fields.push({
      label: t(lang, '혼합 구성 (인스턴스 1대 평균)', 'Mix (average per instance)'),
      value: t(lang, `${mix}: 반복 창의 시간을 몰라 월 비용은 계산하지 않음 (몇 시부터 몇 시까지인지 알려 주면 계산)`, `${mix}: not priced, the recurring window's hours were not understood (give them, e.g. "6pm to 9pm")`),
    });
  }
  if (r.chosen && r.breakEven !== undefined && r.commitment) {
    const c = r.commitment;
    fields.push({
      label: t(lang, '손익분기 사용률', 'Break-even utilisation'),
      value: t(
        lang,
        `가동률 ${pct(r.breakEven)} (월 ${count(r.breakEven * HOURS_PER_MONTH, 0)}시간) 이상이면 이 예약이 온디맨드보다 저렴 = 1 - 할인율 ${pct(1 - r.breakEven)}`,
        `this reservation beats On-Demand above ${pct(r.breakEven)} utilisation (${count(r.breakEven * HOURS_PER_MONTH, 0)} h/month) = 1 - discount ${pct(1 - r.breakEven)}`,
      ),
    });
    const upfrontLabel = c.userUpfront ? t(lang, '선결제', 'upfront') : t(lang, PAYMENT[r.chosen.payment!].ko, PAYMENT[r.chosen.payment!].en);
    // The saving over the workload's own period (a 3-year term for a 2-year need included).
    const od = r.rows.find((x) => x.model === 'on-demand');
    const monthlySaving = od ? od.monthlyUSD - r.chosen.monthlyUSD : 0;
    const saving = od && monthlySaving > 0
      ? t(lang, `; 기간 평균 월 절감 ${money(monthlySaving)} (${pct(monthlySaving / od.monthlyUSD)}, 온디맨드 ${money(od.monthlyUSD)}${mo} 대비)${c.upfront > 0 ? `; 선결제 손익분기 ${count(c.breakEvenMonths)}개월` : ''}`, `; average monthly saving over the period ${money(monthlySaving)} (${pct(monthlySaving / od.monthlyUSD)} vs On-Demand ${money(od.monthlyUSD)}${mo})${c.upfront > 0 ? `; upfront break-even ${count(c.breakEvenMonths)} months` : ''}`)
      : '';
    fields.push({
      label: t(lang, `약정 (${c.termMonths / 12}년, ${upfrontLabel})`, `Commitment (${c.termMonths / 12}-year, ${upfrontLabel})`),
      value: t(lang, `실효 시간당 요금 = ${money(c.hourly)} + ${money(c.upfront)} ÷ ${count(c.hoursInTerm)}시간 = ${money(c.effectiveHourly)}`, `effective hourly rate = ${money(c.hourly)} + ${money(c.upfront)} / ${count(c.hoursInTerm)} h = ${money(c.effectiveHourly)}`) + saving,
    });
  }
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
        `EBS 볼륨은 제자리에서 줄일 수 없음: 더 작은 gp3 볼륨을 새로 만들어 데이터를 복사한 뒤 교체함. ${count(e.provisionedGb)}GB ${e.fromType} → ${count(e.usedGb)}GB gp3 (GB당 ${money(EXAMPLE_PRICES.ebs[e.fromType])} → ${money(EXAMPLE_PRICES.ebs.gp3)}${mo}, 예시): ${money(e.before)} → ${money(e.after)}${mo}, ${money(e.saving)} (${pct(e.savingPct)}) 절감`,
        `an EBS volume cannot be shrunk in place: create a smaller gp3 volume, copy the data, and swap it in. ${count(e.provisionedGb)} GB ${e.fromType} → ${count(e.usedGb)} GB gp3 (${money(EXAMPLE_PRICES.ebs[e.fromType])} → ${money(EXAMPLE_PRICES.ebs.gp3)}/GB-month, example): ${money(e.before)} → ${money(e.after)}${mo}, saves ${money(e.saving)} (${pct(e.savingPct)})`,
      ),
    });
  }
  if (r.st1) {
    const s = r.st1;
    fields.push({
      label: t(lang, 'gp3 · gp2 · st1 (§3.4.4)', 'gp3 · gp2 · st1 (§3.4.4)'),
      value: s.belowSt1Minimum
        ? t(lang, `${count(s.sizeGb)}GB: gp3 ${money(s.gp3)} vs gp2 ${money(s.gp2)}${mo} (gp3가 현재 기본값이고 더 저렴). st1은 최소 ${ST1_MIN_GIB}GiB라 이 크기에는 맞지 않고 부팅 볼륨으로도 쓸 수 없음`, `${count(s.sizeGb)} GB: gp3 ${money(s.gp3)} vs gp2 ${money(s.gp2)}${mo} (gp3 is today's default and cheaper). st1 starts at ${ST1_MIN_GIB} GiB, so it does not fit this size, and it cannot be a boot volume`)
        : t(lang, `${count(s.sizeGb)}GB: gp3 ${money(s.gp3)} · gp2 ${money(s.gp2)} · st1 ${money(s.st1)}${mo} (gp3가 현재 기본값이고 gp2보다 저렴; st1은 처리량 위주의 큰 순차 작업용 HDD로 최소 ${ST1_MIN_GIB}GiB, 부팅 볼륨 불가)`, `${count(s.sizeGb)} GB: gp3 ${money(s.gp3)} · gp2 ${money(s.gp2)} · st1 ${money(s.st1)}${mo} (gp3 is today's default and cheaper than gp2; st1 is an HDD for large sequential throughput work, at least ${ST1_MIN_GIB} GiB, and cannot be a boot volume)`),
    });
  }
  return fields;
}
