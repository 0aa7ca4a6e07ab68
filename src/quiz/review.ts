// Spaced review with Leitner boxes (no dependency, easy to explain to a learner): a miss sends the
// card back to box 1, due at once; each right answer on a due card moves it up a box and pushes it
// further out.
// Later quizzes draw due cards first, so missed questions come back sooner than known ones;
// `/quiz review` draws only from what is due.
import type { ReviewCardRow } from '../store/store.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long a card rests after a right answer, by the box it lands in (index = box). */
export const BOX_INTERVAL_MS = [0, 0, 1 * DAY, 3 * DAY, 7 * DAY, 21 * DAY] as const;
export const MAX_BOX = 5;

/** The card after one answer. `card` undefined: the learner had never seen this question. */
export function schedule(
  card: ReviewCardRow | undefined,
  who: { scope: string; user: string; itemId: string },
  correct: boolean,
  now: number,
): ReviewCardRow {
  // A right answer before the card is due (drilling the same topic again) proves nothing new:
  // it keeps its box and due date, or a few quick repeats would bury it for weeks.
  if (correct && card && !isDue(card, now)) return { ...card, lastAt: now };
  const box = correct ? Math.min((card?.box ?? 1) + 1, MAX_BOX) : 1;
  return {
    scope: who.scope,
    user: who.user,
    itemId: who.itemId,
    box,
    dueAt: now + BOX_INTERVAL_MS[box],
    lastAt: now,
    lapses: (card?.lapses ?? 0) + (correct ? 0 : 1),
  };
}

export function isDue(card: ReviewCardRow, now: number): boolean {
  return card.dueAt <= now;
}

/** Due cards, most urgent first: the lowest box (most recently missed), then the longest overdue. */
export function dueCards(cards: Iterable<ReviewCardRow>, now: number): ReviewCardRow[] {
  return [...cards].filter((c) => isDue(c, now)).sort((a, b) => a.box - b.box || a.dueAt - b.dueAt || (a.itemId < b.itemId ? -1 : 1));
}

/** When the next card falls due (for "nothing to review until ..."), undefined with no cards. */
export function nextDue(cards: Iterable<ReviewCardRow>): number | undefined {
  let best: number | undefined;
  for (const c of cards) if (best === undefined || c.dueAt < best) best = c.dueAt;
  return best;
}
