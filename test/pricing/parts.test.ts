import { describe, expect, it } from 'vitest';
import { advise, adviceCosts, extractFactors } from '../../src/pricing/index.ts';
import { splitParts } from '../../src/pricing/extract/parts.ts';
import { detectLang } from '../../src/lang.ts';
import { loadCases } from './helpers.ts';

// parts.jsonl: new descriptions (Korean and English, casual, typo-ish) of four kinds the advisor
// used to miss: several workloads in one description, a base with a recurring scheduled peak, a
// calendar-recurring job with a commitment accepted, and hardware isolated per account.
describe('advise on parts.jsonl', () => {
  const cases = loadCases('parts.jsonl');
  for (const c of cases) {
    it(c.q, () => {
      const a = advise(c.q, detectLang(c.q));
      expect(c.expect).toContain(a.model);
      expect(a.plan[0].model).toBe(a.model);
      expect(a.plan.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 6);
      const models = a.plan.map((p) => p.model);
      if (c.plan) expect(models.sort()).toEqual([...c.plan].sort());
      else expect(models).toEqual(c.expect);
      for (const r of a.reasons) expect(r).toMatch(/\(§[\d.]+\)$/);
    });
  }
});

describe('several workloads in one description', () => {
  it('splits at Korean connective endings, punctuation, "+" and "; the …"', () => {
    expect(splitParts('db는 코어당 라이선스 sql server고, 웹 티어는 상시 켜져 있어야 하고, 워커는 죽어도 됨')).toHaveLength(3);
    expect(splitParts('web servers 24/7 for years + a test server for two weeks')).toHaveLength(2);
    expect(splitParts('the api runs 24/7; the workers can be interrupted')).toHaveLength(2);
    expect(splitParts('the db runs all year and the batch workers are interruptible')).toHaveLength(2);
  });

  it('keeps a clause that names nothing of its own with the part before it', () => {
    expect(splitParts('웹 서버, 중단되면 안 됨, 3년 운영')).toEqual([]);
    expect(splitParts('a batch job, can be interrupted, runs nightly')).toEqual([]);
  });

  it('reads the description as one workload when a part is only a guess', () => {
    // "배치도 같이 돌림": nothing says the batch may be interrupted, so no Spot part is made up.
    expect(advise('API 서버 상시 운영, 배치 작업도 같이 돌림', 'ko').plan).toEqual([{ model: 'reserved', share: 1 }]);
  });

  it('reads "running all year round" as always on, but not when a daily window is said', () => {
    expect(extractFactors('2 web servers running all year round').alwaysOn).toBe(true);
    expect(extractFactors('매일 새벽 2시~5시에 1년 내내 돌리는 배치').alwaysOn).toBeUndefined();
  });

  it('derives the shares from the counts each part gives', () => {
    const a = advise('web servers x4 on 24/7 for years + 1 test server for two weeks', 'en');
    expect(a.plan).toEqual([{ model: 'reserved', share: 0.8 }, { model: 'on-demand', share: 0.2 }]);
  });

  it('without counts, the elastic parts get the rule-of-thumb 25% and the rest is shared', () => {
    const a = advise('the oracle db uses per-core licences we own; the web tier runs 24/7 for 3 years; the workers can be interrupted', 'en');
    expect(a.model).toBe('dedicated-host');
    expect(a.plan).toEqual([{ model: 'dedicated-host', share: 0.375 }, { model: 'reserved', share: 0.375 }, { model: 'spot', share: 0.25 }]);
    expect(a.questions.join(' ')).toMatch(/How many instances does each part/);
  });

  it('leads with the committed part even when the interruptible one is described first', () => {
    const a = advise('워커는 중단돼도 재시작하면 되고, DB 서버는 3년 상시 운영', 'ko');
    expect(a.model).toBe('reserved');
    expect(a.plan.map((p) => p.model)).toEqual(['reserved', 'spot']);
  });

  it('prices the primary part (its period), not the short one beside it', () => {
    const a = advise('api 서버 6대 3년 상시 운영 + 테스트 서버 2대 2주만', 'ko');
    const months = new Set(adviceCosts(a).map((r) => r.months));
    expect([...months]).toEqual([36]);
  });
});

describe('a steady base with a recurring scheduled peak', () => {
  it('is Reserved for the base and Scheduled Reserved for the peak, with the "no longer sold" note and no idle-capacity reason', () => {
    for (const [q, lang] of [['기본 5대, 매주 토요일 정해진 4시간만 트래픽 두배', 'ko'], ['baseline 10 servers, plus every weekday 9-11 twice the load', 'en']] as const) {
      const a = advise(q, lang);
      expect(a.model).toBe('reserved');
      expect(a.plan.map((p) => p.model)).toEqual(['reserved', 'scheduled-reserved']);
      expect(a.plan[1].share).toBeCloseTo(0.5, 6); // double the base: the peak adds as much again
      expect(a.reasons.join(' ')).toMatch(/판매하지 않음|no longer sells/);
      expect(a.reasons.join(' ')).not.toMatch(/유휴 용량 비용을 없앰|idle peak capacity is not paid/);
    }
  });

  it('reads a peak said as a multiple of the base as counts', () => {
    expect(extractFactors('평소 8대인데 금요일 저녁만 세배').counts).toEqual({ base: 8, peak: 24 });
    expect(extractFactors('baseline 10 servers, twice the load on mondays').counts).toEqual({ base: 10, peak: 20 });
  });
});

describe('a job on a calendar schedule', () => {
  it('with a 1-year commitment accepted is Scheduled Reserved; only interruption tolerance makes it Spot', () => {
    expect(advise('매달 1일 하루 동안 정산 배치 돌림, 1년 계약 OK', 'ko').model).toBe('scheduled-reserved');
    expect(advise('batch job every quarter-end for two days, fine with a 1-year commitment', 'en').model).toBe('scheduled-reserved');
    expect(advise('매달 1일 하루 동안 정산 배치 돌림, 중단돼도 됨', 'ko').model).toBe('spot');
  });

  it('reads a window in days as the window, not the workload\'s lifetime', () => {
    const f = extractFactors('분기말마다 이틀 동안 집계 작업, 1년 약정 가능');
    expect(f.recurring).toBe('monthly');
    expect(f.shortLived).toBeUndefined();
    expect(f.termMonths).toBe(12);
  });
});

describe('hardware isolated per account', () => {
  it('is a Dedicated Instance, not a Dedicated Host', () => {
    for (const [q, lang] of [['우리 계정 인스턴스만 올라간 하드웨어면 됨', 'ko'], ["hardware that only our account's instances run on, that's all we need", 'en']] as const) {
      const f = extractFactors(q);
      expect(f.isolation).toBe('single-tenant');
      expect(advise(q, lang).model).toBe('dedicated-instance');
    }
  });

  it('a negation later in the sentence, past a connective ending, does not cancel the isolation', () => {
    const f = extractFactors('우리 계정 전용 하드웨어면 되고 라이센스 이런건 없음');
    expect(f.isolation).toBe('single-tenant');
    expect(f.licensing).toBe('none');
    expect(extractFactors('전용 하드웨어는 필요 없고 라이선스도 없음').isolation).toBe('none');
  });
});
