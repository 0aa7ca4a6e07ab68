// Questions for benchmarks: the project's own held-out set, varied (spacing, particles, English)
// so that caches do not flatter the numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function benchQuestions(n: number): string[] {
  const base = readFileSync(join(import.meta.dirname, '../test/answer/questions.heldout.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const variants = [(q: string) => q, (q: string) => q.replace(/\s+/g, ''), (q: string) => `${q} 알려줘`, (q: string) => `음 ${q}?`, (q: string) => q.toUpperCase()];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) out.push(variants[Math.floor(i / base.length) % variants.length](base[i % base.length]) + (i >= base.length * variants.length ? ` ${i}` : ''));
  return out;
}
