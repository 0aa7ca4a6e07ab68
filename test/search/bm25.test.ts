import { describe, expect, it } from 'vitest';
import { createBm25, type Doc } from '../../src/search/bm25.ts';
import { memo } from '../../src/search/cache.ts';

const doc = (passage: number, sectionId: string, ...terms: string[]): Doc => {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return { passage, sectionId, len: terms.length, terms: m };
};

/** Runs a query and collects what the scorer hands out: passages by index, meta documents by section. */
const scoreOf = (bm: ReturnType<typeof createBm25>, query: Map<string, number>) => {
  const passages = new Map<number, number>();
  const meta = new Map<string, number>();
  bm.score(query, (i, s) => passages.set(i, s), (id, s) => meta.set(id, s));
  return { passages, meta };
};

describe('bm25', () => {
  const bm = createBm25();
  bm.add(doc(0, '1', 'w:spot', 'w:price'));
  bm.add(doc(1, '1', 'w:price', 'w:model'));
  bm.add(doc(2, '2', 'w:price', 'w:price', 'w:price', 'w:price', 'w:container'));
  bm.add(doc(-1, '2', 'w:container'));

  it('keeps passage and title frequencies apart', () => {
    expect(bm.df('w:price')).toEqual({ p: 3, m: 0 });
    expect(bm.df('w:container')).toEqual({ p: 1, m: 1 });
    expect(bm.passageCount()).toBe(3);
  });

  it('scores a rare term above a common one, and saturates repetition', () => {
    const rare = scoreOf(bm, new Map([['w:spot', 1]])).passages.get(0)!;
    const common = scoreOf(bm, new Map([['w:price', 1]])).passages;
    expect(rare).toBeGreaterThan(common.get(0)!);
    // Four times the word is worth more than once, but far less than four times as much.
    expect(common.get(2)!).toBeGreaterThan(common.get(1)!);
    expect(common.get(2)!).toBeLessThan(2 * common.get(1)!);
  });

  it('scores section meta documents by section', () => {
    const { meta, passages } = scoreOf(bm, new Map([['w:container', 1]]));
    expect([...meta.keys()]).toEqual(['2']);
    expect([...passages.keys()]).toEqual([2]);
  });

  it('starts every question from zero (scratch sums are reset)', () => {
    const first = scoreOf(bm, new Map([['w:price', 1], ['w:container', 1]]));
    const again = scoreOf(bm, new Map([['w:price', 1], ['w:container', 1]]));
    expect(again).toEqual(first);
    expect(scoreOf(bm, new Map([['w:spot', 1]])).passages.has(2)).toBe(false);
  });

  it('refuses documents added after scoring began', () => {
    expect(() => bm.add(doc(3, '3', 'w:late'))).toThrow(/after the first search/);
  });
});

describe('memo', () => {
  it('computes once per key and forgets everything when full', () => {
    let calls = 0;
    const square = memo((k: string) => (calls++, Number(k) ** 2), 2);
    expect(square('3')).toBe(9);
    expect(square('3')).toBe(9);
    expect(calls).toBe(1);
    square('4');
    square('5'); // full: cleared, then stored
    square('3');
    expect(calls).toBe(4);
  });
});
