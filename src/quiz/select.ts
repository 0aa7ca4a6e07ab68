// Choosing a quiz's questions: a topic's subtree, then (solo) the learner's review cards first.
import type { ReviewCardRow } from '../store/store.ts';
import type { QuizItem } from './bank.ts';
import type { QuizMode } from './service.ts';
import { dueCards } from './review.ts';

/** True when `id` is `root` or below it ('3.4.2' is under '3.4'; '3.40' is not). */
export function inSubtree(id: string, root: string): boolean {
  return id === root || id.startsWith(root + '.');
}

/** Bank items under any of `roots`; the whole bank when `roots` is undefined. */
export function topicPool(bank: readonly QuizItem[], roots: readonly string[] | undefined): QuizItem[] {
  if (!roots) return [...bank];
  return bank.filter((it) => roots.some((r) => inSubtree(it.sectionId, r)));
}

export function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Share of a solo quiz that goes to due review cards when unseen questions remain. */
export const REVIEW_SHARE = 0.4;

/**
 * Picks `count` distinct items from `pool`.
 * - review: only due cards, most urgent first.
 * - solo: due cards first (up to 40% of the quiz, more if nothing new is left), then questions
 *   never seen, then the rest by how soon they fall due; the final order is shuffled.
 * - channel: a random draw (a group has no single memory to follow).
 */
export function pickItems(
  pool: readonly QuizItem[],
  cards: readonly ReviewCardRow[],
  count: number,
  mode: QuizMode,
  now: number,
  random: () => number,
): QuizItem[] {
  const byId = new Map(pool.map((it) => [it.id, it]));
  if (mode === 'review') {
    return dueCards(cards, now)
      .map((c) => byId.get(c.itemId))
      .filter((x): x is QuizItem => !!x)
      .slice(0, count);
  }
  if (mode === 'channel') return shuffle([...pool], random).slice(0, count);

  const cardOf = new Map(cards.map((c) => [c.itemId, c]));
  const due = dueCards(cards, now).map((c) => byId.get(c.itemId)).filter((x): x is QuizItem => !!x);
  const unseen = shuffle(pool.filter((it) => !cardOf.has(it.id)), random);
  const resting = pool
    .filter((it) => { const c = cardOf.get(it.id); return c !== undefined && c.dueAt > now; })
    .sort((a, b) => cardOf.get(a.id)!.dueAt - cardOf.get(b.id)!.dueAt);
  const picked: QuizItem[] = [];
  const take = (xs: QuizItem[], n: number) => {
    for (const it of xs) {
      if (picked.length >= count || n <= 0) break;
      if (!picked.includes(it)) { picked.push(it); n--; }
    }
  };
  take(due, Math.max(1, Math.ceil(count * REVIEW_SHARE)));
  take(unseen, count);
  take(due, count);
  take(resting, count);
  return shuffle(picked, random);
}
