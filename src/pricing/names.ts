// Display names of the pricing models: module terms stay Korean; English adds a gloss.
import type { Lang } from '../reply.ts';
import type { PricingModel } from './types.ts';

const KO: Record<PricingModel, string> = {
  'on-demand': '온디맨드 인스턴스',
  spot: '스팟 인스턴스',
  reserved: '예약 인스턴스',
  'scheduled-reserved': '예정된 예약 인스턴스',
  'dedicated-host': '전용 호스트',
  'dedicated-instance': '전용 인스턴스',
};

const EN: Record<PricingModel, string> = {
  'on-demand': 'On-Demand Instances',
  spot: 'Spot Instances',
  reserved: 'Reserved Instances',
  'scheduled-reserved': 'Scheduled Reserved Instances',
  'dedicated-host': 'Dedicated Hosts',
  'dedicated-instance': 'Dedicated Instances',
};

/** `예약 인스턴스` in Korean, `Reserved Instances (예약 인스턴스)` in English. */
export function modelName(m: PricingModel, lang: Lang): string {
  return lang === 'ko' ? KO[m] : `${EN[m]} (${KO[m]})`;
}

/** Short English name without the Korean gloss (tables, buttons). */
export function modelShort(m: PricingModel, lang: Lang): string {
  return lang === 'ko' ? KO[m] : EN[m];
}
