// Types shared by the pricing advisor's parts (extract → recommend → cost → reply).
import type { Lang } from '../reply.ts';

export type PricingModel =
  | 'on-demand'
  | 'spot'
  | 'reserved'
  | 'scheduled-reserved'
  | 'dedicated-host'
  | 'dedicated-instance';

export const PRICING_MODELS: readonly PricingModel[] = [
  'on-demand',
  'spot',
  'reserved',
  'scheduled-reserved',
  'dedicated-host',
  'dedicated-instance',
];

/** The keys of understood factors; a mistyped key fails type-checking. */
export const FACTOR_KEYS = [
  'term', 'long-term', 'months', 'short', 'always-on', 'recurring', 'hours', 'steady', 'unpredictable', 'spiky',
  'peaks', 'interruptible', 'not-interruptible', 'batch', 'batch-part', 'cheap', 'licensing', 'compliance',
  'isolation', 'host-control', 'no-host-management', 'no-commitment', 'commitment-ok', 'dev-test', 'price',
  'instance', 'upfront', 'storage', 'counts', 'bad-number', 'redundant',
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** Structured answers (the guided mode's buttons, Discord options); every field optional. */
export interface PricingAnswers {
  termMonths?: number;
  hoursPerDay?: number;
  daysPerWeek?: number;
  pattern?: 'steady' | 'unpredictable' | 'scheduled' | 'steady-with-peaks';
  interruptible?: boolean;
  licensing?: 'per-socket' | 'per-core' | 'per-vm' | 'none';
  isolation?: 'none' | 'single-tenant' | 'host-control';
  hourlyPrice?: number;
  /** Added: the user refuses a commitment (약정 싫음). */
  noCommitment?: boolean;
  /** Added: development / test / non-production. */
  devTest?: boolean;
  /** Added: discount assumptions, fractions (0.72 = 72% below On-Demand). */
  reservedDiscount?: number;
  spotDiscount?: number;
}

/** Everything read from a description (or structured answers); undefined = not said. */
export interface Factors {
  termMonths?: number;
  /** "몇 달", "months": long-ish but unquantified. */
  vagueMonths?: boolean;
  /** "몇 년", "for years", "연중", "all year". */
  longTerm?: boolean;
  alwaysOn?: boolean;
  hoursPerDay?: number;
  daysPerWeek?: number;
  /** A recurring window: daily/weekly/monthly with a time of day or a length. */
  recurring?: 'daily' | 'weekly' | 'monthly';
  steady?: boolean;
  unpredictable?: boolean;
  spiky?: boolean;
  /** A peak on top of a base load (mix). */
  peaks?: boolean;
  /** The peak recurs on a fixed schedule (평일 오후, weekdays 9-5). */
  peakScheduled?: boolean;
  /** The peak is unpredictable (sales bursts, 예측 불가). */
  peakUnpredictable?: boolean;
  /** true: explicitly fine; false: explicitly not allowed. */
  interruptible?: boolean;
  /** Several instances behind a load balancer / in an Auto Scaling group: weakly suggests Spot. */
  redundant?: boolean;
  /** Instance counts said for a base and its peak ("평소 10대, 피크 때 14대"): the mix follows them. */
  counts?: { base: number; peak: number };
  /** Numbers that could not be used (1e400 dollars, a 1000% discount), as short descriptions. */
  badNumbers?: string[];
  /** Batch/crawler/rendering: weakly suggests interruptible. */
  batchLike?: boolean;
  /** Two or more workloads in one description ("DB는 …고, 웹 티어는 …", "…; the workers …"), each read on its own. */
  parts?: { text: string; factors: Factors }[];
  /** Beside an always-on/steady part, a separate batch part that may be interrupted (a mix). */
  interruptiblePart?: boolean;
  licensing?: 'per-socket' | 'per-core' | 'per-vm' | 'byol' | 'none';
  isolation?: 'single-tenant' | 'host-control' | 'none';
  compliance?: boolean;
  /** "서버 관리까지는 필요 없음", "no need to manage hosts". */
  noHostManagement?: boolean;
  noCommitment?: boolean;
  commitmentOk?: boolean;
  devTest?: boolean;
  shortLived?: boolean;
  production?: boolean;
  cheap?: boolean;
  hourlyPrice?: number;
  instanceType?: string;
  upfront?: number;
  reservedDiscount?: number;
  spotDiscount?: number;
  storage?: { provisionedGb?: number; usedGb?: number; type?: 'gp2' | 'gp3' | 'st1'; mentioned: boolean };
  /** Which factors were understood, as stable keys (labels: recommend.ts understoodLabels). */
  understood: FactorKey[];
}

export interface PlanItem {
  model: PricingModel;
  share: number;
}

export interface Reason {
  text: string;
  sectionId: string;
}

export interface Alternative {
  model: PricingModel;
  why: string;
  sectionId: string;
}

/** The advisor's decision: exactly the batch CLI's `advise` fields, plus what chat shows. */
export interface Advice {
  model: PricingModel | null;
  plan: PlanItem[];
  reasons: string[];
  citations: string[];
  questions: string[];
  lang: Lang;
  /** Human labels of the factors understood from the description. */
  understood?: string[];
  /** When model is null: the answer the tutor would give if it had to choose now. */
  provisional?: PricingModel;
  alternatives?: Alternative[];
  factors?: Factors;
  /** When the plan mixes parts of the description: the part its cost table prices (a short quote). */
  costPart?: { text: string; factors: Factors };
  /** Short notes on what AWS changed since the module (kept apart from the teaching). */
  changedSince?: string[];
}
