// Prices, instance types, upfront payments, discount overrides and storage sizes.
import { type Part, part, marker } from './part.ts';
import { EXAMPLE_PRICES } from '../prices.ts';

/** A number as typed: sign, thousands separators, decimals, an exponent. */
const NUM = '([-−]?\\d[\\d,]*(?:\\.\\d+)?(?:e[+-]?\\d+)?)';
/** No EC2 instance costs more than this per hour On-Demand (the largest are a few hundred dollars). */
const MAX_HOURLY_USD = 1000;

function toNumber(raw: string): number {
  return Number(raw.replace(/,/g, '').replace('−', '-'));
}

export function extractMoney(s: string): Part {
  const f = part();
  const u = marker(f);
  // Prices and instance types first. Numbers are read whole ("1e400", "-50", "1,000") and
  // refused when they cannot be a price or a discount, never misread as a smaller one.
  const price =
    s.match(new RegExp(`\\$\\s?${NUM}\\s*(?:\\/|per|an?|an hour|hourly)?\\s*(?:hr|hour|h|시간)\\b`)) ??
    s.match(new RegExp(`\\$\\s?${NUM}\\s*\\/\\s*시간`)) ??
    s.match(new RegExp(`(?:시간당|hourly|per hour|an hour|\\/hr)\\s*(?:\\$\\s?|us\\$\\s?)?${NUM}\\s*(?:달러|usd|\\$)?`)) ??
    s.match(new RegExp(`${NUM}\\s*(?:달러|usd)\\s*(?:\\/|per)?\\s*(?:시간|hr|hour)`)) ??
    s.match(new RegExp(`\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?e[+-]?\\d+)`));
  if (price) {
    const v = toNumber(price[1]);
    if (v > 0 && v <= MAX_HOURLY_USD) {
      f.hourlyPrice = v;
      u('price');
    } else {
      f.badNumbers = [...(f.badNumbers ?? []), `$${price[1]}`];
      u('bad-number');
    }
  }
  const it = s.match(/\b([a-z]\d[a-z]{0,3}\.(?:nano|micro|small|medium|large|xlarge|\d{1,2}xlarge))\b/);
  if (it) {
    f.instanceType = it[1];
    if (f.hourlyPrice === undefined && EXAMPLE_PRICES.instances[it[1]]) u('instance');
  }
  const upfront = s.match(/(?:선결제|upfront|up-front|초기\s*비용)\s*(?:금액|비용|payment|of|은|는|:)?\s*\$?\s?([\d,]+(?:\.\d+)?)/) ??
    s.match(/\$\s?([\d,]+(?:\.\d+)?)\s*(?:upfront|up-front|선결제)/);
  if (upfront) {
    f.upfront = Number(upfront[1].replace(/,/g, ''));
    u('upfront');
  }
  for (const [key, words] of [['reservedDiscount', '예약|reserved|ri'], ['spotDiscount', '스팟|spot']] as const) {
    const m = s.match(new RegExp(`(?:${words})\\s*(?:인스턴스\\s*)?(?:할인(?:율|률)?|discount)\\s*(?:은|는|을|를|of|=|:)?\\s*${NUM}\\s*%`));
    if (!m) continue;
    const v = toNumber(m[1]);
    if (v > 0 && v < 100) f[key] = v / 100;
    else {
      f.badNumbers = [...(f.badNumbers ?? []), `${m[1]}%`];
      u('bad-number');
    }
  }

  // Storage (pillar 4): "500GB 중 20GB만", "500 GB volume, 20 GB used".
  const gbs = [...s.matchAll(/(\d+(?:\.\d+)?)\s*(gb|gib|기가|tb|테라)/g)].map((m) => Number(m[1]) * (/^t|테/.test(m[2]) ? 1024 : 1));
  if (gbs.length || /\bebs\b|스토리지|볼륨|volume|디스크|disk|storage|gp2|gp3|st1/.test(s)) {
    f.storage = { mentioned: true };
    const type = s.match(/\b(gp2|gp3|st1)\b/);
    if (type) f.storage.type = type[1] as 'gp2' | 'gp3' | 'st1';
    if (gbs.length >= 2) {
      f.storage.provisionedGb = Math.max(...gbs);
      f.storage.usedGb = Math.min(...gbs);
    } else if (gbs.length === 1) f.storage.provisionedGb = gbs[0];
    u('storage');
  }
  return f;
}

/** The text with money, sizes and percentages removed, so "$0.10" never reads as a duration. */
export function withoutAmounts(s: string): string {
  return s.replace(/\$\s?-?\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?/g, ' $ ').replace(/\d+(?:\.\d+)?\s*(?:gb|gib|tb|기가|테라|%|달러|usd)/g, ' ');
}
