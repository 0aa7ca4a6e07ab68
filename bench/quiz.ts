// Quiz benchmarks for `npm run bench` (bench/run.ts calls benchQuiz): answers recorded per second
// through the whole engine (parse the click, check, score, review card, next question) on a SQLite
// file, and the time to start a quiz. Run alone: `npx tsx bench/quiz.ts`.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Section } from '../src/content/section.ts';
import type { Context } from '../src/reply.ts';
import { loadQuizBank, type QuizItem } from '../src/quiz/bank.ts';
import { createQuizService } from '../src/quiz/service.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

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

    // Answers recorded per second: 400 learners × 20-question quizzes, every click a transaction.
    let answered = 0;
    let busy = 0;
    const t0 = performance.now();
    for (let u = 0; u < 400; u++) {
      let r = await quiz.start({ count: 20 }, ctx(1000 + u), 'ko');
      for (;;) {
        const choices = (r.actions ?? []).filter((a) => a.group === 'choices');
        if (!choices.length) break;
        const id = choices[(u + answered) % choices.length].id;
        const a0 = performance.now();
        const res = await quiz.act(id, ctx(1000 + u), 'ko');
        busy += performance.now() - a0;
        answered++;
        r = res?.replace ?? r;
        if (!res?.replace) break;
      }
    }
    const wall = performance.now() - t0;
    const perSec = Math.round(answered / (busy / 1000));
    const stats = await store.quiz.leaderboard('bench', null, 1);
    return [
      `quiz: answers recorded/s (SQLite file, WAL, full engine per click): ${perSec.toLocaleString('en-US')} /s over ${answered} answers (target >= 2,000/s) ${perSec >= 2000 ? 'OK' : 'SLOW'}`,
      `quiz: start a 5-question quiz: p50 ${pct(startTimes, 50).toFixed(3)} ms, p99 ${pct(startTimes, 99).toFixed(3)} ms (target < 2 ms) ${pct(startTimes, 50) < 2 ? 'OK' : 'SLOW'}`,
      `quiz: (${source}; ${(wall / 1000).toFixed(2)} s wall for the answer run incl. starts; top score ${stats.top[0]?.points ?? 0})`,
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchQuiz()) console.log(line);
}
