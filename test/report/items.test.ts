// Quiz item statistics on a store with known answers; every expected figure is worked out by hand
// in the comments (facility = share correct; discrimination = Pearson correlation between the item
// score and the rest-of-test score, over learners — Moodle's discrimination index).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemStats, MIN_LEARNERS_FOR_DISCRIMINATION, sectionStats } from '../../src/report/items.ts';
import type { QuizAnswerRow } from '../../src/report/source.ts';
import { describeEachBackend } from './backends.ts';
import { BANK, buildFixture, T0, type Fixture } from './fixture.ts';

describeEachBackend('itemStats on the known store', (backend) => {
  let fx: Fixture;
  beforeEach(async () => {
    fx = await buildFixture(backend);
  });
  afterEach(() => fx.cleanup());

  async function answers(): Promise<QuizAnswerRow[]> {
    const source = await fx.openSource();
    try {
      return await source.quizAnswers({});
    } finally {
      await source.close();
    }
  }

  it('facility is the share of correct answers', async () => {
    const stats = itemStats(await answers(), BANK);
    const by = Object.fromEntries(stats.map((s) => [s.itemId, s]));
    // A: L1 L2 L3 right of 5; B: L1 L2 L5; C: L1 L3.
    expect(by.A).toMatchObject({ attempts: 5, correct: 3, facility: 0.6 });
    expect(by.B).toMatchObject({ attempts: 5, correct: 3, facility: 0.6 });
    expect(by.C).toMatchObject({ attempts: 5, correct: 2, facility: 0.4 });
    expect(by.Z).toMatchObject({ attempts: 0, correct: 0, facility: null, discrimination: null });
  });

  it('discrimination is the correlation of item score with the rest of the learner’s answers', async () => {
    const by = Object.fromEntries(itemStats(await answers(), BANK).map((s) => [s.itemId, s]));
    // A: item x = [1,1,1,0,0]; rest (B,C) y = [1, .5, .5, 0, .5].
    //   mean x .6, mean y .5; Σdxdy = .2+0+0+.3+0 = .5; Σdx² = 1.2; Σdy² = .5 → r = .5/√.6 = 0.6455
    expect(by.A.discrimination).toBeCloseTo(0.5 / Math.sqrt(0.6), 10);
    expect(by.A.discrimination).toBeCloseTo(0.6455, 4);
    // B: x = [1,1,0,0,1]; rest (A,C) y = [1, .5, 1, 0, 0]; Σdxdy = .2+0-.3+.3-.2 = 0 → r = 0
    expect(by.B.discrimination).toBeCloseTo(0, 10);
    // C: x = [1,0,1,0,0]; rest (A,B) y = [1, 1, .5, 0, .5]; Σdxdy = .3; Σdx² = 1.2; Σdy² = .7 → r = .3/√.84 = 0.3273
    expect(by.C.discrimination).toBeCloseTo(0.3 / Math.sqrt(0.84), 10);
    expect(by.C.discrimination).toBeCloseTo(0.3273, 4);
    expect(by.A.learners).toBe(5);
  });

  it('counts each choice and flags an item whose wrong choice beats the key', async () => {
    const by = Object.fromEntries(itemStats(await answers(), BANK).map((s) => [s.itemId, s]));
    expect(by.A.choiceCounts).toEqual([3, 2, 0, 0]);
    expect(by.B.choiceCounts).toEqual([1, 3, 1]);
    expect(by.C.choiceCounts).toEqual([3, 0, 2]); // c0 (wrong) 3 > c2 (key) 2
    expect(by.A.flags).toEqual([]);
    expect(by.B.flags).toEqual([]);
    expect(by.C.flags).toEqual(['distractor-beats-key']);
    expect(by.Z.choiceCounts).toEqual([0, 0]);
  });

  it('per section: attempts and accuracy, in the order given', async () => {
    expect(sectionStats(await answers(), ['3.3', '4', '5'])).toEqual([
      { sectionId: '3.3', attempts: 10, correct: 6, accuracy: 0.6, learners: 5 }, // A + B
      { sectionId: '4', attempts: 5, correct: 2, accuracy: 0.4, learners: 5 },
      { sectionId: '5', attempts: 0, correct: 0, accuracy: null, learners: 0 },
    ]);
  });
});

describe('itemStats edge cases', () => {
  const row = (user: string, itemId: string, correct: boolean, choice = correct ? 0 : 1): QuizAnswerRow => ({
    at: T0, platform: 'slack', scope: 'T1', channel: 'C1', sessionId: `s-${user}`, mode: 'solo', user, userName: null,
    itemId, sectionId: '3.3', choice, correct,
  });

  it('negative discrimination: the strong learners miss the item the weak ones get', () => {
    // Q is right only for W1, W2 (who miss everything else); S1..S3 get P right and Q wrong.
    const rows = [
      ...['S1', 'S2', 'S3'].flatMap((u) => [row(u, 'P', true), row(u, 'Q', false)]),
      ...['W1', 'W2'].flatMap((u) => [row(u, 'P', false), row(u, 'Q', true)]),
    ];
    const bank = [
      { id: 'P', sectionId: '3.3', prompt: 'p', choices: ['x', 'y'], answer: 0, explanation: 'e', file: 't' },
      { id: 'Q', sectionId: '3.3', prompt: 'q', choices: ['x', 'y'], answer: 0, explanation: 'e', file: 't' },
    ];
    const q = itemStats(rows, bank).find((s) => s.itemId === 'Q')!;
    // x = [0,0,0,1,1], rest = [1,1,1,0,0]: perfectly opposite → r = -1
    expect(q.discrimination).toBeCloseTo(-1, 10);
    // Q: 3 picks of y (wrong) against 2 of x (key), so both flags.
    expect(q.flags).toEqual(['distractor-beats-key', 'negative-discrimination']);
  });

  it(`no discrimination below ${MIN_LEARNERS_FOR_DISCRIMINATION} learners, and no flag below 5 answers`, () => {
    const rows = ['U1', 'U2', 'U3', 'U4'].flatMap((u, i) => [row(u, 'P', i < 1), row(u, 'Q', i % 2 === 0)]);
    const bank = [{ id: 'P', sectionId: '3.3', prompt: 'p', choices: ['x', 'y'], answer: 0, explanation: 'e', file: 't' }];
    const [p, gone] = itemStats(rows, bank);
    // P: 3 of 4 picked the wrong y, but 4 answers are too few to flag.
    expect(p).toMatchObject({ itemId: 'P', attempts: 4, choiceCounts: [1, 3], learners: 4, discrimination: null, flags: [] });
    // An answered item no longer in the bank is still reported, without its text.
    expect(gone).toMatchObject({ itemId: 'Q', item: undefined, attempts: 4, facility: 0.5 });
  });
});
