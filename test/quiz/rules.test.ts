// Pure rules: Leitner scheduling, points, the week boundary, question choice.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { schedule, dueCards, BOX_INTERVAL_MS, MAX_BOX } from '../../src/quiz/review.ts';
import { pointsFor, nextStats, isoWeekStart } from '../../src/quiz/scoring.ts';
import { pickItems, inSubtree } from '../../src/quiz/select.ts';
import { makeBank, seeded } from './helpers.ts';
import type { ReviewCardRow } from '../../src/store/store.ts';

const who = { scope: 'T', user: 'U', itemId: 'x' };

describe('Leitner review', () => {
  it('a miss goes back to box 1, due now; a right answer moves up a box and rests longer', () => {
    const c1 = schedule(undefined, who, false, 1000);
    expect(c1).toMatchObject({ box: 1, dueAt: 1000, lapses: 1 });
    const c2 = schedule(c1, who, true, 2000);
    expect(c2).toMatchObject({ box: 2, dueAt: 2000 + BOX_INTERVAL_MS[2], lapses: 1 });
    const c3 = schedule(c2, who, true, c2.dueAt);
    expect(c3.box).toBe(3);
    expect(c3.dueAt - c2.dueAt).toBeGreaterThan(c2.dueAt - 2000);
    expect(schedule(c3, who, false, c3.dueAt + 1)).toMatchObject({ box: 1, dueAt: c3.dueAt + 1, lapses: 2 });
  });

  it('a right answer before the card is due keeps its box and due date; a miss still resets it', () => {
    const c2 = schedule(schedule(undefined, who, false, 0), who, true, 1000);
    const early = schedule(c2, who, true, 2000);
    expect(early).toMatchObject({ box: c2.box, dueAt: c2.dueAt, lastAt: 2000 });
    expect(schedule(c2, who, false, 2000)).toMatchObject({ box: 1, dueAt: 2000 });
  });

  it('any answer history: box within 1..5, a miss is always due sooner than a right answer', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (answers) => {
        let card: ReviewCardRow | undefined;
        let t = 0;
        for (const ok of answers) {
          const wrong = schedule(card, who, false, t);
          const right = schedule(card, who, true, t);
          expect(wrong.dueAt).toBeLessThan(right.dueAt);
          card = ok ? right : wrong;
          expect(card.box).toBeGreaterThanOrEqual(1);
          expect(card.box).toBeLessThanOrEqual(MAX_BOX);
          t = card.dueAt + 1;
        }
      }),
    );
  });

  it('due cards: most urgent (lowest box) first', () => {
    const card = (itemId: string, box: number, dueAt: number): ReviewCardRow => ({ ...who, itemId, box, dueAt, lastAt: 0, lapses: 0 });
    expect(dueCards([card('a', 3, 10), card('b', 1, 50), card('c', 1, 20), card('d', 1, 999)], 100).map((c) => c.itemId)).toEqual(['c', 'b', 'a']);
  });
});

describe('points', () => {
  it('10 per right answer, +2 per answer already in the streak (max +10), speed bonus only in channel', () => {
    expect(pointsFor({ correct: false, streakBefore: 9, channel: true, elapsedMs: 0, limitMs: 30_000 }).total).toBe(0);
    expect(pointsFor({ correct: true, streakBefore: 0, channel: false, elapsedMs: 0, limitMs: 0 }).total).toBe(10);
    expect(pointsFor({ correct: true, streakBefore: 2, channel: false, elapsedMs: 0, limitMs: 0 }).total).toBe(14);
    expect(pointsFor({ correct: true, streakBefore: 50, channel: false, elapsedMs: 0, limitMs: 0 }).total).toBe(20);
    expect(pointsFor({ correct: true, streakBefore: 0, channel: true, elapsedMs: 0, limitMs: 30_000 }).speedBonus).toBe(5);
    expect(pointsFor({ correct: true, streakBefore: 0, channel: true, elapsedMs: 15_000, limitMs: 30_000 }).speedBonus).toBe(3);
    expect(pointsFor({ correct: true, streakBefore: 0, channel: true, elapsedMs: 40_000, limitMs: 30_000 }).speedBonus).toBe(0);
  });

  it('stats: streak resets on a miss; best streak remembers', () => {
    let s = nextStats(undefined, { scope: 'T', user: 'U', name: 'N' }, true, 10, 1);
    s = nextStats(s, { scope: 'T', user: 'U', name: null }, true, 12, 2);
    s = nextStats(s, { scope: 'T', user: 'U', name: null }, false, 0, 3);
    expect(s).toEqual({ scope: 'T', user: 'U', name: 'N', answered: 3, correct: 2, points: 22, streak: 0, bestStreak: 2, updatedAt: 3 });
  });

  it('the ISO week starts Monday 00:00 (KST by default)', () => {
    // Wed 2025-01-08 12:00 KST → Mon 2025-01-06 00:00 KST = Sun 2025-01-05 15:00 UTC
    expect(new Date(isoWeekStart(Date.UTC(2025, 0, 8, 3))).toISOString()).toBe('2025-01-05T15:00:00.000Z');
    // Mon 2025-01-06 00:30 KST is in the new week; Sun 23:30 KST in the old one
    expect(isoWeekStart(Date.UTC(2025, 0, 5, 15, 30))).toBe(Date.UTC(2025, 0, 5, 15));
    expect(isoWeekStart(Date.UTC(2025, 0, 5, 14, 30))).toBe(Date.UTC(2024, 11, 29, 15));
    expect(new Date(isoWeekStart(Date.UTC(2025, 0, 8, 3), 0)).toISOString()).toBe('2025-01-06T00:00:00.000Z');
    fc.assert(fc.property(fc.integer({ min: 0, max: 4e12 }), (now) => {
      const start = isoWeekStart(now, 0);
      expect(now - start).toBeGreaterThanOrEqual(0);
      expect(now - start).toBeLessThan(7 * 86_400_000);
      expect(new Date(start).getUTCDay()).toBe(1);
    }));
  });
});

describe('question choice', () => {
  const bank = makeBank(6);
  it('subtrees: 3.4 holds 3.4.1 but 3 does not hold 30', () => {
    expect(inSubtree('3.4.1', '3.4')).toBe(true);
    expect(inSubtree('3.4', '3.4')).toBe(true);
    expect(inSubtree('3.40', '3.4')).toBe(false);
  });

  it('never repeats a question and never asks more than asked', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.constantFrom('solo', 'channel', 'review' as const), fc.integer(), (n, mode, seed) => {
      const cards = bank.slice(0, 30).map((it, i): ReviewCardRow => ({ scope: 'T', user: 'U', itemId: it.id, box: 1 + (i % 5), dueAt: i * 1000, lastAt: 0, lapses: 0 }));
      const picked = pickItems(bank, cards, n, mode, 15_000, seeded(seed));
      expect(new Set(picked.map((p) => p.id)).size).toBe(picked.length);
      expect(picked.length).toBeLessThanOrEqual(n);
      if (mode === 'review') expect(picked.every((p) => cards.find((c) => c.itemId === p.id)!.dueAt <= 15_000)).toBe(true);
      else expect(picked.length).toBe(n);
    }));
  });

  it('solo: due questions come first, then unseen, then known ones', () => {
    const pool = bank.slice(0, 10);
    const card = (i: number, dueAt: number, box: number): ReviewCardRow => ({ scope: 'T', user: 'U', itemId: pool[i].id, box, dueAt, lastAt: 0, lapses: 0 });
    // 0,1 missed (due); 2..7 known (due later); 8,9 never seen
    const cards = [card(0, 0, 1), card(1, 0, 1), ...[2, 3, 4, 5, 6, 7].map((i) => card(i, 10 ** 9, 4))];
    const ids = (n: number) => pickItems(pool, cards, n, 'solo', 1000, seeded(3)).map((p) => p.id).sort();
    const due = [pool[0].id, pool[1].id];
    const unseen = [pool[8].id, pool[9].id];
    // up to 40% due questions while unseen ones remain, then unseen, then the rest of the due ones
    expect(ids(2).filter((id) => due.includes(id))).toHaveLength(1);
    expect(ids(2).filter((id) => unseen.includes(id))).toHaveLength(1);
    expect(ids(4)).toEqual([...due, ...unseen].sort());
    // known questions only after those (the one due soonest; ties keep bank order)
    expect(ids(5)).toEqual([...due, pool[2].id, ...unseen].sort());
    // review mode: only the due ones
    expect(pickItems(pool, cards, 5, 'review', 1000, seeded(3)).map((p) => p.id).sort()).toEqual(due);
  });
});
