// The decision, as the module teaches it (section 3): the primary model, the purchase mix,
// reasons tied to sections, the alternatives and why they lose, and the deciding questions.
import type { Lang } from '../reply.ts';
import type { Advice, Alternative, FactorKey, Factors, PlanItem, PricingAnswers, PricingModel } from './types.ts';
import { modelName } from './names.ts';
import { ALWAYS_ON_HOURS, HOURS_PER_DAY, HOURS_PER_MONTH, HOURS_PER_WEEK, HOURS_PER_YEAR, SCHEDULED_MIN_HOURS_PER_YEAR, SHORT_TERM_MONTHS } from './constants.ts';
import { marker } from './extract/part.ts';

type Msg = { s: string; ko: string; en: string };

/** Share of capacity kept elastic (On-Demand/Spot) in a mix: the module's 20-30% rule (§3.4.2). */
export const ELASTIC_SHARE = 0.25;

const REASONS = {
  'od-unpredictable': { s: '3.3', ko: '워크로드를 예측할 수 없는 경우에는 온디맨드 인스턴스를 선택하는 것이 좋음', en: 'when the workload cannot be predicted, the module recommends On-Demand Instances (온디맨드 인스턴스)' },
  'od-spiky': { s: '3.3', ko: '온디맨드 인스턴스 요금은 급증하는 워크로드를 지원하는 데 적합함', en: 'On-Demand pricing suits spiky workloads (급증하는 워크로드)' },
  'od-short': { s: '3.3', ko: '짧은 시간 동안만 실행해야 하는 애플리케이션에는 온디맨드 인스턴스가 적합함', en: 'applications that only need to run for a short time fit On-Demand Instances' },
  'od-devtest': { s: '3.3', ko: '애플리케이션 개발·테스트처럼 짧게 테스트하는 용도에는 온디맨드 인스턴스가 적합함', en: 'development and testing (짧은 시간 동안 테스트) is the module\'s On-Demand use case' },
  'od-flex': { s: '3.1', ko: '온디맨드 인스턴스는 선결제 금액이 가장 낮고 사전 약정이나 장기 계약 조건이 없어 가장 유연함', en: 'On-Demand has the lowest upfront payment and no prior commitment or long-term contract: the most flexible option' },
  'od-nocommit': { s: '3.2', ko: '약정을 원하지 않으므로, 장기 계약 없이 최고의 유연성을 주는 온디맨드 인스턴스가 맞음', en: 'you want no commitment, and On-Demand gives the most flexibility with no long-term contract' },
  'od-offhours': { s: '3.4.2', ko: '개발·테스트 인스턴스는 업무 외 시간에 중지하면 런타임 비용을 약 65% 줄일 수 있음 (탄력성 증대)', en: 'stopping dev/test instances outside working hours cuts runtime cost by about 65% (Pillar 2, 탄력성 증대)' },
  'od-too-short': { s: '3.1', ko: '필요 기간이 예약 인스턴스의 최소 약정 기간(1년)보다 훨씬 짧아 약정 할인이 남는 기간 비용을 메우기 어려움', en: 'the need is much shorter than a Reserved Instance\'s minimum 1-year term, so the commitment would be paid for months you do not use' },
  'spot-interrupt': { s: '3.3', ko: '스팟 인스턴스는 2분 전에 경고 알림을 보내고 중단해도 무방한 애플리케이션에 적합함', en: 'Spot Instances fit applications that can be interrupted after a two-minute warning' },
  'spot-cheap': { s: '3.2', ko: '스팟 인스턴스는 대폭 할인된 가격으로 대규모 용량을 제공함', en: 'Spot Instances provide large capacity at a deep discount' },
  'spot-ft': { s: '3.3', ko: '빅데이터 처리 같은 내결함성 애플리케이션, 데이터를 S3 같은 영구 스토리지에 저장하는 워크로드가 스팟의 대표 사용 사례임', en: 'fault-tolerant work such as big-data processing, and workloads that keep their data in durable storage like S3, are the typical Spot use cases' },
  'spot-guess': { s: '3.3', ko: '배치·크롤링·렌더링 같은 작업은 대개 다시 시작할 수 있어 스팟에 맞음 (중단돼도 되는지 확인 필요)', en: 'batch, crawling and rendering jobs can usually be restarted, which suits Spot (confirm that interruptions are acceptable)' },
  'res-steady': { s: '3.2', ko: '예약 인스턴스는 컴퓨팅 요구 사항이 예측 가능하거나 안정적인 경우(몇 달 또는 몇 년간 상시 실행)에 적합함', en: 'Reserved Instances fit predictable or steady compute needs (instances running most or all of the time for months or years)' },
  'res-term': { s: '3.1', ko: '예약 인스턴스는 1년 또는 3년 기간 동안 더 저렴한 시간당 요금으로 컴퓨팅 용량을 예약함', en: 'Reserved Instances reserve capacity for a 1- or 3-year term at a lower hourly rate' },
  'res-long': { s: '3.3', ko: '사용 패턴을 예측할 수 있는 장기 워크로드(수개월 동안 일관되게 실행하는 서버)에는 예약 인스턴스가 적합함', en: 'long-running workloads with a predictable usage pattern (a server running consistently for months) fit Reserved Instances' },
  'res-guess': { s: '3.3', ko: '1년 이상 쓸 계획이라면 예약 인스턴스가 유력하지만, 대부분의 시간 동안 켜 두는지에 따라 달라짐', en: 'a need of a year or more points to Reserved Instances, provided the instance runs most of the time' },
  'sch-window': { s: '3.1', ko: '예정된 예약 인스턴스는 1년 약정으로 매일·매주·매월 반복되는 지정된 기간의 용량을 예약함', en: 'Scheduled Reserved Instances (예정된 예약 인스턴스) reserve capacity for a window that recurs daily, weekly or monthly, with a 1-year commitment' },
  'sch-pay': { s: '3.1', ko: '사용하지 않더라도 예약된 시간에 대해 비용을 내지만, 상시 예약과 달리 반복 창 밖의 시간에는 비용이 없음', en: 'you pay for the reserved windows even if unused, but unlike a full-time reservation nothing outside the window' },
  'dh-licence': { s: '3.1', ko: '전용 호스트를 통해 Windows, SQL Server 등의 기존 소켓당·코어당·VM당 소프트웨어 라이선스를 사용할 수 있음', en: 'Dedicated Hosts (전용 호스트) let you use existing per-socket, per-core or per-VM software licences (Windows Server, SQL Server ...)' },
  'dh-licence-case': { s: '3.3', ko: '기존 소켓당·코어당·VM당 라이선스가 있으면 전용 호스트가 적합함', en: 'existing per-socket, per-core or per-VM licences are the Dedicated Host use case' },
  'dh-compliance': { s: '3.2', ko: '다른 배포 옵션을 쓸 수 없는 규정 준수·규제 요구 사항이 있으면 전용 호스트가 적합함', en: 'compliance or regulatory requirements that rule out other deployment options fit Dedicated Hosts' },
  'dh-host': { s: '3.1', ko: '전용 호스트는 사용자 전용 인스턴스 용량을 갖춘 물리적 서버라 호스트 수준(소켓·코어)을 보고 제어할 수 있음', en: 'a Dedicated Host is a physical server with capacity dedicated to you, so you see and control the host (sockets, cores)' },
  'di-isolation': { s: '3.1', ko: '전용 인스턴스는 단일 고객 전용 하드웨어의 VPC에서 실행되며 호스트 하드웨어 수준에서 다른 AWS 계정의 인스턴스와 물리적으로 격리됨', en: 'Dedicated Instances (전용 인스턴스) run in a VPC on hardware dedicated to one customer, physically isolated at the host level from other accounts\' instances' },
  'di-nohost': { s: '3.1', ko: '소켓·코어 단위 라이선스나 호스트 관리가 필요 없으므로 물리 서버 전체를 다루는 전용 호스트까지는 필요 없음', en: 'no per-socket/per-core licensing or host management is needed, so a whole Dedicated Host is more than required' },
  'mix-combine': { s: '3.4.3', ko: '사용 패턴을 분석해 요금 옵션을 조합하면 비용을 최적화할 수 있음: 항상 필요한 기본 용량과 변하는 피크를 나눔', en: 'analysing the usage pattern and combining purchase options optimises cost: split the always-needed base from the varying peak' },
  'mix-rule': { s: '3.4.2', ko: `경험상 EC2 인스턴스의 20~30%는 온디맨드 또는 스팟으로 실행하는 것을 목표로 함: 기본 부하 ${100 - ELASTIC_SHARE * 100}%는 예약, 피크 ${ELASTIC_SHARE * 100}%는 탄력적으로`, en: `rule of thumb: aim for 20-30% of EC2 instances on On-Demand or Spot; here ${100 - ELASTIC_SHARE * 100}% base on Reserved, ${ELASTIC_SHARE * 100}% peak kept elastic` },
  'mix-peak-on-demand': { s: '3.3', ko: '피크는 온디맨드: 급증하거나 예측할 수 없는 부분은 약정 없이 필요할 때만 실행함', en: 'peak on On-Demand: the spiky or unpredictable part runs only when needed, without commitment' },
  'mix-peak-spot': { s: '3.3', ko: '피크는 스팟: 피크 작업이 중단돼도 괜찮으므로 가장 저렴한 스팟으로 처리함', en: 'peak on Spot: the peak work can be interrupted, so the cheapest option takes it' },
  'mix-peak-scheduled-reserved': { s: '3.1', ko: '피크는 예정된 예약 인스턴스: 피크가 정해진 시간대에 반복되므로 그 창만 1년 약정으로 예약함', en: 'peak on Scheduled Reserved Instances: the peak recurs in a fixed window, so only that window is reserved for a year' },
  'mix-batch-spot': { s: '3.3', ko: '중단돼도 되는 배치 부분은 스팟: 2분 경고 후 중단돼도 다시 시작하면 되므로 가장 저렴한 스팟으로 처리하고, 항상 켜 두는 부분만 예약함', en: 'the batch part that may be interrupted goes on Spot (restartable after a two-minute warning, the cheapest option); only the always-on part is reserved' },
  'mix-batch-share': { s: '3.4.2', ko: `비율은 경험칙(EC2의 20~30%를 온디맨드·스팟으로)에 따른 예시: 예약 ${100 - ELASTIC_SHARE * 100}% + 스팟 ${ELASTIC_SHARE * 100}%; 실제 비율은 두 부분의 용량에 맞춤`, en: `the split follows the rule of thumb (20-30% of EC2 on On-Demand or Spot) as an example: ${100 - ELASTIC_SHARE * 100}% Reserved + ${ELASTIC_SHARE * 100}% Spot; size it to the two parts' real capacity` },
  'sch-gone': { s: '3.1', ko: '단, 예정된 예약 인스턴스는 이제 AWS가 판매하지 않음(신규 구매 불가): 지금은 짧은 반복 창이면 온디맨드(중단돼도 되면 스팟)와 일정 기반 Auto Scaling, 창이 길고 꾸준하면 Savings Plans(필요하면 온디맨드 용량 예약과 함께)로 같은 효과를 얻음', en: 'note: AWS no longer sells Scheduled Reserved Instances (no new purchases); today a short recurring window runs On-Demand (Spot if it may be interrupted) with scheduled Auto Scaling, and a long, steady window is covered by Savings Plans (with On-Demand Capacity Reservations if capacity must be guaranteed)' },
  'elastic': { s: '3.4.2', ko: '피크 용량은 자동 조정(Auto Scaling)으로 필요할 때 늘리고 줄여 유휴 용량 비용을 없앰', en: 'scale the peak with Auto Scaling so idle peak capacity is not paid for' },
  'mix-parts': { s: '3.4.3', ko: '설명에 워크로드가 여러 부분으로 나뉘어 있어 부분마다 맞는 요금 옵션을 골라 조합함', en: 'the description has several parts, so each part gets the purchase option that fits it, and the options are combined' },
  'mix-parts-share': { s: '3.4.2', ko: `대수를 몰라 비율은 예시: 탄력적인 부분(온디맨드·스팟)에 경험칙대로 ${ELASTIC_SHARE * 100}%, 나머지를 약정·전용 부분에 나눔; 실제 비율은 각 부분의 대수에 맞춤`, en: `no counts were given, so the split is an example: ${ELASTIC_SHARE * 100}% for the elastic parts (On-Demand, Spot) by the rule of thumb, the rest shared by the committed or dedicated parts; size it to each part's real count` },
  'dh-compliance-case': { s: '3.3', ko: '전용 호스트는 기존 소켓당·코어당·VM당 라이선스가 있거나 특정 기업 규정 준수 및 규제 요구 사항을 충족해야 하는 경우에 적합함', en: 'Dedicated Hosts suit existing per-socket/per-core/per-VM licences or specific corporate compliance and regulatory requirements' },
  'di-enough': { s: '3.1', ko: '요건이 다른 AWS 계정과 하드웨어를 공유하지 않는 것(호스트 하드웨어 수준의 격리)뿐이고 호스트를 직접 보고 제어할 필요가 없다면 전용 인스턴스로 충분함', en: 'when the requirement is only not sharing hardware with other AWS accounts (isolation at the host hardware level) and nobody needs to see or control the host, a Dedicated Instance is enough' },
} satisfies Record<string, Msg>;

export type ReasonKey = keyof typeof REASONS;

const QUESTIONS = {
  duration: { ko: '얼마 동안, 하루 몇 시간 실행하나요? (예: 1년 이상 24시간 / 몇 주만 / 매일 밤 2시간)', en: 'How long will it run, and how many hours a day? (e.g. 24/7 for a year or more / a few weeks / 2 hours every night)' },
  interrupt: { ko: '작업이 중단돼도 괜찮나요? (2분 경고 후 중단되어도 다시 시작하면 되는 작업인가요?)', en: 'Can the work be interrupted (stopped after a two-minute warning and restarted)?' },
  pattern: { ko: '사용량이 일정한가요, 아니면 예측할 수 없이 급증하나요?', en: 'Is the load steady, or does it spike unpredictably?' },
  term: { ko: '1년 또는 3년 약정이 가능한가요?', en: 'Can you commit for 1 or 3 years?' },
  commit1y: { ko: '이 반복 일정으로 1년 약정이 가능한가요?', en: 'Can you commit to this recurring schedule for a year?' },
  host: { ko: '소켓당·코어당 라이선스(BYOL)나 호스트 수준 제어가 필요한가요? (필요하면 전용 호스트)', en: 'Do you need per-socket/per-core licences (BYOL) or host-level control? (then a Dedicated Host)' },
  base: { ko: '항상 켜 둘 기본 용량이 있나요? (있으면 그 부분은 예약 인스턴스)', en: 'Is there a base capacity that is always on? (that part would be Reserved)' },
  hours: { ko: '대부분의 시간 동안(상시) 켜 두나요, 특정 시간대에만 쓰나요?', en: 'Will it run most of the time, or only in certain hours?' },
  validNumber: { ko: '알려 준 숫자 중 쓸 수 없는 값이 있어 무시함(시간당 가격은 $0 초과 $1,000 이하, 할인율은 0~100% 사이): 올바른 값으로 다시 알려 주세요', en: 'Some numbers could not be used and were ignored (an hourly price must be above $0 and at most $1,000, a discount between 0 and 100%): please give valid values' },
  window: { ko: '한 번 실행할 때 몇 시간 도나요? (예: 매일 밤 2시간) 알려 주면 반복 창 기준으로 월 비용을 계산함', en: 'How many hours does each run last (e.g. 2 hours every night)? Then the monthly cost can be computed for the window' },
  share: { ko: '상시 부분과 배치 부분은 각각 인스턴스 몇 대 규모인가요? (비율에 맞춰 예약/스팟을 나눔)', en: 'How many instances does the always-on part need, and how many the batch part? (the Reserved/Spot split follows them)' },
  partShare: { ko: '각 부분은 인스턴스 몇 대 규모인가요? (구매 비율을 대수에 맞춤)', en: 'How many instances does each part need? (the purchase split follows them)' },
  diEnough: { ko: '규정이 요구하는 것이 다른 계정과의 하드웨어 분리뿐인가요, 호스트(소켓·코어) 수준의 가시성·제어까지인가요? (분리뿐이면 전용 인스턴스로 충분)', en: 'Does the rule ask only for hardware not shared with other accounts, or for visibility and control of the host (sockets, cores)? (isolation only: a Dedicated Instance is enough)' },
} satisfies Record<string, { ko: string; en: string }>;

export type QuestionKey = keyof typeof QUESTIONS;

function alt(model: PricingModel, primary: PricingModel, f: Factors): { ko: string; en: string; s: string } | undefined {
  switch (model) {
    case 'on-demand':
      if (primary === 'reserved') return { s: '3.2', ko: '할인 없이 쓴 만큼 내므로 상시 실행하면 가장 비쌈; 예측할 수 없거나 짧은 워크로드용', en: 'no discount: for a steady, always-on load it is the most expensive; it is for unpredictable or short work' };
      if (primary === 'spot') return { s: '3.2', ko: '중단돼도 되는 작업에 온디맨드는 같은 용량에 훨씬 비쌈', en: 'for interruptible work it costs far more for the same capacity' };
      if (primary === 'scheduled-reserved') return { s: '3.1', ko: '모듈 기준으로는 반복 창을 1년 약정으로 예약하는 것보다 할인 없는 온디맨드가 비쌈; 다만 예정된 예약 인스턴스는 이제 판매하지 않으므로 지금 이 창을 돌리는 것은 온디맨드(또는 스팟)임', en: 'in the module, undiscounted On-Demand costs more than reserving the recurring window for a year; but Scheduled Reserved Instances are no longer sold, so today this window runs On-Demand (or Spot)' };
      if (primary === 'dedicated-host' || primary === 'dedicated-instance') return { s: '3.1', ko: '공유 하드웨어에서 실행되어 라이선스·격리 요건을 충족하지 못함', en: 'it runs on shared hardware, so it cannot meet the licensing or isolation requirement' };
      return undefined;
    case 'reserved':
      if (primary === 'on-demand') return { s: '3.1', ko: '1년 또는 3년 약정이 필요하고 매시간 과금되므로 예측할 수 없거나 짧은 워크로드에는 낭비', en: 'needs a 1- or 3-year commitment billed every hour, wasted on unpredictable or short work' };
      if (primary === 'spot') return { s: '3.2', ko: '약정이 필요하고, 중단해도 되는 작업이라면 스팟의 할인이 더 큼', en: 'needs a commitment, and for interruptible work Spot\'s discount is larger' };
      if (primary === 'scheduled-reserved') return { s: '3.1', ko: '정해진 시간대에만 쓰는데 하루 24시간을 예약하면 나머지 시간 비용까지 냄', en: 'reserving all 24 hours for a few hours of use pays for the idle rest of the day' };
      return undefined;
    case 'spot':
      if (f.interruptible === false) return { s: '3.3', ko: '중단되면 안 된다고 했으므로 제외: 스팟은 2분 경고 후 회수될 수 있음', en: 'ruled out because interruption is not allowed: Spot can be reclaimed after a two-minute warning' };
      if (primary === 'dedicated-host' || primary === 'dedicated-instance') return undefined;
      return { s: '3.3', ko: '2분 경고 후 중단될 수 있어 중단되면 안 되는 부분에는 위험; 중단해도 되는 작업에만 사용', en: 'it can be interrupted after a two-minute warning, so it is only for work that may stop' };
    case 'scheduled-reserved':
      if (primary === 'reserved') return { s: '3.1', ko: '특정 시간대에만 반복되는 용량용이라 상시 실행 워크로드에는 맞지 않음', en: 'it is for capacity that recurs in set windows, not for an always-on workload' };
      return undefined;
    case 'dedicated-host':
      if (primary === 'dedicated-instance') return { s: '3.3', ko: '소켓당·코어당 라이선스나 호스트 수준 제어가 필요할 때 쓰는 것; 그런 요구가 없으면 물리 서버 전체를 관리할 이유가 없음', en: 'it is for per-socket/per-core licences or host-level control; without those there is no reason to manage a whole physical server' };
      return undefined;
    case 'dedicated-instance':
      if (primary === 'dedicated-host') return { s: '3.1', ko: '격리는 되지만 소켓·코어를 보고 제어할 수 없어 기존 소켓당·코어당 라이선스를 쓸 수 없음', en: 'isolated, but without visibility of sockets and cores, so per-socket/per-core licences cannot be used' };
      return undefined;
  }
}

interface Decision {
  model: PricingModel | null;
  plan: PlanItem[];
  keys: ReasonKey[];
  alts: PricingModel[];
  questions: QuestionKey[];
  provisional?: PricingModel;
  /** Reasons with figures from this workload (counts, window hours). */
  notes?: Msg[];
  /** A mix of parts: the part whose factors the cost table prices (the primary one). */
  pricedPart?: { text: string; factors: Factors };
}

function single(model: PricingModel, keys: ReasonKey[], alts: PricingModel[], questions: QuestionKey[] = []): Decision {
  return { model, plan: [{ model, share: 1 }], keys, alts, questions };
}

export function decide(f: Factors): Decision {
  const parts = decideParts(f);
  if (parts) return parts;
  const compl: ReasonKey[] = f.compliance ? ['dh-compliance'] : [];
  if (f.licensing && f.licensing !== 'none') {
    return single('dedicated-host', ['dh-licence', 'dh-licence-case', ...compl], ['dedicated-instance', 'on-demand']);
  }
  if (f.isolation === 'host-control') return single('dedicated-host', ['dh-host', ...compl], ['dedicated-instance', 'on-demand']);
  // The module (§3.2, §3.3): compliance or regulatory requirements are a Dedicated Host case; a
  // Dedicated Instance is enough when only isolation from other accounts is needed, not the host.
  if (f.compliance && !f.noHostManagement) {
    return single('dedicated-host', ['dh-compliance', 'dh-compliance-case', 'di-enough'], ['dedicated-instance', 'on-demand'], ['diEnough']);
  }
  if (f.isolation === 'single-tenant' || f.compliance) {
    const keys: ReasonKey[] = ['di-isolation', ...(f.noHostManagement || f.licensing === 'none' ? ['di-nohost' as const] : []), ...(f.compliance ? ['di-enough' as const] : [])];
    return single('dedicated-instance', keys, ['dedicated-host', 'on-demand'], f.noHostManagement ? [] : ['host']);
  }

  const shortTerm = !!f.shortLived || (f.termMonths !== undefined && f.termMonths < SHORT_TERM_MONTHS);
  const steadyish = !!(f.steady || f.alwaysOn);

  if (f.peaks && !shortTerm) {
    const share = peakShare(f);
    const notes = f.counts ? [countsNote(f.counts)] : [];
    if (f.noCommitment) {
      if (f.interruptible === true) {
        return { model: 'on-demand', plan: [{ model: 'on-demand', share: 1 - share }, { model: 'spot', share }], keys: ['od-nocommit', 'mix-combine', 'spot-interrupt'], alts: ['reserved'], questions: [], notes };
      }
      return single('on-demand', ['od-nocommit', 'od-spiky', 'elastic'], ['reserved', 'spot']);
    }
    const peak: PricingModel = f.interruptible === true ? 'spot' : f.peakScheduled && !f.peakUnpredictable ? 'scheduled-reserved' : 'on-demand';
    // A Scheduled Reserved peak is paid whether used or not: no "no idle capacity" reason for it.
    const peakKeys: ReasonKey[] = peak === 'scheduled-reserved' ? ['mix-peak-scheduled-reserved', 'sch-pay', 'sch-gone'] : [`mix-peak-${peak}`, 'elastic'];
    return {
      model: 'reserved',
      plan: [{ model: 'reserved', share: 1 - share }, { model: peak, share }],
      keys: ['res-steady', 'mix-combine', ...(f.counts ? [] : ['mix-rule' as const]), ...peakKeys],
      alts: ['on-demand', 'spot', ...(peak !== 'scheduled-reserved' && f.peakScheduled ? ['scheduled-reserved' as const] : [])],
      questions: [
        ...(f.termMonths === undefined && !f.longTerm ? ['term' as const] : []),
        ...(peak === 'scheduled-reserved' && f.hoursPerDay === undefined ? ['window' as const] : []),
      ],
      notes,
    };
  }
  // Two parts: an always-on base and, separately, batch work that may be interrupted.
  if (f.interruptiblePart && !shortTerm) {
    const base: PricingModel = f.noCommitment ? 'on-demand' : 'reserved';
    const share = peakShare(f);
    return {
      model: base,
      plan: [{ model: base, share: 1 - share }, { model: 'spot', share }],
      keys: [...(base === 'reserved' ? ['res-steady' as const] : ['od-nocommit' as const]), 'mix-combine', 'mix-batch-spot', ...(f.counts ? [] : ['mix-batch-share' as const])],
      alts: base === 'reserved' ? ['on-demand'] : ['reserved'],
      questions: [...(base === 'reserved' && f.termMonths === undefined && !f.longTerm ? ['term' as const] : []), ...(f.counts ? [] : ['share' as const])],
      notes: f.counts ? [countsNote(f.counts)] : [],
    };
  }
  if (f.interruptible === true) {
    return single('spot', ['spot-interrupt', 'spot-cheap', ...(f.batchLike || f.redundant ? ['spot-ft' as const] : [])], ['on-demand', 'reserved']);
  }
  if (f.recurring && !f.alwaysOn) {
    if (f.noCommitment || shortTerm || (f.devTest && !f.commitmentOk)) {
      const keys: ReasonKey[] = f.devTest ? ['od-devtest', 'od-offhours', 'od-flex'] : f.noCommitment ? ['od-nocommit', 'od-flex'] : ['od-short', 'od-flex'];
      return single('on-demand', keys, ['scheduled-reserved', 'reserved', 'spot']);
    }
    // The module's answer for a recurring window, with what is true today: they are no longer
    // sold, and a window below their minimum schedule was never a cheap option.
    const qs: QuestionKey[] = [...(f.commitmentOk || (f.termMonths ?? 0) >= 12 ? [] : ['commit1y' as const]), ...(f.hoursPerDay === undefined ? ['window' as const] : [])];
    const d = single('scheduled-reserved', ['sch-window', 'sch-pay', 'sch-gone'], ['reserved', 'on-demand', 'spot'], qs);
    const perYear = windowHoursPerYear(f);
    if (perYear !== undefined && perYear < SCHEDULED_MIN_HOURS_PER_YEAR) d.notes = [belowMinimumNote(perYear)];
    return d;
  }
  if (f.noCommitment) {
    const keys: ReasonKey[] = ['od-nocommit', 'od-flex'];
    if (f.unpredictable) keys.push('od-unpredictable');
    if (f.spiky) keys.push('od-spiky');
    return single('on-demand', keys, ['reserved', 'spot'], f.interruptible === undefined && f.batchLike ? ['interrupt'] : []);
  }
  if (steadyish && !f.unpredictable && !f.spiky && !shortTerm && !(f.devTest && !f.alwaysOn && !f.longTerm)) {
    return single('reserved', ['res-steady', 'res-term', 'res-long'], ['on-demand', 'spot', ...(f.hoursPerDay && f.hoursPerDay < 20 ? ['scheduled-reserved' as const] : [])], f.termMonths === undefined && !f.longTerm ? ['term'] : []);
  }
  if ((f.batchLike || f.redundant) && f.interruptible !== false && !f.devTest && !steadyish && !(f.shortLived && f.termMonths === undefined)) {
    return single('spot', ['spot-guess', 'spot-cheap', ...(f.redundant ? ['spot-ft' as const] : [])], ['on-demand', 'reserved'], ['interrupt']);
  }
  if (f.unpredictable || f.spiky || shortTerm || f.devTest) {
    const keys: ReasonKey[] = [];
    if (f.unpredictable) keys.push('od-unpredictable');
    if (f.spiky) keys.push('od-spiky');
    if (f.devTest) keys.push('od-devtest', 'od-offhours');
    else if (shortTerm) keys.push('od-short');
    if (shortTerm && f.termMonths !== undefined && f.termMonths >= 1) keys.push('od-too-short');
    keys.push('od-flex');
    const qs: QuestionKey[] = steadyish || f.unpredictable || f.spiky ? ['base'] : [];
    return single('on-demand', keys, ['reserved', 'spot'], qs);
  }
  if ((f.termMonths ?? 0) >= 12 || f.longTerm || f.vagueMonths) {
    return single('reserved', ['res-guess', 'res-term'], ['on-demand', 'spot'], ['hours']);
  }
  // Too little to decide: ask, and give a provisional answer (the most flexible model).
  const questions: QuestionKey[] = f.interruptible === undefined ? ['duration', 'interrupt'] : ['duration', 'pattern'];
  return { model: null, plan: [], keys: [], alts: [], questions, provisional: 'on-demand' };
}

const ELASTIC_MODELS: readonly PricingModel[] = ['on-demand', 'spot'];
const GUESSES: readonly ReasonKey[] = ['spot-guess', 'res-guess'];

/** The instance count a part names ("웹 서버 4대", "3 workers"), if any. */
function partCount(text: string): number | undefined {
  const m = text.match(/(\d{1,4})\s*대|\b(\d{1,4})\s*(?:x\s*)?(?:[a-z-]+\s+)?(?:servers?|instances?|workers?|nodes?|machines?|vms?|boxes)\b|\b(?:servers?|instances?|workers?|nodes?|machines?|vms?|boxes)\s*[x×]\s*(\d{1,4})\b/);
  const n = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return n > 0 ? n : undefined;
}

/** A short quote of a part for its reasons. */
function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text;
}

/**
 * Several workloads in one description (module §3.4.3: combine purchase options): each part is
 * decided on its own factors and the plan mixes them. Weights follow the parts' instance counts
 * when every part gives one; otherwise the elastic parts share the rule-of-thumb 25%. The primary
 * model is the first committed or dedicated part (the steady base), else the first part.
 * A base with peaks keeps its own mix (below).
 */
function decideParts(f: Factors): Decision | undefined {
  if (!f.parts || f.peaks) return undefined;
  const ds = f.parts.map((p) => ({ text: p.text, d: decide(p.factors) }));
  // Every part must be decided on its own factors: a guess (a batch that may or may not be
  // interruptible, a year of unknown hours) leaves the description to be read as one workload.
  if (ds.some((x) => x.d.model === null || x.d.keys.some((k) => GUESSES.includes(k)))) return undefined;
  const models = [...new Set(ds.flatMap((x) => x.d.plan.map((p) => p.model)))];
  if (models.length < 2) return undefined;
  const counts = ds.map((x) => partCount(x.text));
  const byCount = counts.every((c) => c !== undefined);
  const elastic = ds.map((x) => ELASTIC_MODELS.includes(x.d.model!));
  const nElastic = elastic.filter(Boolean).length;
  const weights = byCount
    ? counts.map((c) => c! / counts.reduce((a, b) => a! + b!, 0)!)
    : nElastic === 0 || nElastic === ds.length
      ? ds.map(() => 1 / ds.length)
      : elastic.map((e) => (e ? ELASTIC_SHARE / nElastic : (1 - ELASTIC_SHARE) / (ds.length - nElastic)));
  const primaryIdx = Math.max(0, elastic.indexOf(false));
  const order = [primaryIdx, ...ds.map((_, i) => i).filter((i) => i !== primaryIdx)];
  const plan: PlanItem[] = [];
  for (const i of order) {
    for (const p of ds[i].d.plan) {
      const share = p.share * weights[i];
      const same = plan.find((q) => q.model === p.model);
      if (same) same.share += share;
      else plan.push({ model: p.model, share });
    }
  }
  for (const p of plan) p.share = Math.round(p.share * 1000) / 1000;
  // Rounding must not break the shares' sum of 1.
  plan[0].share = Math.round((1 - plan.slice(1).reduce((a, p) => a + p.share, 0)) * 1000) / 1000;
  const notes: Msg[] = [];
  const keys: ReasonKey[] = ['mix-parts', ...(byCount ? [] : ['mix-parts-share' as const])];
  for (const i of order) {
    const { d, text } = ds[i];
    const first = d.keys.find((k) => !keys.includes(k));
    const head = first ? REASONS[first] : undefined;
    const scaled = d.plan.map((p) => ({ model: p.model, share: p.share * weights[i] }));
    notes.push({
      s: head?.s ?? '3.4.3',
      ko: `「${quote(text)}」 → ${planText(scaled, 'ko')}${head ? `: ${head.ko}` : ''}`,
      en: `"${quote(text)}" → ${planText(scaled, 'en')}${head ? `: ${head.en}` : ''}`,
    });
    notes.push(...(d.notes ?? []));
  }
  // What AWS changed must still be said for a part on Scheduled Reserved Instances.
  if (plan.some((p) => p.model === 'scheduled-reserved')) keys.push('sch-gone');
  const primary = ds[primaryIdx].d;
  const questions = [...new Set(ds.flatMap((x) => x.d.questions)), ...(byCount ? [] : ['partShare' as const])];
  return { model: primary.model, plan, keys, alts: primary.alts, questions, notes, pricedPart: f.parts[primaryIdx] };
}

/** The elastic share of a mix: from the counts the user gave, else the module's rule of thumb. */
function peakShare(f: Factors): number {
  if (!f.counts) return ELASTIC_SHARE;
  return (f.counts.peak - f.counts.base) / f.counts.peak;
}

/** "10 Reserved + 4 On-Demand/Spot (29%), inside the module's 20-30%". */
function countsNote(c: { base: number; peak: number }): Msg {
  const extra = c.peak - c.base;
  const share = Math.round((extra / c.peak) * 100);
  const within = share >= 20 && share <= 30;
  const ko = within ? '모듈의 경험칙(20~30%) 범위 안임' : share > 30 ? '모듈의 경험칙(20~30%)보다 많음: 피크 중 자주 필요한 부분은 예약으로 옮길지 검토' : '모듈의 경험칙(20~30%)보다 적음: 기본 부하가 커서 예약 비중이 높은 것이 맞음';
  const en = within ? 'inside the module\'s 20-30% rule of thumb' : share > 30 ? 'more than the module\'s 20-30% rule of thumb: consider reserving the part of the peak that is needed most of the time' : 'less than the module\'s 20-30% rule of thumb: the base is large, so a larger reserved share is right';
  return {
    s: '3.4.2',
    ko: `알려 준 대수 기준: 기본 ${c.base}대는 예약, 피크 때 추가 ${extra}대(${share}%)는 탄력적으로 — ${ko}`,
    en: `from your counts: the base of ${c.base} on Reserved, the extra ${extra} at peak (${share}%) kept elastic — ${en}`,
  };
}

/** Hours a year of a recurring window, when its length is known. */
function windowHoursPerYear(f: Factors): number | undefined {
  if (f.hoursPerDay === undefined) return undefined;
  if (f.recurring === 'monthly') return f.hoursPerDay * 12;
  return f.hoursPerDay * (f.daysPerWeek ?? 7) * (HOURS_PER_YEAR / HOURS_PER_WEEK);
}

function belowMinimumNote(perYear: number): Msg {
  const h = Math.round(perYear);
  return {
    s: '3.1',
    ko: `이 창은 연 약 ${h}시간으로, 예정된 예약 인스턴스의 최소 일정(연 ${SCHEDULED_MIN_HOURS_PER_YEAR}시간: 매일이면 하루 4시간 이상)보다 짧아 예전에도 살 수 없었음: 이 창은 온디맨드(중단돼도 되면 스팟)로 쓰는 것이 맞고, 상시 예약은 쓰지 않는 시간까지 내므로 더 비쌈`,
    en: `this window is about ${h} hours a year, below the Scheduled Reserved minimum schedule (${SCHEDULED_MIN_HOURS_PER_YEAR} hours a year: at least 4 hours a day if daily), so it could not have been bought even then: run the window On-Demand (Spot if it may be interrupted); a full-time reservation would cost more, paying for idle hours`,
  };
}

// ---------- understood factors, in words ----------

function months(m: number, lang: Lang): string {
  if (m >= 12 && Number.isInteger(m / 12)) return lang === 'ko' ? `${m / 12}년` : `${m / 12} year${m === 12 ? '' : 's'}`;
  if (m >= 1) return lang === 'ko' ? `약 ${Math.round(m)}개월` : `about ${Math.round(m)} month${Math.round(m) === 1 ? '' : 's'}`;
  const days = Math.round((m * HOURS_PER_MONTH) / HOURS_PER_DAY);
  if (days >= 7 && days % 7 === 0) return lang === 'ko' ? `${days / 7}주` : `${days / 7} week${days === 7 ? '' : 's'}`;
  return lang === 'ko' ? `${days}일` : `${days} day${days === 1 ? '' : 's'}`;
}

type Label = (f: Factors, L: (ko: string, en: string) => string) => string | undefined;

/** A label for every factor key: a key without one fails type-checking. */
const LABELS = {
  recurring: (f, L) => {
    const r = f.recurring === 'monthly' ? L('매월', 'monthly') : f.daysPerWeek === 5 ? L('평일', 'weekdays') : f.daysPerWeek === 7 ? L('매일', 'daily') : f.daysPerWeek ? L(`주 ${f.daysPerWeek}일`, `${f.daysPerWeek} day(s) a week`) : L('매주', 'weekly');
    return L(`반복 일정(${r}${f.hoursPerDay ? `, ${f.hoursPerDay}시간` : ''})`, `recurring window (${r}${f.hoursPerDay ? `, ${f.hoursPerDay} h` : ''})`);
  },
  'term': (f, L) => (f.termMonths !== undefined ? L(`기간 ${months(f.termMonths, 'ko')}`, `duration ${months(f.termMonths, 'en')}`) : undefined),
  'long-term': (_f, L) => L('장기간(연 단위)', 'long-term (years)'),
  'months': (_f, L) => L('몇 달', 'months'),
  'short': (_f, L) => L('단기간', 'short-lived'),
  'always-on': (_f, L) => L('상시(24시간) 실행', 'always on (24/7)'),
  'hours': (f, L) => (!f.recurring ? L(`하루 ${f.hoursPerDay}시간`, `${f.hoursPerDay} hours a day`) : undefined),
  'steady': (_f, L) => L('사용량 일정', 'steady load'),
  'unpredictable': (_f, L) => L('예측할 수 없는 부하', 'unpredictable load'),
  'spiky': (_f, L) => L('급증하는 트래픽', 'spiky traffic'),
  'peaks': (f, L) => L(`기본 부하 + 피크${f.peakScheduled ? '(정해진 시간대)' : ''}`, `base load plus peaks${f.peakScheduled ? ' (on a schedule)' : ''}`),
  'interruptible': (_f, L) => L('중단돼도 괜찮음', 'can be interrupted'),
  'not-interruptible': (_f, L) => L('중단되면 안 됨', 'must not be interrupted'),
  'batch': (_f, L) => L('배치성 작업', 'batch-style work'),
  'batch-part': (_f, L) => L('상시 부분 + 중단 가능한 배치 부분', 'an always-on part plus an interruptible batch part'),
  'cheap': (_f, L) => L('비용 최우선', 'lowest cost first'),
  'compliance': (_f, L) => L('규정 준수·규제 요건', 'compliance / regulation'),
  'isolation': (_f, L) => L('단일 테넌트(물리적 격리)', 'single-tenant isolation'),
  'host-control': (_f, L) => L('호스트 수준 제어', 'host-level control'),
  'no-host-management': (_f, L) => L('호스트 관리 불필요', 'no host management needed'),
  'no-commitment': (_f, L) => L('약정 원하지 않음', 'no commitment'),
  'commitment-ok': (_f, L) => L('약정 가능', 'commitment is fine'),
  'dev-test': (_f, L) => L('개발·테스트 용도', 'dev/test'),
  'price': (f, L) => L(`시간당 $${f.hourlyPrice}`, `$${f.hourlyPrice}/hour`),
  'instance': (f, L) => L(`인스턴스 ${f.instanceType}`, `instance ${f.instanceType}`),
  'upfront': (f, L) => L(`선결제 $${f.upfront}`, `upfront $${f.upfront}`),
  'storage': (_f, L) => L('스토리지(EBS)', 'storage (EBS)'),
  licensing: (f, L) => L(
        f.licensing === 'per-socket' ? '소켓당 라이선스' : f.licensing === 'per-core' ? '코어당 라이선스' : f.licensing === 'per-vm' ? 'VM당 라이선스' : '기존 라이선스 사용(BYOL)',
        f.licensing === 'per-socket' ? 'per-socket licence' : f.licensing === 'per-core' ? 'per-core licence' : f.licensing === 'per-vm' ? 'per-VM licence' : 'bring your own licence (BYOL)'),
  counts: (f, L) => (f.counts ? L(`평소 ${f.counts.base}대, 피크 ${f.counts.peak}대`, `${f.counts.base} instances normally, ${f.counts.peak} at peak`) : undefined),
  redundant: (_f, L) => L('여러 대(로드밸런서·Auto Scaling 뒤)', 'several instances (behind a load balancer / Auto Scaling)'),
  'bad-number': (f, L) => L(`쓸 수 없는 숫자 ${f.badNumbers?.join(', ')}`, `unusable numbers ${f.badNumbers?.join(', ')}`),
} satisfies Record<FactorKey, Label>;

export function understoodLabels(f: Factors, lang: Lang): string[] {
  const L = (ko: string, en: string) => (lang === 'ko' ? ko : en);
  return f.understood.map((k) => LABELS[k](f, L)).filter((x): x is string => x !== undefined);
}

// ---------- structured answers ----------

export function answersToFactors(a: PricingAnswers): Factors {
  const f: Factors = { understood: [] };
  const u = marker(f);
  if (a.termMonths !== undefined) {
    f.termMonths = a.termMonths;
    u('term');
    if (a.termMonths < 1) f.shortLived = true;
    if (a.termMonths >= 12) f.longTerm = true;
  }
  if (a.hoursPerDay !== undefined) f.hoursPerDay = a.hoursPerDay;
  if (a.daysPerWeek !== undefined) f.daysPerWeek = a.daysPerWeek;
  if (a.hoursPerDay !== undefined && a.hoursPerDay >= ALWAYS_ON_HOURS && (a.daysPerWeek ?? 7) >= 7) {
    f.alwaysOn = true;
    u('always-on');
  }
  switch (a.pattern) {
    case 'steady': f.steady = true; u('steady'); break;
    case 'unpredictable': f.unpredictable = true; f.spiky = true; u('unpredictable'); break;
    case 'scheduled': f.recurring = a.daysPerWeek && a.daysPerWeek < 7 ? 'weekly' : 'daily'; u('recurring'); break;
    case 'steady-with-peaks': f.steady = true; f.peaks = true; u('peaks'); break;
  }
  if (a.pattern !== 'scheduled' && !f.alwaysOn && a.hoursPerDay !== undefined) u('hours');
  if (a.interruptible !== undefined) {
    f.interruptible = a.interruptible;
    u(a.interruptible ? 'interruptible' : 'not-interruptible');
  }
  if (a.licensing) {
    f.licensing = a.licensing;
    if (a.licensing !== 'none') u('licensing');
  }
  if (a.isolation === 'single-tenant') {
    f.isolation = 'single-tenant';
    f.noHostManagement = true;
    u('isolation');
  } else if (a.isolation === 'host-control') {
    f.isolation = 'host-control';
    u('host-control');
  }
  if (a.noCommitment) {
    f.noCommitment = true;
    u('no-commitment');
  }
  if (a.devTest) {
    f.devTest = true;
    u('dev-test');
  }
  if (a.hourlyPrice !== undefined) {
    f.hourlyPrice = a.hourlyPrice;
    u('price');
  }
  if (a.reservedDiscount !== undefined) f.reservedDiscount = a.reservedDiscount;
  if (a.spotDiscount !== undefined) f.spotDiscount = a.spotDiscount;
  return f;
}

// ---------- the advice ----------

const CHANGED = {
  savings: { ko: 'Savings Plans: 지금은 예약 인스턴스와 함께 1년/3년 Savings Plans(Compute/EC2 Instance)가 약정 할인의 일반적인 선택지임.', en: 'Savings Plans: today 1- or 3-year Savings Plans (Compute / EC2 Instance) are the usual commitment discount alongside Reserved Instances.' },
  scheduled: { ko: '예정된 예약 인스턴스: AWS는 더 이상 신규 구매를 제공하지 않음. 같은 효과는 온디맨드 용량 예약 + Savings Plans, 또는 일정 기반 Auto Scaling으로 얻음.', en: 'Scheduled Reserved Instances: AWS no longer offers them for new purchases; use On-Demand Capacity Reservations with Savings Plans, or scheduled Auto Scaling, instead.' },
  spot: { ko: '스팟: 이제 입찰이 필요 없음. 현재 스팟 가격을 내며(선택적으로 최고가 지정), 중단 2분 전 알림은 그대로임.', en: 'Spot: no bidding any more; you pay the current Spot price (optionally capping a maximum), and the two-minute interruption notice remains.' },
};

/** Factors about price rather than the workload: they apply to every part of a description. */
const PRICE_FIELDS = ['hourlyPrice', 'instanceType', 'upfront', 'reservedDiscount', 'spotDiscount', 'badNumbers', 'storage'] as const satisfies readonly (keyof Factors)[];

export function buildAdvice(f: Factors, lang: Lang): Advice {
  const d = decide(f);
  const L = (m: { ko: string; en: string }) => (lang === 'ko' ? m.ko : m.en);
  const reasons: string[] = [];
  const citations: string[] = [];
  const cite = (s: string) => {
    if (!citations.includes(s)) citations.push(s);
  };
  for (const r of [...d.keys.map((k) => REASONS[k]), ...(d.notes ?? [])]) {
    reasons.push(`${L(r)} (§${r.s})`);
    cite(r.s);
  }
  const alternatives: Alternative[] = [];
  if (d.model) {
    const inPlan = new Set(d.plan.map((p) => p.model));
    for (const m of d.alts) {
      if (inPlan.has(m)) continue;
      const a = alt(m, d.model, f);
      if (a) alternatives.push({ model: m, why: L(a), sectionId: a.s });
    }
    if (f.interruptible === false && !d.alts.includes('spot') && !inPlan.has('spot')) {
      const a = alt('spot', d.model, f)!;
      alternatives.push({ model: 'spot', why: L(a), sectionId: a.s });
    }
  }
  const questions = [...d.questions, ...(f.badNumbers?.length ? ['validNumber' as const] : [])].map((q) => L(QUESTIONS[q]));
  const involved = new Set<PricingModel>([...d.plan.map((p) => p.model), ...alternatives.map((a) => a.model)]);
  if (d.provisional) involved.add(d.provisional);
  const changedSince: string[] = [];
  if (involved.has('reserved') || involved.has('scheduled-reserved') || d.model === null) changedSince.push(L(CHANGED.savings));
  if (involved.has('scheduled-reserved')) changedSince.push(L(CHANGED.scheduled));
  if (involved.has('spot')) changedSince.push(L(CHANGED.spot));
  // A mix of parts is priced on its primary part (its hours and period), with the price, instance
  // type and discounts said anywhere in the description.
  const costPart = d.pricedPart && {
    text: quote(d.pricedPart.text),
    factors: {
      ...d.pricedPart.factors,
      ...Object.fromEntries(PRICE_FIELDS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])),
    },
  };
  return {
    model: d.model,
    plan: d.plan,
    costPart,
    reasons,
    citations,
    questions,
    lang,
    understood: understoodLabels(f, lang),
    provisional: d.provisional,
    alternatives,
    factors: f,
    changedSince,
  };
}

/** "예약 인스턴스 75% + 온디맨드 인스턴스 25%". */
export function planText(plan: PlanItem[], lang: Lang): string {
  return plan.map((p) => `${modelName(p.model, lang)} ${Math.round(p.share * 100)}%`).join(' + ');
}
