// The ReportSource contract: what the tutor recorded through the Store, read back through the
// dashboard's source, row for row and in the same order, for every backend (report-sqlite.test.ts,
// report-postgres.test.ts).
import { afterEach, expect, it } from 'vitest';
import type { ReportSource } from '../../src/report/source.ts';
import { describeEachBackend, type ReportBackend } from './backends.ts';
import { buildFixture, DAY, T0, type Fixture } from './fixture.ts';

export function reportSourceContract(backend: ReportBackend): void {
  describeEachBackend('ReportSource contract', () => {
    let fx: Fixture | undefined;
    let source: ReportSource | undefined;
    afterEach(async () => {
      await source?.close();
      await fx?.cleanup();
      fx = source = undefined;
    });

    it('reads questions with their context, passage and votes', async () => {
      fx = await buildFixture(backend);
      const id = await fx.store.logAnswer({
        question: '스팟이 뭐야?', answered: true, sectionId: '3.3', score: 0.8, user: 'U1', scope: 'T1', platform: 'slack',
        channel: 'C1', userName: '김학생', passage: '스팟 인스턴스는 …',
      });
      fx.clock.now = T0 + DAY;
      await fx.store.logAnswer({ question: '점심 메뉴', answered: false, sectionId: null, score: 0.1, user: 'U2', scope: 'G1', platform: 'discord', channel: 'D1' });
      for (const [user, vote] of [['U1', 'down'], ['U2', 'down'], ['U3', 'up']] as const) {
        await fx.store.recordFeedback({ answerId: id, vote, user, scope: 'T1', platform: 'slack' });
      }
      source = await fx.openSource();
      const rows = await source.questions({});
      expect(rows).toEqual([
        { id, at: T0, platform: 'slack', scope: 'T1', channel: 'C1', user: 'U1', userName: '김학생', question: '스팟이 뭐야?',
          answered: true, sectionId: '3.3', score: 0.8, passage: '스팟 인스턴스는 …', up: 1, down: 2 },
        { id: expect.any(String), at: T0 + DAY, platform: 'discord', scope: 'G1', channel: 'D1', user: 'U2', userName: null,
          question: '점심 메뉴', answered: false, sectionId: null, score: 0.1, passage: null, up: 0, down: 0 },
      ]);
      expect((await source.questions({ platform: 'discord' })).map((r) => r.question)).toEqual(['점심 메뉴']);
      expect((await source.questions({ scope: 'T1', channel: 'C1' })).map((r) => r.question)).toEqual(['스팟이 뭐야?']);
      expect(await source.questions({ fromMs: T0 + 1, toMs: T0 + DAY })).toEqual([]);
      expect((await source.questions({ fromMs: T0 + 1, toMs: T0 + DAY + 1 })).map((r) => r.question)).toEqual(['점심 메뉴']);
      expect(await source.places()).toEqual([
        { platform: 'discord', scope: 'G1', channel: 'D1' },
        { platform: 'slack', scope: 'T1', channel: 'C1' },
        { platform: 'slack', scope: 'T1', channel: 'C2' },
      ]);
    });

    it('places: a question logged without a channel sorts first, as one place', async () => {
      fx = await buildFixture(backend);
      for (let k = 0; k < 2; k++) {
        await fx.store.logAnswer({ question: `old ${k}`, answered: false, sectionId: null, score: 0, user: 'U', scope: 'T1', platform: 'slack' });
      }
      source = await fx.openSource();
      expect(await source.places()).toEqual([
        { platform: 'slack', scope: 'T1', channel: null },
        { platform: 'slack', scope: 'T1', channel: 'C1' },
        { platform: 'slack', scope: 'T1', channel: 'C2' },
      ]);
    });

    it('reads quiz answers with their session, in answer order, narrowed by each filter', async () => {
      fx = await buildFixture(backend);
      source = await fx.openSource();
      const all = await source.quizAnswers({});
      expect(all).toHaveLength(15);
      expect(all[0]).toEqual({
        at: T0, platform: 'slack', scope: 'T1', channel: 'C1', sessionId: 's-L1', mode: 'solo', user: 'L1', userName: 'name L1',
        itemId: 'A', sectionId: '3.3', choice: 0, correct: true,
      });
      expect(all.map((a) => a.at)).toEqual([...all.map((a) => a.at)].sort((x, y) => x - y));
      expect(all.filter((a) => !a.correct)).toHaveLength(7);
      expect(new Set((await source.quizAnswers({ channel: 'C2' })).map((a) => a.user))).toEqual(new Set(['L4', 'L5']));
      expect(await source.quizAnswers({ fromMs: T0 + 1 })).toHaveLength(14); // L1's first answer is at T0 exactly
      expect(await source.quizAnswers({ toMs: T0 })).toEqual([]);
      expect(await source.quizAnswers({ platform: 'discord' })).toEqual([]);
      expect(await source.quizAnswers({ platform: 'slack', scope: 'T1', channel: 'C1', fromMs: T0, toMs: T0 + 1000 })).toHaveLength(3);
    });

    it('learner states: streak from the running totals, review cards due now', async () => {
      fx = await buildFixture(backend);
      await fx.store.quiz.saveUserStats({ scope: 'T1', user: 'L1', name: 'Lee', answered: 3, correct: 3, points: 30, streak: 3, bestStreak: 4, updatedAt: T0 });
      await fx.store.quiz.saveUserStats({ scope: 'T1', user: 'K9', name: null, answered: 1, correct: 0, points: 0, streak: 0, bestStreak: 1, updatedAt: T0 });
      for (const [itemId, dueAt] of [['A', T0 - 1], ['B', T0], ['C', T0 + 1]] as const) {
        await fx.store.quiz.saveReviewCard({ scope: 'T1', user: 'L1', itemId, box: 1, dueAt, lastAt: T0 - DAY, lapses: 1 });
      }
      source = await fx.openSource();
      expect(await source.learnerStates({}, T0)).toEqual([
        { scope: 'T1', user: 'K9', name: null, streak: 0, bestStreak: 1, due: 0 },
        { scope: 'T1', user: 'L1', name: 'Lee', streak: 3, bestStreak: 4, due: 2 },
      ]);
      expect((await source.learnerStates({ platform: 'slack', scope: 'T1' }, T0 + 1)).map((r) => r.due)).toEqual([0, 3]);
      expect(await source.learnerStates({ platform: 'discord' }, T0)).toEqual([]);
      expect(await source.learnerStates({ scope: 'G1' }, T0)).toEqual([]);
    });

    it('sees what the tutor writes after it was opened (its own connection)', async () => {
      fx = await buildFixture(backend);
      source = await fx.openSource();
      expect(await source.questions({})).toEqual([]);
      await fx.store.logAnswer({ question: 'later', answered: false, sectionId: null, score: 0, user: 'U', scope: 'T1', platform: 'slack' });
      expect((await source.questions({})).map((r) => r.question)).toEqual(['later']);
    });

    it('closing twice is harmless', async () => {
      fx = await buildFixture(backend);
      const s = await fx.openSource();
      await s.close();
      await expect(s.close()).resolves.toBeUndefined();
    });
  }, [backend]);
}
