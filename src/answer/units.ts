// Units of answer larger than one passage: a list (an intro and its items, or a run of bullets
// under one heading) is answered as one unit, and a definition with the bullets that go on
// about the same term.
import type { Passage } from '../content/passages.ts';

/** "① … ②", "1) … 2)", "A, B, C, D" with a count: a passage that is itself a whole list. */
export function isInlineList(p: Passage): boolean {
  return /①|1\)\s.*2\)|(\d|두|세|네|다섯|여섯|일곱)\s*가지(임|는|의|:|로|\s*범주)|[^,]+,[^,]+,[^,]+,[^,]+/.test(p.text);
}

/** The passages under the same heading as `p`, in reading order (a heading's group). */
export function headingGroup(all: Passage[], p: Passage): Passage[] {
  return all.filter((x) => x.heading === p.heading);
}

/** The list `p` belongs to: its intro with the nested items, or its heading's run of bullets. */
export function listUnit(all: Passage[], p: Passage): Passage[] {
  // An intro passage, or an item nested under one: the intro and everything nested under it.
  const intro = p.intro ? p : [...all.slice(0, p.index)].reverse().find((x) => x.intro && x.depth < p.depth);
  if (intro) {
    const out = [intro];
    for (const x of all.slice(intro.index + 1)) {
      if (x.depth <= intro.depth) break;
      out.push(x);
    }
    if (out.length > 1) return out;
  }
  return headingGroup(all, p);
}
