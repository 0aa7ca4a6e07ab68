// The `costs` rows of `advise --jsonl`, as outside tools read them (a real CLI process).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

interface Row { model: string; term: string | null; payment: string | null; hourlyUSD: number; upfrontUSD: number; monthlyUSD: number; totalUSD: number; months: number }
interface Out { model: string | null; questions: string[]; costs: Row[] }

function advise(qs: string[]): Out[] {
  const r = spawnSync(tsx, ['src/cli.ts', 'advise', '--jsonl'], { cwd: root, input: qs.map((q) => JSON.stringify({ q })).join('\n') + '\n', encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Out);
}

describe('advise --jsonl costs', () => {
  const [threeYears, twoWeeks, fiveYears, twoYears, nightly, hugePrice, badDiscount, negDiscount, compliance, vague] = advise([
    '3년 동안 24시간 도는 DB, 시간당 $0.10',
    'two weeks dev box running 24/7, $0.10/hr',
    '5 years always on database, $0.10/hr',
    '2년 동안 상시 운영하는 API 서버, 시간당 $0.10',
    '매일 밤 1시부터 3시까지 반복 실행되는 정산 작업, 1년 약정 가능, 시간당 $0.10',
    'always on for 3 years, price $1e400 per hour',
    'always on for 3 years, $0.10/hr, reserved discount 1000%',
    'always on for 3 years, $0.10/hr, reserved discount -50%',
    '규제 요건 때문에 물리 서버를 우리만 써야 하는 결제 시스템, 3년 상시 운영',
    '서버 하나 필요해',
  ]);
  const row = (o: Out, model: string, term: string | null = null, payment: string | null = null) =>
    o.costs.find((r) => r.model === model && r.term === term && r.payment === payment)!;

  it('rows carry exactly the contract fields', () => {
    for (const r of threeYears.costs) expect(Object.keys(r).sort()).toEqual(['hourlyUSD', 'model', 'monthlyUSD', 'months', 'payment', 'term', 'totalUSD', 'upfrontUSD']);
  });

  it('1-year discounts are below 3-year ones, and the On-Demand row is the arithmetic', () => {
    expect(row(threeYears, 'on-demand')).toMatchObject({ hourlyUSD: 0.1, monthlyUSD: 73, totalUSD: 2628, months: 36 });
    for (const p of ['no-upfront', 'partial-upfront', 'all-upfront']) {
      expect(row(threeYears, 'reserved', '1y', p).hourlyUSD).toBeGreaterThan(row(threeYears, 'reserved', '3y', p).hourlyUSD);
    }
    expect(row(threeYears, 'savings-plan', '1y', 'no-upfront').hourlyUSD).toBeGreaterThan(row(threeYears, 'savings-plan', '3y', 'no-upfront').hourlyUSD);
  });

  it('every row covers the same period as On-Demand', () => {
    for (const o of [threeYears, fiveYears, twoYears]) {
      const months = row(o, 'on-demand').months;
      for (const r of o.costs) expect(r.months).toBe(months);
      for (const r of o.costs) expect(r.monthlyUSD).toBeCloseTo(r.totalUSD / r.months, 1);
    }
    expect(row(fiveYears, 'on-demand')).toMatchObject({ months: 60, totalUSD: 4380 });
    expect(row(twoYears, 'on-demand')).toMatchObject({ months: 24, totalUSD: 1752 });
    // 2 years on 1-year terms is two of them; a 3-year term is paid in full though a year is unused.
    expect(row(twoYears, 'reserved', '1y', 'no-upfront').totalUSD).toBeCloseTo(2 * 8760 * row(twoYears, 'reserved', '1y', 'no-upfront').hourlyUSD, 0);
    expect(row(twoYears, 'reserved', '3y', 'no-upfront').totalUSD).toBeCloseTo(3 * 8760 * row(twoYears, 'reserved', '3y', 'no-upfront').hourlyUSD, 0);
  });

  it('two weeks is 336 hours', () => {
    expect(row(twoWeeks, 'on-demand')).toMatchObject({ totalUSD: 33.6, months: 0.46 });
    expect(twoWeeks.costs.every((r) => r.term === null)).toBe(true);
  });

  it('a 2-hour nightly job: the module answer, but only what can be bought is priced, with no negative savings', () => {
    expect(nightly.model).toBe('scheduled-reserved');
    expect(nightly.costs.map((r) => r.model)).not.toContain('scheduled-reserved');
    const od = row(nightly, 'on-demand');
    expect(od.months).toBe(12);
    expect(od.monthlyUSD).toBeCloseTo(0.1 * (2 * 7 * 730) / 168, 1);
    for (const r of nightly.costs) expect(r.totalUSD).toBeLessThanOrEqual(od.totalUSD);
  });

  it('refuses bad numbers clearly instead of misreading them', () => {
    expect(hugePrice.costs).toEqual([]);
    expect(hugePrice.questions.join(' ')).toMatch(/valid/);
    for (const o of [badDiscount, negDiscount]) {
      expect(o.questions.join(' ')).toMatch(/valid/);
      // The example table, not the refused override.
      expect(row(o, 'reserved', '3y', 'no-upfront').hourlyUSD).toBeCloseTo(0.043, 4);
    }
  });

  it('dedicated workloads get dedicated rows; an undecided one gets none', () => {
    expect(compliance.model).toBe('dedicated-host');
    expect(compliance.costs.map((r) => r.model).sort()).toEqual(['dedicated-host', 'dedicated-instance']);
    expect(vague.model).toBeNull();
    expect(vague.costs).toEqual([]);
  });
});
