// Polarity of a mention: "전용 하드웨어는 필요 없고", "라이선스는 상관없고", "no special compliance",
// "compliance isn't an issue" mention a factor only to say it is absent.
import { NEGATION } from '../lexicon.ts';

export type Polarity = 'present' | 'absent';

/** Whether the mention at [start, end) is negated by the words around it (same clause only). */
export function negatedAt(t: string, start: number, end: number): boolean {
  const before = t.slice(Math.max(0, start - 40), start);
  const after = t.slice(end, end + 40);
  return NEGATION.koAfter.test(after) || NEGATION.enBefore.test(before) || NEGATION.enAfter.test(after);
}

/**
 * 'present' when any mention of `re` is affirmative, 'absent' when every mention is negated,
 * undefined when there is none.
 */
export function polarity(t: string, re: RegExp): Polarity | undefined {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let seen = false;
  for (const m of t.matchAll(g)) {
    seen = true;
    if (!negatedAt(t, m.index!, m.index! + m[0].length)) return 'present';
  }
  return seen ? 'absent' : undefined;
}
