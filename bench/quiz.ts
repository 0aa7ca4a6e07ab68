// Quiz benchmarks for `npm run bench` (bench/run.ts calls benchQuiz): answers recorded per second
// through the whole engine (parse the click, check, score, review card, next question) on a SQLite
// file, the same on PostgreSQL (DATABASE_URL, or a throwaway local server when the machine has the
// PostgreSQL binaries), and the time to start a quiz. Run alone: `npx tsx bench/quiz.ts`.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Section } from '../src/content/section.ts';
import type { Context } from '../src/reply.ts';
import { loadQuizBank, type QuizItem } from '../src/quiz/bank.ts';
import { createQuizService } from '../src/quiz/service.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { Store } from '../src/store/store.ts';
import { openPostgresStore } from '../src/store/postgres/store.ts';
import { findPgBin, startPgServer } from '../test/setup/pg-server.ts';

const ROOT = join(import.meta.dirname, '..');

function sections(): Section[] {
  const list = JSON.parse(readFileSync(join(ROOT, 'knowledge', 'sections.json'), 'utf8')) as { id: string; title: string; titleEn: string; supplement?: boolean }[];
  return list.map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn, supplementary: !!s.supplement, aliases: [], body: '', file: '' }));
}

/** The real bank when it is there; otherwise a generated one of the same size. */
function bank(secs: Section[]): { items: QuizItem[]; source: string } {
  const real = loadQuizBank(join(ROOT, 'knowledge', 'quiz'), new Set(secs.map((s) => s.id)));
  if (real.items.length >= 20) return { items: real.items, source: `bank of ${real.items.length}` };
  const items: QuizItem[] = [];
  for (let i = 0; i < 140; i++) {
    const s = secs[i % secs.length];
    items.push({ id: `g-${i}`, sectionId: s.id, prompt: `질문 ${i}`, choices: ['가', '나', '다', '라'], answer: i % 4, explanation: `설명 (§${s.id})`, file: 'generated' });
  }
  return { items, source: 'generated bank of 140' };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

export async function benchQuiz(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-quiz-'));
  const secs = sections();
  const { items, source } = bank(secs);
  const store = openSqliteStore(join(dir, 'tutor.db'));
  const quiz = createQuizService({ store, sections: secs, resolveTopic: () => [], bank: items });
  const ctx = (u: number): Context => ({ platform: 'console', scope: 'bench', channel: 'c', user: `u${u}` });
  try {
    // Warm up statements and the JIT.
    for (let u = 0; u < 50; u++) await quiz.start({ count: 3 }, ctx(u), 'ko');

    // Time to start a quiz (5 questions, solo; each learner already has history).
    const startTimes: number[] = [];
    for (let k = 0; k < 2000; k++) {
      const t0 = performance.now();
      await quiz.start({ count: 5 }, ctx(k % 200), 'ko');
      startTimes.push(performance.now() - t0);
    }

    const run = await answerRun(store, secs, items, 1, 1);
    const perSec = Math.round(run.answered / (run.busyMs / 1000));
    const wall = run.wallMs;
    const answered = run.answered;
    const stats = await store.quiz.leaderboard('bench1', null, 1);
    return [
      `quiz: answers recorded/s (SQLite file, WAL, full engine per click): ${perSec.toLocaleString('en-US')} /s over ${answered} answers (target >= 2,000/s) ${perSec >= 2000 ? 'OK' : 'SLOW'}`,
      `quiz: start a 5-question quiz: p50 ${pct(startTimes, 50).toFixed(3)} ms, p99 ${pct(startTimes, 99).toFixed(3)} ms (target < 2 ms) ${pct(startTimes, 50) < 2 ? 'OK' : 'SLOW'}`,
      `quiz: (${source}; ${(wall / 1000).toFixed(2)} s wall for the answer run incl. starts; top score ${stats.top[0]?.points ?? 0})`,
      ...(await benchPostgres(secs, items)),
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Learners each play 20-question solo quizzes, every click one transaction through the whole
 * engine; `concurrency` learners at a time (instances and users click in parallel in real life).
 * `busyMs` is the time spent inside clicks, summed (for one at a time: the store's own speed).
 */
async function answerRun(store: Store, secs: Section[], items: QuizItem[], concurrency: number, round: number) {
  const quiz = createQuizService({ store, sections: secs, resolveTopic: () => [], bank: items });
  const ctx = (u: number): Context => ({ platform: 'console', scope: `bench${round}`, channel: 'c', user: `u${u}` });
  let answered = 0;
  let busyMs = 0;
  const learners = 400;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let u = next++; u < learners; u = next++) {
      let r = await quiz.start({ count: 20 }, ctx(1000 + u), 'ko');
      for (;;) {
        const choices = (r.actions ?? []).filter((a) => a.group === 'choices');
        if (!choices.length) break;
        const id = choices[(u + answered) % choices.length].id;
        const a0 = performance.now();
        const res = await quiz.act(id, ctx(1000 + u), 'ko');
        busyMs += performance.now() - a0;
        answered++;
        r = res?.replace ?? r;
        if (!res?.replace) break;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { answered, busyMs, wallMs: performance.now() - t0 };
}

/** PostgreSQL: BENCH_DATABASE_URL / DATABASE_URL, or a throwaway local server with default (durable) settings. */
async function benchPostgres(secs: Section[], items: QuizItem[]): Promise<string[]> {
  let url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  let stop: (() => void) | undefined;
  let where = 'DATABASE_URL';
  if (!url) {
    const bin = findPgBin();
    if (!bin) return ['quiz: PostgreSQL: skipped (no PostgreSQL binaries here and no DATABASE_URL)'];
    const server = await startPgServer(bin, { durable: process.env.BENCH_PG_FAST !== '1' });
    url = server.url;
    stop = server.stop;
    where = 'local server, fsync on';
  }
  const store = await openPostgresStore(url);
  try {
    await answerRun(store, secs, items.slice(0, 60), 4, 0); // warm up connections and plans
    const concurrency = 16;
    const run = await answerRun(store, secs, items, concurrency, Date.now());
    const perSec = Math.round(run.answered / (run.wallMs / 1000));
    return [
      `quiz: answers recorded/s (PostgreSQL, ${where}, ${concurrency} learners clicking at once, full engine per click): ${perSec.toLocaleString('en-US')} /s over ${run.answered} answers (target >= 1,000/s) ${perSec >= 1000 ? 'OK' : 'SLOW'}`,
    ];
  } finally {
    await store.close();
    stop?.();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchQuiz()) console.log(line);
}
