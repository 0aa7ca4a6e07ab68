// A small store with known answers, written through the ordinary Store, read back through the
// dashboard's read-only ReportSource. The statistics tests compute their expectations by hand.
import type { QuizItem } from '../../src/quiz/bank.ts';
import type { ReportSource } from '../../src/report/source.ts';
import type { Store } from '../../src/store/store.ts';
import { SQLITE, type ReportBackend } from './backends.ts';

export const DAY = 24 * 60 * 60 * 1000;
/** Noon UTC on a Wednesday: the same calendar day in every time zone from UTC-11 to UTC+11. */
export const T0 = Date.UTC(2025, 0, 8, 12, 0, 0);

const item = (id: string, sectionId: string, choices: string[], answer: number): QuizItem => ({
  id, sectionId, prompt: `prompt ${id}`, choices, answer, explanation: 'why', file: 'test',
});

/** A: 4 choices, key 0, §3.3. B: 3 choices, key 1, §3.3. C: 3 choices, key 2, §4. Z: never answered. */
export const BANK: QuizItem[] = [
  item('A', '3.3', ['a0', 'a1', 'a2', 'a3'], 0),
  item('B', '3.3', ['b0', 'b1', 'b2'], 1),
  item('C', '4', ['c0', 'c1', 'c2'], 2),
  item('Z', '5', ['z0', 'z1'], 0),
];

/** Choice picked by each learner for A, B, C (key: A 0, B 1, C 2). */
export const PICKS: Record<string, [number, number, number]> = {
  L1: [0, 1, 2], // ✓ ✓ ✓
  L2: [0, 1, 0], // ✓ ✓ ✗
  L3: [0, 0, 2], // ✓ ✗ ✓
  L4: [1, 2, 0], // ✗ ✗ ✗
  L5: [1, 1, 0], // ✗ ✓ ✗
};

export interface Fixture {
  store: Store;
  clock: { now: number };
  /** A ReportSource on the fixture's database (the caller closes it). */
  openSource(): Promise<ReportSource>;
  cleanup(): Promise<void>;
}

/** Writes the quiz answers above (one solo session per learner, on day T0) and a few questions. */
export async function buildFixture(backend: ReportBackend = SQLITE): Promise<Fixture> {
  const db = await backend.database();
  const clock = { now: T0 };
  const store = await db.openStore(() => clock.now);
  const itemIds = ['A', 'B', 'C'];
  for (const [n, [user, picks]] of Object.entries(PICKS).entries()) {
    const sessionId = `s-${user}`;
    await store.quiz.insertSession({
      id: sessionId, scope: 'T1', channel: n < 3 ? 'C1' : 'C2', platform: 'slack', starter: user, starterName: `name ${user}`,
      mode: 'solo', lang: 'ko', topic: null, itemIds, current: 3, closed: false, openedAt: T0, deadline: null,
      status: 'finished', startedAt: T0, finishedAt: T0 + 60_000,
    });
    for (const [index, choice] of picks.entries()) {
      const it = BANK[index];
      await store.quiz.insertResponse({
        sessionId, index, user, userName: `name ${user}`, scope: 'T1', itemId: it.id, sectionId: it.sectionId,
        choice, correct: choice === it.answer, points: choice === it.answer ? 10 : 0, elapsedMs: 1000, at: T0 + index * 1000 + n,
      });
    }
  }
  return { store, clock, openSource: () => db.openSource(), cleanup: async () => (await store.close(), await db.cleanup()) };
}
