// `tutor migrate-store --to <url>`: an existing SQLite store, made by real quiz play, copied into
// a real PostgreSQL database by the real command; everything a learner or instructor sees reads the same.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { openPostgresStore } from '../../src/store/postgres/store.ts';
import type { Store } from '../../src/store/store.ts';
import { createQuizService } from '../../src/quiz/service.ts';
import { SECTIONS, makeBank, resolveTopic, choiceIds, itemOf, ctx, seeded } from '../quiz/helpers.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const bank = makeBank();
const clock = { now: Date.UTC(2025, 0, 8, 3, 0, 0) };
const quizOn = (store: Store) => createQuizService({ store, sections: SECTIONS, resolveTopic, now: () => clock.now, bank, random: seeded(3), channelSeconds: 30 });

/** Everything the tutor shows about `users`, read through the Store interface. */
async function snapshot(store: Store, users: string[], sessionIds: string[]) {
  const q = store.quiz;
  const per = [];
  for (const u of users) {
    per.push({
      stats: await q.userStats('T1', u),
      cards: (await q.reviewCards('T1', u)).sort((a, b) => a.itemId.localeCompare(b.itemId)),
      tally: await q.sectionTally('T1', u),
      active: await q.activeSessions({ scope: 'T1', starter: u }),
    });
  }
  const sessions = [];
  for (const id of sessionIds) sessions.push({ session: await q.session(id), responses: await q.responses(id) });
  return {
    per,
    sessions,
    board: await q.leaderboard('T1', null, 10),
    week: await q.leaderboard('T1', clock.now - 86_400_000, 10, 'L1'),
    feedback: await store.feedbackReport({ scope: 'T1' }),
  };
}

describe.skipIf(NO_PG)(`migrate-store${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  it('copies scores, streaks, review queues, quizzes, question logs and feedback; running it again adds nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'migrate-store-'));
    try {
      const sqlite = openSqliteStore(join(dataDir, 'tutor.db'));
      const quiz = quizOn(sqlite);
      const users = ['L1', 'L2', 'L3'];
      const sessionIds: string[] = [];
      // Each learner plays a solo quiz, getting some right (streaks) and some wrong (review cards).
      for (const [k, u] of users.entries()) {
        let r = await quiz.command('3 4', ctx(u), 'ko');
        sessionIds.push(choiceIds(r)[0].split(':')[1]);
        for (let n = 0; choiceIds(r).length; n++) {
          const item = itemOf(bank, r.text);
          clock.now += 1000;
          const pick = (n + k) % 3 === 0 ? (item.answer + 1) % 4 : item.answer;
          r = (await quiz.act(choiceIds(r)[pick], ctx(u), 'ko'))!.replace!;
        }
      }
      // A solo quiz left half-way (it must carry on after the move) and a channel question.
      const half = await quiz.command('4 3', ctx('L1'), 'ko');
      sessionIds.push(choiceIds(half)[0].split(':')[1]);
      await quiz.act(choiceIds(half)[0], ctx('L1'), 'ko');
      const ch = await quiz.command('channel 5 2', ctx('L2'), 'ko');
      sessionIds.push(choiceIds(ch)[0].split(':')[1]);
      for (const u of users) await quiz.act(choiceIds(ch)[1], ctx(u), 'ko');
      // The question log and feedback.
      const a1 = await sqlite.logAnswer({ question: '스팟이 뭐야?', answered: true, sectionId: '3.3', score: 0.9, user: 'L1', scope: 'T1', platform: 'slack' });
      await sqlite.logAnswer({ question: '날씨는?', answered: false, sectionId: null, score: 0, user: 'L2', scope: 'T1', platform: 'slack' });
      await sqlite.recordFeedback({ answerId: a1, vote: 'down', user: 'L2', scope: 'T1', platform: 'slack' });
      const before = await snapshot(sqlite, users, sessionIds);
      expect(before.per[0].stats?.answered).toBeGreaterThan(0);
      expect(before.per.some((p) => p.cards.some((c) => c.box === 1))).toBe(true);
      await sqlite.close();

      const url = await createTestDatabase('copy');
      const run = () => spawnSync(tsx, ['src/cli.ts', 'migrate-store', '--to', url], {
        cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir }, encoding: 'utf8', timeout: 60_000,
      });
      const first = run();
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^answers: 2 copied$/m);
      expect(first.stdout).toMatch(/^quiz_sessions: 5 copied$/m);

      const pgStore = await openPostgresStore(url);
      try {
        expect(await snapshot(pgStore, users, sessionIds)).toEqual(before);
        expect((await pgStore.answerLog(a1))?.question).toBe('스팟이 뭐야?');
        // The half-played quiz carries on from PostgreSQL.
        await quizOn(pgStore).act(`quiz:${sessionIds[3]}:1:0`, ctx('L1'), 'ko');
        expect((await pgStore.quiz.responses(sessionIds[3])).map((r) => r.index)).toEqual([0, 1]);
      } finally {
        await pgStore.close();
      }

      const again = run();
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/^answers: 0 copied, 2 already there$/m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('migrate-store: bad input', () => {
  it('without a postgres URL: usage, exit 2, nothing touched', () => {
    const r = spawnSync(tsx, ['src/cli.ts', 'migrate-store', '--to', 'mysql://x'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--to needs a postgres:\/\/ URL/);
  });
});
