// A small, dated table of EXAMPLE discounts below On-Demand, by purchase option, term and payment.
// Figures are rounded from AWS's public price pages for m5.large, us-east-1, Linux, shared tenancy,
// as of 2024-06 (other general-purpose example types are within a few points); they are examples
// for teaching arithmetic, not a quote. The README's "Pricing figures" section repeats them.
// "Up to 72%" (Reserved) and "up to 90%" (Spot) are only AWS's advertised maxima.

export type Term = '1y' | '3y';
export type Payment = 'no-upfront' | 'partial-upfront' | 'all-upfront';

export const TERMS = ['1y', '3y'] as const satisfies readonly Term[];
export const PAYMENTS = ['no-upfront', 'partial-upfront', 'all-upfront'] as const satisfies readonly Payment[];

export interface DiscountRow {
  /** Effective discount below On-Demand (upfront spread over the term), a fraction. */
  discount: number;
  /** Share of the term's cost paid upfront (0, about half, all). */
  upfrontShare: number;
}

export const DISCOUNT_SOURCE = {
  asOf: '2024-06',
  basis: 'm5.large, us-east-1, Linux, shared tenancy',
  urls: [
    'https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/',
    'https://aws.amazon.com/savingsplans/compute-pricing/',
    'https://aws.amazon.com/ec2/spot/pricing/',
    'https://aws.amazon.com/ec2/dedicated-hosts/pricing/',
  ],
  label: {
    ko: '예시 할인율(2024-06 기준 m5.large us-east-1 Linux의 AWS 공개 가격을 반올림, 실제 요금은 AWS 요금 페이지 확인)',
    en: 'example discounts (rounded from AWS\'s public m5.large us-east-1 Linux prices as of 2024-06; check the AWS pricing pages for real rates)',
  },
} as const;

/** Standard Reserved Instances: 1-year discounts are smaller than 3-year ones. */
export const STANDARD_RI = {
  '1y': {
    'no-upfront': { discount: 0.37, upfrontShare: 0 },
    'partial-upfront': { discount: 0.4, upfrontShare: 0.5 },
    'all-upfront': { discount: 0.42, upfrontShare: 1 },
  },
  '3y': {
    'no-upfront': { discount: 0.57, upfrontShare: 0 },
    'partial-upfront': { discount: 0.59, upfrontShare: 0.5 },
    'all-upfront': { discount: 0.62, upfrontShare: 1 },
  },
} as const satisfies Record<Term, Record<Payment, DiscountRow>>;

/** Compute Savings Plans (no upfront): the modern, more flexible commitment. */
export const COMPUTE_SAVINGS_PLAN = {
  '1y': { discount: 0.28, upfrontShare: 0 },
  '3y': { discount: 0.5, upfrontShare: 0 },
} as const satisfies Record<Term, DiscountRow>;

/** Spot: a typical range of discounts (it varies by type, zone and time), priced at its middle. */
export const SPOT_TYPICAL = { low: 0.6, high: 0.8, mid: 0.7 } as const;

/** AWS's advertised maxima, quoted as such, never used as the assumption. */
export const ADVERTISED_MAX = { reserved: 0.72, spot: 0.9 } as const;

/**
 * Dedicated tenancy, example On-Demand prices (USD per hour, as of 2024-06, us-east-1 Linux):
 * a whole m5 Dedicated Host (room for up to 48 m5.large), and one m5.large Dedicated Instance plus
 * the per-Region fee charged for any hour in which at least one Dedicated Instance runs.
 */
export const DEDICATED_EXAMPLE = {
  hostFamily: 'm5',
  hostHourly: 4.61,
  hostCapacityLarge: 48,
  instanceType: 'm5.large',
  instanceHourly: 0.106,
  regionFeeHourly: 2,
} as const;
