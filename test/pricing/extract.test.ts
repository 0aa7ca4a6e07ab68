import { describe, expect, it } from 'vitest';
import { extractFactors } from '../../src/pricing/extract/index.ts';

describe('extractFactors: durations', () => {
  const cases: [string, number][] = [
    ['3년 동안 돌릴 DB', 36],
    ['1 year of use', 12],
    ['for two weeks', 0.46],
    ['3일짜리 이벤트', 0.1],
    ['6개월간', 6],
    ['두 달 정도', 2],
    ['for a year', 12],
    ['18 months', 18],
  ];
  for (const [q, months] of cases) {
    it(q, () => {
      expect(extractFactors(q).termMonths).toBeCloseTo(months, 1);
    });
  }
  it('vague and long durations', () => {
    expect(extractFactors('몇 달 쓸 서버').vagueMonths).toBe(true);
    expect(extractFactors('연중 운영').longTerm).toBe(true);
    expect(extractFactors('runs all year').longTerm).toBe(true);
    expect(extractFactors('몇 주만 필요').shortLived).toBe(true);
  });
  it('does not read rates, dates or words as durations', () => {
    expect(extractFactors('12 hours a day').termMonths).toBeUndefined();
    expect(extractFactors('연말 세일 때 트래픽').termMonths).toBeUndefined();
    expect(extractFactors('주 3일 사용').termMonths).toBeUndefined();
    expect(extractFactors('주 3일 사용').daysPerWeek).toBe(3);
    expect(extractFactors('3 days a week').daysPerWeek).toBe(3);
  });
});

describe('extractFactors: schedules', () => {
  it('매일 밤 1시부터 3시까지', () => {
    const f = extractFactors('매일 밤 1시부터 3시까지 실행');
    expect(f.recurring).toBe('daily');
    expect(f.hoursPerDay).toBe(2);
    expect(f.daysPerWeek).toBe(7);
  });
  it('매주 월요일 4시간', () => {
    const f = extractFactors('매주 월요일 4시간씩');
    expect(f.recurring).toBe('weekly');
    expect(f.hoursPerDay).toBe(4);
    expect(f.daysPerWeek).toBe(1);
  });
  it('weekdays 9-5', () => {
    const f = extractFactors('weekdays 9-5');
    expect(f.hoursPerDay).toBe(8);
    expect(f.daysPerWeek).toBe(5);
    expect(f.recurring).toBe('weekly');
  });
  it('6pm to 2am crosses midnight', () => {
    expect(extractFactors('every night 6pm to 2am').hoursPerDay).toBe(8);
  });
  it('평일 오후', () => {
    const f = extractFactors('평일 오후에만');
    expect(f.daysPerWeek).toBe(5);
    expect(f.recurring).toBeDefined();
  });
  it('24시간 and 24/7 are always on, not a window', () => {
    for (const q of ['24시간 도는 DB', '24/7 service', 'around the clock', '상시 실행']) {
      const f = extractFactors(q);
      expect(f.alwaysOn, q).toBe(true);
      expect(f.recurring, q).toBeUndefined();
    }
    expect(extractFactors('평상시엔 4대').alwaysOn).toBeUndefined();
  });
});

describe('extractFactors: steadiness', () => {
  it.each(['사용량 일정', '꾸준한 트래픽', 'predictable load', 'steady usage', '예측 가능한 부하'])('steady: %s', (q) => {
    const f = extractFactors(q);
    expect(f.steady).toBe(true);
    expect(f.unpredictable).toBeUndefined();
  });
  it.each(['예측 불가', '트래픽을 예측할 수 없음', 'unpredictable', 'not predictable', '들쭉날쭉', '가늠하기 어려운 사용량'])('unpredictable: %s', (q) => {
    expect(extractFactors(q).unpredictable).toBe(true);
  });
  it.each(['spiky traffic', '트래픽 급증', 'bursts', '버스트'])('spiky: %s', (q) => {
    expect(extractFactors(q).spiky).toBe(true);
  });
});

describe('extractFactors: interruption and its negations', () => {
  it.each([
    '중단돼도 괜찮',
    '중단되도 괜찮아요',
    'can be interrupted',
    'fault-tolerant',
    '재시작하면 됨',
    '작업이 중단되면 다시 시작하면 됨',
    '끊겨도 상관없음',
    "it's fine if workers get terminated",
    'interruptible jobs',
    'can be interupted',
  ])('interruptible: %s', (q) => {
    expect(extractFactors(q).interruptible).toBe(true);
  });
  it.each([
    '중단되면 안 됨',
    '중단돼선 안 돼요',
    'must not be interrupted',
    '끊기면 안 돼',
    "can't tolerate interruption",
    'cannot tolerate any interruptions',
    'interruptions are not acceptable',
    '무중단 서비스',
    '중단 불가',
    'should never be stopped',
    '배치지만 중단되면 처음부터 다시 해야 해서 안 됨',
  ])('not interruptible: %s', (q) => {
    expect(extractFactors(q).interruptible).toBe(false);
  });
  it('batch and crawler are only a hint', () => {
    const f = extractFactors('크롤러 배치');
    expect(f.batchLike).toBe(true);
    expect(f.interruptible).toBeUndefined();
  });
});

describe('extractFactors: licensing, isolation, commitment, kind', () => {
  it.each([
    ['BYOL', 'byol'],
    ['소켓당 라이선스', 'per-socket'],
    ['코어당 라이센스', 'per-core'],
    ['VM당 라이선스', 'per-vm'],
    ['licensed per socket', 'per-socket'],
    ['our per-core licenses', 'per-core'],
  ])('%s', (q, lic) => {
    expect(extractFactors(q).licensing).toBe(lic);
  });
  it('licence restrictions on the software are a licensing need (the module\'s reason for a Dedicated Host)', () => {
    expect(extractFactors('라이선스 제한 있는 소프트웨어를 EC2에서 돌리려면').licensing).toBe('byol');
    expect(extractFactors('our app has license restrictions').licensing).toBe('byol');
    expect(extractFactors('라이선스는 상관없고 꾸준한 웹 서버').licensing).toBe('none');
  });

  it('licence included is not a licensing need', () => {
    expect(extractFactors('라이선스는 포함된 AMI 사용').licensing).toBe('none');
  });
  it.each(['규제 때문에', '규정 준수', 'compliance requires', 'HIPAA'])('compliance: %s', (q) => {
    expect(extractFactors(q).compliance).toBe(true);
  });
  it.each(['single-tenant hardware', '물리 서버 공유 불가', '전용 하드웨어 필요', '다른 고객과 물리 서버를 공유하면 안 됨'])('isolation: %s', (q) => {
    expect(extractFactors(q).isolation).toBe('single-tenant');
  });
  it('host control vs no host management', () => {
    expect(extractFactors('호스트 수준 제어 필요').isolation).toBe('host-control');
    const f = extractFactors('전용 하드웨어 필요, 호스트 관리는 원하지 않음');
    expect(f.isolation).toBe('single-tenant');
    expect(f.noHostManagement).toBe(true);
  });
  it.each(['약정 싫음', '약정은 싫어요', 'no commitment', "we don't want to commit", '장기 계약 없이'])('no commitment: %s', (q) => {
    expect(extractFactors(q).noCommitment).toBe(true);
  });
  it.each(['1년 약정 가능', 'we can commit for a year'])('commitment ok: %s', (q) => {
    expect(extractFactors(q).commitmentOk).toBe(true);
  });
  it.each(['dev/test box', '개발용 서버', '테스트 환경', 'staging'])('dev/test: %s', (q) => {
    expect(extractFactors(q).devTest).toBe(true);
  });
  it('does not take a new service for dev/test', () => {
    expect(extractFactors('새로 개발한 서비스 출시').devTest).toBeUndefined();
  });
});

describe('extractFactors: prices and storage', () => {
  it.each([
    ['시간당 $0.10', 0.1],
    ['$0.0416/hr', 0.0416],
    ['0.2달러/시간', 0.2],
    ['$0.5 per hour', 0.5],
  ])('%s', (q, p) => {
    expect(extractFactors(q).hourlyPrice).toBe(p);
  });
  it('money is not a duration', () => {
    expect(extractFactors('$3 per hour').termMonths).toBeUndefined();
  });
  it('discount overrides and upfront', () => {
    const f = extractFactors('예약 할인 40%, 스팟 할인 70%, 선결제 $500');
    expect(f.reservedDiscount).toBeCloseTo(0.4);
    expect(f.spotDiscount).toBeCloseTo(0.7);
    expect(f.upfront).toBe(500);
  });
  it('EBS provisioned vs used', () => {
    const f = extractFactors('EBS 500GB 잡았는데 20GB만 씀');
    expect(f.storage).toEqual({ mentioned: true, provisionedGb: 500, usedGb: 20 });
  });
});

describe('extractFactors: general gaps found by the blind set', () => {
  it.each([
    ['매일 밤 2시간 도는 백업', 2, 'daily'],
    ['매주 월요일 아침에 네 시간씩 돌리는 리포트', 4, 'weekly'],
    ['주 3회 두 시간씩 돌리는 집계', 2, 'weekly'],
    ['일주일에 두 번 세 시간 정도 돌아가는 작업', 3, 'weekly'],
    ['nightly ETL, 2h every night', 2, 'daily'],
    ['every Monday 4h reporting job', 4, 'weekly'],
    ['every sunday night 3 hrs of index rebuild', 3, 'weekly'],
    ['a 4-hour job every monday', 4, 'weekly'],
    ['9-5 weekdays reporting cluster', 8, 'weekly'],
  ] as const)('run length: %s', (q, hours, recurring) => {
    const f = extractFactors(q);
    expect(f.hoursPerDay).toBe(hours);
    expect(f.recurring).toBe(recurring);
  });
  it('an interval, a deadline or a one-off is not a window', () => {
    expect(extractFactors('runs every 2 hours').hoursPerDay).toBeUndefined();
    expect(extractFactors('daily job, results needed in 2 hours').hoursPerDay).toBeUndefined();
    expect(extractFactors('매일 3시간마다').hoursPerDay).toBeUndefined();
    expect(extractFactors('두 시간짜리 일회성 마이그레이션').recurring).toBeUndefined();
    expect(extractFactors('hackathon this weekend, for 48h').recurring).toBeUndefined();
    expect(extractFactors('hackathon this weekend, for 48h').shortLived).toBe(true);
  });
  it.each([
    ['일년 내내', 12],
    ['삼 년 약정', 36],
    ['육 개월', 6],
    ['일주일만 쓸 서버', 0.23],
    ['for the next year', 12],
    ['all of next year', 12],
  ] as const)('duration: %s', (q, months) => {
    expect(extractFactors(q).termMonths).toBeCloseTo(months, 1);
  });
  it('"several months" is vague like 몇 달, not a 4-month term', () => {
    const f = extractFactors('long running web server for several months w/ consistent load');
    expect(f.termMonths).toBeUndefined();
    expect(f.vagueMonths).toBe(true);
    expect(extractFactors('일년에 한 번').termMonths).toBeUndefined();
  });
  it('negated long-term and sale days are not read', () => {
    expect(extractFactors('no long-term need after that').longTerm).toBeUndefined();
    expect(extractFactors('Black Friday spike').daysPerWeek).toBeUndefined();
  });
  it.each(["payment gateway, can't be interrupted", 'it cannot be stopped', '재시작이 불가능해요'])('not interruptible: %s', (q) => {
    expect(extractFactors(q).interruptible).toBe(false);
  });
  it.each([
    '중단돼도 재시작 가능해요',
    '작업 실패하면 큐에 다시 들어가요',
    'jobs get retried automatically',
    'jobs can restart from scratch',
  ])('interruptible: %s', (q) => {
    expect(extractFactors(q).interruptible).toBe(true);
  });
  it('adverbs and word order around the same facts', () => {
    expect(extractFactors('동접 예측이 전혀 안 됨').unpredictable).toBe(true);
    expect(extractFactors('load is pretty flat').steady).toBe(true);
    expect(extractFactors('on all the time').alwaysOn).toBe(true);
    expect(extractFactors('results persisted to S3 continuously').alwaysOn).toBeUndefined();
  });
  it('isolation without host management, in both languages', () => {
    for (const q of ['HIPAA 때문에 격리된 하드웨어에서 돌려야 하는데 호스트 관리까지는 하기 싫어요', 'isolation from other tenants at the hardware level, but we do not want to manage hosts']) {
      const f = extractFactors(q);
      expect(f.isolation, q).toBe('single-tenant');
      expect(f.noHostManagement, q).toBe(true);
    }
  });
  it('a separate interruptible batch part beside an always-on base', () => {
    expect(extractFactors('DB는 3년 내내 상시 운영하고, 밤마다 도는 분석 배치는 중단돼도 재시작 가능').interruptiblePart).toBe(true);
    expect(extractFactors('always-on core of 4 servers, plus overnight batch jobs that can be interrupted').interruptiblePart).toBe(true);
    // One workload that runs all the time and may be interrupted is not two parts.
    expect(extractFactors('fault-tolerant crawler that runs 24/7, can be interrupted').interruptiblePart).toBeUndefined();
    expect(extractFactors('크롤러가 24시간 돌고, 작업은 중단돼도 괜찮아').interruptiblePart).toBeUndefined();
  });
});

describe('extractFactors: polarity', () => {
  it.each([
    ['전용 하드웨어는 필요 없고 1년 상시 API', 'isolation', 'none'],
    ['라이선스는 상관없고 꾸준한 웹 서버', 'licensing', 'none'],
    ['라이선스나 규제 이슈는 없음', 'licensing', 'none'],
    ['라이선스나 규제 이슈는 없음', 'compliance', false],
    ['규제와 무관한 사내 도구', 'compliance', false],
    ['no per-core licenses, no special compliance', 'licensing', 'none'],
    ['no per-core licenses, no special compliance', 'compliance', false],
    ["compliance isn't an issue", 'compliance', false],
    ['dedicated hardware is not needed', 'isolation', 'none'],
    ["HIPAA doesn't apply to us", 'compliance', false],
  ] as const)('%s → %s = %s', (q, key, value) => {
    expect(extractFactors(q)[key]).toBe(value);
  });
  it('an affirmative mention wins over a negated one', () => {
    expect(extractFactors('규제 이슈는 없다고 들었지만, 실제로는 규제 때문에 물리 서버를 우리만 써야 함').compliance).toBe(true);
  });
  it('reads fault tolerance and counts', () => {
    expect(extractFactors('stateless workers').interruptible).toBe(true);
    expect(extractFactors('몇 대 죽어도 큐에서 다시 가져감').interruptible).toBe(true);
    expect(extractFactors('results saved to S3 as they go').interruptible).toBe(true);
    // Named as the notes name it, or with S3 further along.
    expect(extractFactors('the job keeps writing its output to persistent storage').interruptible).toBe(true);
    expect(extractFactors('it saves each result to a bucket on Amazon S3').interruptible).toBe(true);
    expect(extractFactors('behind a load balancer').redundant).toBe(true);
    expect(extractFactors('평소 10대, 피크 때 14대').counts).toEqual({ base: 10, peak: 14 });
    expect(extractFactors('baseline of 20 instances all year, plus 5 extra').counts).toEqual({ base: 20, peak: 25 });
  });
  it('refuses numbers that cannot be a price or a discount', () => {
    const f = extractFactors('$1e400 per hour, reserved discount 1000%, spot discount -50%');
    expect(f.hourlyPrice).toBeUndefined();
    expect(f.reservedDiscount).toBeUndefined();
    expect(f.spotDiscount).toBeUndefined();
    expect(f.badNumbers).toEqual(['$1e400', '1000%', '-50%']);
    expect(extractFactors('$0.10/hr, reserved discount 40%').reservedDiscount).toBeCloseTo(0.4);
  });
  it('two weeks is exactly 336 hours', () => {
    expect(extractFactors('for two weeks').termMonths! * 730).toBeCloseTo(336, 9);
  });
});
