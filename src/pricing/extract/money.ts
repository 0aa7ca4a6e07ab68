// Prices, instance types, upfront payments, discount overrides and storage sizes.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { EXAMPLE_PRICES } from '../prices.ts';

export function extractMoney(s: string): Part {
  const f = part();
  const u = marker(f);
  // Prices and instance types first, then remove money so "$0.10" never reads as a duration.
  const price =
    s.match(/\$\s?(\d+(?:\.\d+)?)\s*(?:\/|per|an?|an hour|hourly)?\s*(?:hr|hour|h|시간)\b/) ??
    s.match(/\$\s?(\d+(?:\.\d+)?)\s*\/\s*시간/) ??
    s.match(/(?:시간당|hourly|per hour|an hour|\/hr)\s*(?:\$\s?|us\$\s?)?(\d+(?:\.\d+)?)\s*(?:달러|usd|\$)?/) ??
    s.match(/(\d+(?:\.\d+)?)\s*(?:달러|usd)\s*(?:\/|per)?\s*(?:시간|hr|hour)/);
  if (price) {
    f.hourlyPrice = Number(price[1]);
    u('price');
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
  const rDisc = s.match(/(?:예약|reserved|ri)\s*(?:인스턴스\s*)?(?:할인(?:율|률)?|discount)\s*(?:은|는|을|를|of|=|:)?\s*(\d{1,2}(?:\.\d+)?)\s*%/);
  if (rDisc) f.reservedDiscount = Number(rDisc[1]) / 100;
  const sDisc = s.match(/(?:스팟|spot)\s*(?:인스턴스\s*)?(?:할인(?:율|률)?|discount)\s*(?:은|는|을|를|of|=|:)?\s*(\d{1,2}(?:\.\d+)?)\s*%/);
  if (sDisc) f.spotDiscount = Number(sDisc[1]) / 100;

  // Storage (pillar 4): "500GB 중 20GB만", "500 GB volume, 20 GB used".
  const gbs = [...s.matchAll(/(\d+(?:\.\d+)?)\s*(gb|gib|기가|tb|테라)/g)].map((m) => Number(m[1]) * (/^t|테/.test(m[2]) ? 1024 : 1));
  if (gbs.length || /\bebs\b|스토리지|볼륨|volume|디스크|disk|storage|gp2|gp3|st1/.test(s)) {
    f.storage = { mentioned: true };
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
  return s.replace(/\$\s?\d[\d,]*(?:\.\d+)?/g, ' $ ').replace(/\d+(?:\.\d+)?\s*(?:gb|gib|tb|기가|테라|%|달러|usd)/g, ' ');
}
