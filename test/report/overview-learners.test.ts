import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeLearners, dailySeries, dayKey, overviewTotals, startOfDay, WEEK_MS } from '../../src/report/overview.ts';
import { learnerStats, compareSectionIds } from '../../src/report/learners.ts';
import { quizItemsCsv, learnersCsv } from '../../src/report/exports.ts';
import { itemStats } from '../../src/report/items.ts';
import type { ReportSource } from '../../src/report/source.ts';
import { describeEachBackend } from './backends.ts';
import { BANK, buildFixture, DAY, T0, type Fixture } from './fixture.ts';
import { csvRecords } from './csv-parse.ts';

describeEachBackend('reports on the known store', (backend) => {
  let fx: Fixture;
  let source: ReportSource;
  beforeEach(async () => {
    fx = await buildFixture(backend);
    // Day 0: one answered question (👍 and 👎) and one declined; day 2: one declined.
    const a = await fx.store.logAnswer({ question: 'EC2?', answered: true, sectionId: '2', score: 0.9, user: 'L1', scope: 'T1', platform: 'slack', channel: 'C1', userName: 'Lee' });
    await fx.store.recordFeedback({ answerId: a, vote: 'up', user: 'L2', scope: 'T1', platform: 'slack' });
    await fx.store.recordFeedback({ answerId: a, vote: 'down', user: 'L3', scope: 'T1', platform: 'slack' });
    await fx.store.logAnswer({ question: '점심?', answered: false, sectionId: null, score: 0, user: 'L6', scope: 'T1', platform: 'slack', channel: 'C1' });
    fx.clock.now = T0 + 2 * DAY;
    await fx.store.logAnswer({ question: '저녁?', answered: false, sectionId: null, score: 0, user: 'L6', scope: 'T1', platform: 'slack', channel: 'C1' });
    await fx.store.quiz.saveUserStats({ scope: 'T1', user: 'L1', name: 'Lee (stats)', answered: 3, correct: 3, points: 30, streak: 3, bestStreak: 3, updatedAt: T0 });
    await fx.store.quiz.saveReviewCard({ scope: 'T1', user: 'L4', itemId: 'A', box: 1, dueAt: T0, lastAt: T0, lapses: 1 });
    await fx.store.quiz.saveUserStats({ scope: 'T1', user: 'L4', name: null, answered: 3, correct: 0, points: 0, streak: 0, bestStreak: 0, updatedAt: T0 });
    source = await fx.openSource();
  });
  afterEach(async () => {
    await source.close();
    await fx.cleanup();
  });

  describe('overview', () => {
    it('questions and quiz answers per calendar day, with empty days present', async () => {
      const q = await source.questions({});
      const a = await source.quizAnswers({});
      // From the middle of day 0 to the start of day 3: days 0, 1, 2.
      const days = dailySeries(q, a, T0, startOfDay(T0 + 3 * DAY));
      expect(days.map((d) => d.day)).toEqual([dayKey(T0), dayKey(T0 + DAY), dayKey(T0 + 2 * DAY)]);
      expect(days.map((d) => [d.answered, d.declined, d.quizAnswers, d.quizCorrect])).toEqual([
        [1, 1, 15, 8], // quiz: 3 + 3 + 2 right (items A, B, C)
        [0, 0, 0, 0],
        [0, 1, 0, 0],
      ]);
      expect(overviewTotals(q, a)).toEqual({ questions: 3, answered: 1, declined: 2, up: 1, down: 1, quizAnswers: 15, quizCorrect: 8 });
    });

    it('active learners: anyone who asked or answered in the window, counted once', async () => {
      const q = await source.questions({});
      const a = await source.quizAnswers({});
      expect(activeLearners(q, a, T0 - WEEK_MS)).toBe(6); // L1..L5 and L6 (questions only)
      expect(activeLearners(q, a, T0 + DAY)).toBe(1); // only L6 asked on day 2
    });
  });

  describe('learners', () => {
    it('per learner: questions, quiz answers, accuracy per section, streak, review due, latest name', async () => {
      const learners = learnerStats(await source.questions({}), await source.quizAnswers({}), await source.learnerStates({}, T0));
      const by = Object.fromEntries(learners.map((l) => [l.user, l]));
      expect(by.L1).toMatchObject({
        name: 'name L1', // the quiz answers came after the question, so their name is the latest
        questions: 1, quizAnswers: 3, quizCorrect: 3, accuracy: 1, streak: 3, due: 0,
        sections: [{ sectionId: '3.3', answered: 2, correct: 2 }, { sectionId: '4', answered: 1, correct: 1 }],
      });
      expect(by.L4).toMatchObject({ questions: 0, quizAnswers: 3, quizCorrect: 0, accuracy: 0, due: 1 });
      expect(by.L6).toMatchObject({ name: null, questions: 2, quizAnswers: 0, accuracy: null });
      expect(learners[0].user).toBe('L1'); // most active: 1 question + 3 answers
      const csv = csvRecords(learnersCsv(learners).slice(1));
      expect(csv.find((r) => r.user === 'L1')).toMatchObject({ accuracy: '1', review_due: '0', sections: '3.3:2/2 4:1/1' });
    });

    it('section ids sort as numbers', () => {
      expect(['3.10', '3.9', '10', '3', '3.3.1'].sort(compareSectionIds)).toEqual(['3', '3.3.1', '3.9', '3.10', '10']);
    });
  });

  describe('quiz-items.csv', () => {
    it('one row per item with the statistics', async () => {
      const rows = csvRecords(quizItemsCsv(itemStats(await source.quizAnswers({}), BANK)).slice(1));
      expect(rows.map((r) => r.item_id)).toEqual(['A', 'B', 'C', 'Z']);
      expect(rows[2]).toMatchObject({
        section: '4', prompt: 'prompt C', correct_choice: '3', attempts: '5', correct: '2', facility: '0.4', discrimination: '0.3273',
        choice_1_picked: '3', choice_2_picked: '0', choice_3_picked: '2', choice_4_picked: '', flags: 'distractor-beats-key',
      });
      expect(rows[3]).toMatchObject({ attempts: '0', facility: '', discrimination: '' });
    });
  });
});
