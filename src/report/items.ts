// Quiz item statistics after Moodle's quiz statistics report:
// - facility: the share of answers that were correct;
// - discrimination: the correlation (Pearson, i.e. point-biserial for one answer each) between a
//   learner's score on this item and the same learner's score on every other item — Moodle's
//   "discrimination index" (item vs rest of test). A chat quiz has no fixed test, so a learner's
//   "rest of test" is the share correct over all their answers to other items, and an item answered
//   several times (review) scores the share of those answers that were correct;
// - how often each choice was picked, with items whose most picked wrong choice beats the right one
//   flagged for review.
import type { QuizItem } from '../quiz/bank.ts';
import type { QuizAnswerRow } from './source.ts';
import { learnerKey, pearson, share } from './stats.ts';

/** Fewer learners than this (with answers to other items too) give no discrimination figure. */
export const MIN_LEARNERS_FOR_DISCRIMINATION = 5;
/** Items with fewer answers than this are never flagged: two or three answers say little. */
export const MIN_ANSWERS_TO_FLAG = 5;

export type ItemFlag = 'distractor-beats-key' | 'negative-discrimination';

export interface ItemStats {
  itemId: string;
  sectionId: string;
  /** Undefined when the item is no longer in the bank (answers remain in the store). */
  item?: QuizItem;
  attempts: number;
  correct: number;
  /** 0..1, null without answers. */
  facility: number | null;
  /** -1..1, null when too few learners or no spread. */
  discrimination: number | null;
  /** Learners the discrimination figure is based on. */
  learners: number;
  /** Picks per choice, index = choice. */
  choiceCounts: number[];
  flags: ItemFlag[];
}

export interface SectionStats {
  sectionId: string;
  attempts: number;
  correct: number;
  accuracy: number | null;
  learners: number;
}

interface Tally {
  answered: number;
  correct: number;
}

/** Per learner, per item: answers and correct answers. */
function tallyByLearner(answers: readonly QuizAnswerRow[]): Map<string, Map<string, Tally>> {
  const out = new Map<string, Map<string, Tally>>();
  for (const a of answers) {
    const k = learnerKey(a);
    let items = out.get(k);
    if (!items) out.set(k, (items = new Map()));
    const t = items.get(a.itemId) ?? { answered: 0, correct: 0 };
    t.answered++;
    if (a.correct) t.correct++;
    items.set(a.itemId, t);
  }
  return out;
}

function discrimination(itemId: string, byLearner: Map<string, Map<string, Tally>>): { value: number | null; learners: number } {
  const itemScores: number[] = [];
  const restScores: number[] = [];
  for (const items of byLearner.values()) {
    const mine = items.get(itemId);
    if (!mine) continue;
    let answered = 0;
    let correct = 0;
    for (const [id, t] of items) {
      if (id === itemId) continue;
      answered += t.answered;
      correct += t.correct;
    }
    if (answered === 0) continue;
    itemScores.push(mine.correct / mine.answered);
    restScores.push(correct / answered);
  }
  const learners = itemScores.length;
  return { value: learners >= MIN_LEARNERS_FOR_DISCRIMINATION ? pearson(itemScores, restScores) : null, learners };
}

/**
 * Statistics for every bank item (answered or not, in bank order), then any answered item no
 * longer in the bank.
 */
export function itemStats(answers: readonly QuizAnswerRow[], bank: readonly QuizItem[]): ItemStats[] {
  const byItem = new Map<string, QuizAnswerRow[]>();
  for (const a of answers) {
    const list = byItem.get(a.itemId);
    if (list) list.push(a);
    else byItem.set(a.itemId, [a]);
  }
  const byLearner = tallyByLearner(answers);
  const known = new Set(bank.map((i) => i.id));
  const gone = [...byItem.keys()].filter((id) => !known.has(id)).sort();
  const rows: { itemId: string; sectionId: string; item?: QuizItem }[] = [
    ...bank.map((item) => ({ itemId: item.id, sectionId: item.sectionId, item })),
    ...gone.map((id) => ({ itemId: id, sectionId: byItem.get(id)![0].sectionId })),
  ];
  return rows.map(({ itemId, sectionId, item }) => {
    const mine = byItem.get(itemId) ?? [];
    // Spread-free: an item can have more answers than a call may have arguments.
    const width = mine.reduce((w, a) => Math.max(w, a.choice + 1), item?.choices.length ?? 0);
    const choiceCounts = Array.from({ length: width }, () => 0);
    for (const a of mine) if (a.choice >= 0) choiceCounts[a.choice]++;
    const correct = mine.filter((a) => a.correct).length;
    const d = discrimination(itemId, byLearner);
    const flags: ItemFlag[] = [];
    if (item && mine.length >= MIN_ANSWERS_TO_FLAG) {
      const key = choiceCounts[item.answer] ?? 0;
      const bestWrong = Math.max(0, ...choiceCounts.filter((_, i) => i !== item.answer));
      if (bestWrong > key) flags.push('distractor-beats-key');
      if (d.value !== null && d.value < 0) flags.push('negative-discrimination');
    }
    return {
      itemId, sectionId, item, attempts: mine.length, correct, facility: share(correct, mine.length),
      discrimination: d.value, learners: d.learners, choiceCounts, flags,
    };
  });
}

/** Answers and accuracy per section, in the order of `sectionIds` (sections without answers included). */
export function sectionStats(answers: readonly QuizAnswerRow[], sectionIds: readonly string[]): SectionStats[] {
  const by = new Map<string, { attempts: number; correct: number; learners: Set<string> }>();
  for (const id of sectionIds) by.set(id, { attempts: 0, correct: 0, learners: new Set() });
  for (const a of answers) {
    let s = by.get(a.sectionId);
    if (!s) by.set(a.sectionId, (s = { attempts: 0, correct: 0, learners: new Set() }));
    s.attempts++;
    if (a.correct) s.correct++;
    s.learners.add(learnerKey(a));
  }
  return [...by].map(([sectionId, s]) => ({
    sectionId, attempts: s.attempts, correct: s.correct, accuracy: share(s.correct, s.attempts), learners: s.learners.size,
  }));
}
