// A small bundled table of EXAMPLE prices, used only when the user gives no hourly price.
// These are illustrative list prices (us-east-1, Linux, On-Demand), not a live quote.

export const EXAMPLE_PRICES = {
  asOf: '2024-06',
  region: 'us-east-1',
  os: 'Linux',
  label: {
    ko: '예시 가격(2024-06 기준, us-east-1 Linux 온디맨드, 실제 요금은 AWS 요금 페이지 확인)',
    en: 'example prices (as of 2024-06, us-east-1 Linux On-Demand; check the AWS pricing page for real rates)',
  },
  /** On-Demand USD per hour. */
  instances: {
    't3.micro': 0.0104,
    't3.small': 0.0208,
    't3.medium': 0.0416,
    't3.large': 0.0832,
    'm5.large': 0.096,
    'm5.xlarge': 0.192,
    'c5.large': 0.085,
    'c5.xlarge': 0.17,
    'r5.large': 0.126,
  } as Record<string, number>,
  /** The instance assumed when nothing is said. */
  defaultInstance: 'm5.large',
  /** EBS USD per GB-month. */
  ebs: { gp2: 0.1, gp3: 0.08, st1: 0.045 },
} as const;
