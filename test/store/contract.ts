// The Store contract: the same tests run against every implementation (contract-sqlite.test.ts,
// contract-postgres.test.ts). `database()` makes a fresh, empty database; its `open()` may be
// called several times to get several instances (connections, pools) sharing that database.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import type { QuizResponseRow, QuizSessionRow, Store } from '../../src/store/store.ts';
import { createQuizService } from '../../src/quiz/service.ts';
import { createScheduler, LEASE_MS, type MessageSink } from '../../src/schedule.ts';
import type { Reply } from '../../src/reply.ts';
import { SECTIONS, makeBank, resolveTopic, choiceIds, itemOf, ctx } from '../quiz/helpers.ts';

export interface TestDatabase {
  open(): Promise<Store>;
  /** Drops what `database()` made (after every store opened on it is closed). */
  cleanup(): Promise<void>;
}

export const session = (over: Partial<QuizSessionRow> = {}): QuizSessionRow => ({
  id: 'abcd1234', scope: 'T', channel: 'C', platform: 'slack', starter: 'U', starterName: 'Una', mode: 'solo', lang: 'ko',
  topic: '3.3', itemIds: ['a', 'b'], current: 0, closed: false, openedAt: 1000, deadline: null, status: 'active',
  startedAt: 1000, finishedAt: null, ...over,
});
export const resp = (over: Partial<QuizResponseRow> = {}): QuizResponseRow => ({
  sessionId: 'abcd1234', index: 0, user: 'U', userName: 'Una', scope: 'T', itemId: 'a', sectionId: '3.3', choice: 1,
  correct: true, points: 10, elapsedMs: 500, at: 1500, ...over,
});

export function storeContract(name: string, database: () => Promise<TestDatabase>): void {
  describe(`Store contract: ${name}`, () => {
    let db: TestDatabase;
    const opened: Store[] = [];
    const open = async () => {
      const s = await db.open();
      opened.push(s);
      return s;
    };
    beforeEach(async () => {
      db = await database();
    });
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await db.cleanup();
    });

    it('logs answers and feedback; a second vote replaces the first; the report counts them', async () => {
      const store = await open();
      const base = { sectionId: '3.3', score: 0.8, user: 'U', scope: 'T', platform: 'slack' };
      const id = await store.logAnswer({ question: 'q1', answered: true, ...base });
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      expect(await store.answerLog(id)).toEqual({ question: 'q1', answered: true, ...base });
      expect(await store.answerLog('nope')).toBeUndefined();
      await store.recordFeedback({ answerId: id, vote: 'up', user: 'U', scope: 'T', platform: 'slack' });
      await store.recordFeedback({ answerId: id, vote: 'down', user: 'U', scope: 'T', platform: 'slack' });
      await store.recordFeedback({ answerId: id, vote: 'down', user: 'V', scope: 'T', platform: 'slack' });
      await store.recordFeedback({ answerId: id, vote: 'up', user: 'W', scope: 'T', platform: 'slack' });
      for (let k = 0; k < 3; k++) await store.logAnswer({ question: '모르는 질문', answered: false, ...base, sectionId: null, score: 0.1 });
      await store.logAnswer({ question: 'elsewhere', answered: false, ...base, scope: 'X', sectionId: null, score: 0.1 });
      const report = await store.feedbackReport({ scope: 'T' });
      expect(report.disliked).toEqual([{ question: 'q1', sectionId: '3.3', down: 2, up: 1 }]);
      expect(report.unanswered).toEqual([{ question: '모르는 질문', times: 3, lastAt: expect.any(Number) }]);
      expect((await store.feedbackReport()).unanswered.map((u) => u.question).sort()).toEqual(['elsewhere', '모르는 질문']);
    });

    it('round-trips sessions and patches', async () => {
      const q = (await open()).quiz;
      await q.insertSession(session({ mode: 'channel', deadline: 31_000 }));
      await q.updateSession('abcd1234', { current: 1, closed: true, openedAt: 2000 });
      expect(await q.session('abcd1234')).toEqual(session({ mode: 'channel', deadline: 31_000, current: 1, closed: true, openedAt: 2000 }));
      await q.updateSession('abcd1234', { status: 'finished', finishedAt: 9000, closed: false });
      expect(await q.session('abcd1234')).toMatchObject({ status: 'finished', finishedAt: 9000, closed: false });
      expect(await q.session('zzzz')).toBeUndefined();
    });

    it('finds active sessions by starter and channel, newest first', async () => {
      const q = (await open()).quiz;
      await q.insertSession(session({ id: 's1', startedAt: 1 }));
      await q.insertSession(session({ id: 's2', startedAt: 2 }));
      await q.insertSession(session({ id: 's3', starter: 'V', channel: 'C2', mode: 'channel' }));
      await q.insertSession(session({ id: 's4', status: 'finished' }));
      expect((await q.activeSessions({ scope: 'T', starter: 'U' })).map((s) => s.id)).toEqual(['s2', 's1']);
      expect((await q.activeSessions({ scope: 'T', channel: 'C2', mode: 'channel' })).map((s) => s.id)).toEqual(['s3']);
      expect(await q.activeSessions({ scope: 'other' })).toEqual([]);
    });

    it('one response per (session, question, user)', async () => {
      const q = (await open()).quiz;
      expect(await q.insertResponse(resp())).toBe(true);
      expect(await q.insertResponse(resp({ choice: 2, correct: false }))).toBe(false);
      expect(await q.insertResponse(resp({ user: 'V' }))).toBe(true);
      expect(await q.responseCount('abcd1234', 0)).toBe(2);
      expect(await q.response('abcd1234', 0, 'U')).toEqual(resp());
      expect((await q.responses('abcd1234')).map((r) => r.user)).toEqual(['U', 'V']);
    });

    it('records an answer with its stats and card at once; a repeat writes nothing', async () => {
      const q = (await open()).quiz;
      const stats = { scope: 'T', user: 'U', name: 'Una', answered: 1, correct: 1, points: 10, streak: 1, bestStreak: 1, updatedAt: 1500 };
      const card = { scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9000, lastAt: 1500, lapses: 0 };
      expect(await q.transaction(() => q.recordAnswer(resp(), stats, card))).toBe(true);
      expect(await q.recordAnswer(resp({ choice: 2 }), { ...stats, answered: 2, points: 99 }, { ...card, box: 1 })).toBe(false);
      expect(await q.response('abcd1234', 0, 'U')).toEqual(resp());
      expect(await q.userStats('T', 'U')).toEqual(stats);
      expect(await q.reviewCard('T', 'U', 'a')).toEqual(card);
    });

    it("reads a click's state at once: the session and the clicker's answer, stats and card for one question", async () => {
      const q = (await open()).quiz;
      expect(await q.clickState('abcd1234', 'U')).toBeUndefined();
      await q.insertSession(session({ current: 1 }));
      expect(await q.clickState('abcd1234', 'U')).toEqual({ session: session({ current: 1 }) });
      const stats = { scope: 'T', user: 'U', name: 'Una', answered: 1, correct: 1, points: 10, streak: 1, bestStreak: 1, updatedAt: 1500 };
      const card = { scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9000, lastAt: 1500, lapses: 0 };
      await q.recordAnswer(resp(), stats, card);
      await q.saveReviewCard({ ...card, scope: 'other' });
      // Question 0 (item 'a'), answered; the current one, 1 (item 'b'), not yet; another learner has nothing.
      expect(await q.clickState('abcd1234', 'U', 0)).toEqual({ session: session({ current: 1 }), response: resp(), stats, card });
      expect(await q.clickState('abcd1234', 'U')).toEqual({ session: session({ current: 1 }), stats });
      expect(await q.clickState('abcd1234', 'V', 0)).toEqual({ session: session({ current: 1 }) });
      expect(await q.clickState('abcd1234', 'U', 7)).toEqual({ session: session({ current: 1 }), stats });
    });

    it('a write that fails inside a transaction fails it with its own error, and nothing is kept', async () => {
      const q = (await open()).quiz;
      await q.insertSession(session());
      const duplicate = /duplicate key|UNIQUE constraint/;
      await expect(q.transaction(async () => {
        await q.insertResponse(resp());
        await q.insertSession(session()); // the same id again
        return 'committed';
      })).rejects.toThrow(duplicate);
      // A read after the failed write reports the write's error, not a consequence of it.
      await expect(q.transaction(async () => {
        await q.insertSession(session());
        return q.session('abcd1234');
      })).rejects.toThrow(duplicate);
      expect(await q.responseCount('abcd1234', 0)).toBe(0);
    });

    it('transactions roll back everything when the work throws; a nested one joins', async () => {
      const q = (await open()).quiz;
      await expect(q.transaction(async () => {
        await q.insertResponse(resp());
        await q.transaction(() => q.insertSession(session()));
        throw new Error('boom');
      })).rejects.toThrow('boom');
      expect(await q.responseCount('abcd1234', 0)).toBe(0);
      expect(await q.session('abcd1234')).toBeUndefined();
      expect(await q.transaction(async () => 42)).toBe(42);
    });

    it('leaderboards: all time from running totals, a period from its answers; ranks the asker', async () => {
      const q = (await open()).quiz;
      const stats = (user: string, points: number, updatedAt: number) =>
        q.saveUserStats({ scope: 'T', user, name: user.toUpperCase(), answered: 3, correct: points / 10, points, streak: 0, bestStreak: 1, updatedAt });
      for (const [i, u] of ['a', 'b', 'c', 'd'].entries()) await stats(u, 10 * (i + 1), i);
      await stats('e', 20, 99); // ties with b, later: ranks after b
      await q.saveUserStats({ scope: 'X', user: 'z', name: 'Z', answered: 1, correct: 1, points: 999, streak: 1, bestStreak: 1, updatedAt: 0 });
      const all = await q.leaderboard('T', null, 3, 'e');
      expect(all.top.map((r) => r.user)).toEqual(['d', 'c', 'b']);
      expect(all.me).toEqual({ rank: 4, row: { user: 'e', name: 'E', points: 20, answered: 3, correct: 2 } });
      expect((await q.leaderboard('T', null, 3, 'nobody')).me).toBeUndefined();

      await q.insertResponse(resp({ user: 'a', points: 12, at: 100 }));
      await q.insertResponse(resp({ user: 'b', points: 5, at: 50 })); // before the period
      await q.insertResponse(resp({ user: 'b', index: 1, points: 7, at: 150 }));
      await q.insertResponse(resp({ user: 'a', index: 1, points: 0, correct: false, at: 160 }));
      const week = await q.leaderboard('T', 100, 10, 'b');
      expect(week.top).toEqual([
        { user: 'a', name: 'A', points: 12, answered: 2, correct: 1 },
        { user: 'b', name: 'B', points: 7, answered: 1, correct: 1 },
      ]);
      expect(week.me?.rank).toBe(2);
    });

    it('review cards and per-section tallies', async () => {
      const q = (await open()).quiz;
      await q.saveReviewCard({ scope: 'T', user: 'U', itemId: 'a', box: 1, dueAt: 5, lastAt: 5, lapses: 1 });
      await q.saveReviewCard({ scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9, lastAt: 6, lapses: 1 });
      expect(await q.reviewCards('T', 'U')).toEqual([{ scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9, lastAt: 6, lapses: 1 }]);
      expect(await q.reviewCard('T', 'U', 'b')).toBeUndefined();
      await q.insertResponse(resp({ sectionId: '3.3' }));
      await q.insertResponse(resp({ index: 1, sectionId: '3.3', correct: false }));
      await q.insertResponse(resp({ sessionId: 'other', sectionId: '4.2' }));
      expect(await q.sectionTally('T', 'U')).toEqual([
        { sectionId: '3.3', answered: 2, correct: 1 },
        { sectionId: '4.2', answered: 1, correct: 1 },
      ]);
    });

    it('two instances, one channel quiz: every learner answers through both at once and counts once', async () => {
      const clock = { now: Date.UTC(2025, 0, 8, 3, 0, 0) };
      const bank = makeBank();
      const quizOn = (store: Store) =>
        createQuizService({ store, sections: SECTIONS, resolveTopic, now: () => clock.now, bank, channelSeconds: 60 });
      const [one, two] = [quizOn(await open()), quizOn(await open())];
      const q = await one.command('channel 3.3 2', ctx('S'), 'ko');
      const ids = choiceIds(q);
      const item = itemOf(bank, q.text);
      const learners = Array.from({ length: 12 }, (_, k) => ctx(`L${k}`));
      // Each learner clicks twice (right, then wrong) at the same moment, one click per instance.
      const results = await Promise.all(learners.flatMap((who) => [
        one.act(ids[item.answer], who, 'ko'),
        two.act(ids[(item.answer + 1) % 4], who, 'ko'),
      ]));
      const counted = results.filter((r) => r?.reply?.text.includes('답했습니다.') && r.reply.text.includes('마감되면'));
      expect(counted).toHaveLength(learners.length);
      const check = (await open()).quiz;
      const session = choiceIds(q)[0].split(':')[1];
      expect(await check.responseCount(session, 0)).toBe(learners.length);
      for (const who of learners) {
        const stats = await check.userStats('T1', who.user);
        expect(stats).toMatchObject({ answered: 1 });
        expect(stats!.points).toBe((await check.response(session, 0, who.user))!.points);
      }
      const board = await check.leaderboard('T1', null, 100);
      expect(board.top.reduce((n, r) => n + r.answered, 0)).toBe(learners.length);
    });

    it('jobs: a due job goes to one claimer; a claim that runs out is claimed again; done and cancel remove', async () => {
      const [a, b] = [(await open()).jobs, (await open()).jobs];
      const job = (id: string, dueAt: number, sink = 'slack') => ({ id, sink, actionId: `quiz:x:close:${id}`, dueAt, ctx: '{}', ref: '{}' });
      for (let k = 0; k < 10; k++) await a.put(job(`j${k}`, 100 + k));
      await a.put(job('later', 5000));
      await a.put(job('other-sink', 100, 'discord'));
      const [ca, cb] = await Promise.all([a.claimDue(['slack'], 1000, 'A', 1000 + LEASE_MS, 20), b.claimDue(['slack'], 1000, 'B', 1000 + LEASE_MS, 20)]);
      const ids = [...ca, ...cb].map((j) => j.id).sort();
      expect(ids).toEqual(Array.from({ length: 10 }, (_, k) => `j${k}`).sort());
      expect(await b.claimDue(['slack'], 1001, 'B', 1001 + LEASE_MS, 20)).toEqual([]);
      // A moved job keeps its claim; whoever does not hold it cannot remove it. (Which of A and B
      // claimed j0 in the race above varies from run to run.)
      const notHolder = ca.some((j) => j.id === 'j0') ? 'B' : 'A';
      await a.put(job('j0', 50));
      await b.done('j0', notHolder);
      expect(await b.claimDue(['slack'], 1000 + LEASE_MS + 1, 'B', 9e12, 1)).toEqual([expect.objectContaining({ id: 'j0', dueAt: 50 })]);
      await b.done('j0', 'B');
      // The rest of the claims have run out: B claims them again.
      const again = await b.claimDue(['slack'], 1000 + LEASE_MS + 1, 'B', 1e14, 20);
      expect(again.map((j) => j.id)).toContain('j5');
      expect(again.map((j) => j.id)).not.toContain('j0');
      await a.cancel('later');
      expect(await a.claimDue(['slack', 'discord'], 1e13, 'A', 2e13, 50)).toEqual([expect.objectContaining({ id: 'other-sink' })]);
    });

    it('seen events: one instance sees a key first; a repeat anywhere is not first; it expires', async () => {
      const [a, b] = [(await open()).seen, (await open()).seen];
      const results = await Promise.all(Array.from({ length: 8 }, (_, k) => (k % 2 ? a : b).firstSeen('slack:Ev1', 1000, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await a.firstSeen('slack:Ev2', 1000, 60_000)).toBe(true);
      expect(await b.firstSeen('slack:Ev1', 61_001, 60_000)).toBe(true);
    });

    it('scheduler: two instances, one due close: exactly one edits and posts; a dead instance\'s timers run on the other', async () => {
      const clock = { now: Date.UTC(2025, 0, 8, 3, 0, 0) };
      const bank = makeBank();
      const instance = async (name: string) => {
        const store = await open();
        const quiz = createQuizService({ store, sections: SECTIONS, resolveTopic, now: () => clock.now, bank, channelSeconds: 30 });
        const seen: { op: 'edit' | 'post'; by: string; ref: unknown; reply: Reply }[] = [];
        let posts = 0;
        const sink: MessageSink<{ m: string }> = {
          edit: async (ref, reply) => void seen.push({ op: 'edit', by: name, ref, reply }),
          post: async (ref, reply) => (seen.push({ op: 'post', by: name, ref, reply }), { m: `${name}-${++posts}` }),
        };
        const scheduler = createScheduler({ jobs: store.jobs, act: async (id, c) => (await quiz.act(id, c, 'ko'))!, now: () => clock.now, pollMs: 3_600_000 });
        scheduler.register('chat', sink);
        return { quiz, scheduler, seen };
      };
      const [one, two] = [await instance('one'), await instance('two')];
      const q = await one.quiz.command('channel 3.3 3', ctx('S'), 'ko');
      await one.scheduler.track('chat', q, ctx('S'), { m: 'q1' });
      expect(await two.scheduler.runDue()).toBe(0); // not due yet
      clock.now += 30_000;
      const ran = await Promise.all([one.scheduler.runDue(), two.scheduler.runDue(), one.scheduler.runDue(), two.scheduler.runDue()]);
      expect(ran.reduce((n, k) => n + k, 0)).toBe(1);
      const all = [...one.seen, ...two.seen];
      expect(all.map((e) => e.op).sort()).toEqual(['edit', 'post']);
      expect(all.find((e) => e.op === 'edit')).toMatchObject({ ref: { m: 'q1' }, reply: { title: '채널 퀴즈 1/3 · 마감' } });
      const posted = all.find((e) => e.op === 'post')!;
      expect(posted.reply.title).toBe('채널 퀴즈 2/3');

      // The instance that posted question 2 holds its timer in the store only; it dies, the other closes it.
      const survivor = posted.by === 'one' ? two : one;
      const before = survivor.seen.length;
      clock.now += 30_000;
      expect(await survivor.scheduler.runDue()).toBe(1);
      expect(survivor.seen.slice(before).map((e) => [e.op, e.reply.title])).toEqual([['edit', '채널 퀴즈 2/3 · 마감'], ['post', '채널 퀴즈 3/3']]);
      await one.scheduler.stop();
      await two.scheduler.stop();
    });
  });
}
