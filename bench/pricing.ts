// Advisor latency: advise() and the full chat reply over a mixed set of descriptions.
import { advise, adviceReply } from '../src/pricing/index.ts';
import { detectLang } from '../src/lang.ts';

const SAMPLES = [
  '3년 동안 24시간 계속 돌아가는 사내 DB',
  '중단돼도 괜찮은 렌더링 배치 작업, 최대한 싸게',
  'Always-on baseline of 10 servers for years, plus unpredictable bursts during sales',
  'BYOL for SQL Server licensed per socket',
  '매일 밤 1시부터 3시까지 반복 실행되는 정산 작업, 1년 약정 가능',
  'dev box used 12 hours a day on weekdays only, $0.0416/hr, 500GB EBS but 20GB used',
  '서버 하나 필요해',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchPricing(): Promise<string[]> {
  const rounds = 200;
  const adviseMs: number[] = [];
  const replyMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of SAMPLES) {
      const lang = detectLang(q);
      const t0 = performance.now();
      const a = advise(q, lang);
      const t1 = performance.now();
      adviceReply(a, []);
      const t2 = performance.now();
      adviseMs.push(t1 - t0);
      replyMs.push(t2 - t1);
    }
  }
  adviseMs.sort((a, b) => a - b);
  replyMs.sort((a, b) => a - b);
  const line = (name: string, xs: number[]) =>
    `pricing ${name}: n=${xs.length} p50=${percentile(xs, 50).toFixed(3)}ms p95=${percentile(xs, 95).toFixed(3)}ms max=${xs[xs.length - 1].toFixed(3)}ms`;
  return [line('advise', adviseMs), line('adviceReply', replyMs)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const l of await benchPricing()) console.log(l);
}
