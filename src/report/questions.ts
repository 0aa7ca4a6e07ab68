// What the class asks that the tutor could not serve well: declined and low-confidence questions,
// with similar wordings grouped ("스팟 인스턴스 가격", "스팟인스턴스 가격은?") and counted; and the
// answers voted down, with the passage that was given.
import { cleanInput, hangulBigrams, isHangul, normalize, words } from '../search/normalize.ts';
import { isStopword } from '../search/stopwords.ts';
import type { QuestionRow } from './source.ts';
import { learnerKey } from './stats.ts';

/** An answered question below this confidence (0..1) is listed with the declined ones. */
export const LOW_CONFIDENCE = 0.5;
/** Two questions whose term sets overlap this much (Jaccard) are one group. */
export const SIMILAR_QUESTIONS = 0.5;
/**
 * Distinct wordings compared for grouping, most asked first; any beyond are listed on their own.
 * Comparing is roughly quadratic, and this keeps a very long log's page under a second or two.
 */
export const MAX_GROUPED_WORDINGS = 3000;
/** Wordings shown per group. */
const VARIANTS_SHOWN = 5;

export const needsAttention = (q: QuestionRow) => !q.answered || q.score < LOW_CONFIDENCE;

/** Content words (Latin, stemmed) and Hangul syllable pairs, so spacing and particles do not matter. */
export function questionTerms(text: string): Set<string> {
  // Pasted markup (<b>, <img …>) says nothing about what was asked.
  const ws = words(normalize(cleanInput(text.replace(/<[^<>]{0,200}>/g, ' ')))).filter((w) => !isStopword(w));
  const latin = ws.filter((w) => !isHangul(w));
  const korean = ws.filter((w) => isHangul(w));
  return new Set([...latin, ...hangulBigrams(korean.join(' '))]);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const t of a) if (b.has(t)) both++;
  return both / (a.size + b.size - both);
}

export interface QuestionGroup {
  /** The most asked wording. */
  text: string;
  variants: { text: string; count: number }[];
  count: number;
  declined: number;
  lowConfidence: number;
  learners: number;
  lastAt: number;
}

/** Groups the declined and low-confidence questions among `rows`, most asked first. */
export function groupQuestions(rows: readonly QuestionRow[]): QuestionGroup[] {
  // Identical wordings (after normalising) first, so grouping compares each distinct text once.
  const distinct = new Map<string, QuestionRow[]>();
  for (const r of rows.filter(needsAttention)) {
    const k = normalize(cleanInput(r.question)) || r.question;
    const list = distinct.get(k);
    if (list) list.push(r);
    else distinct.set(k, [r]);
  }
  const byCount = [...distinct.values()].sort((a, b) => b.length - a.length || a[0].at - b[0].at);
  const wordings = byCount.map((same, i) => ({ same, terms: i < MAX_GROUPED_WORDINGS ? questionTerms(same[0].question) : new Set<string>() }));
  // Prefix filtering (AllPairs): with each term list sorted rarest first, two sets with Jaccard ≥ t
  // must share a term among the first n − ⌈t·n⌉ + 1 of each. Only those terms are indexed and
  // probed, so a wording is compared with the groups it could join, not all of them.
  const df = new Map<string, number>();
  for (const w of wordings) for (const t of w.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const prefix = (terms: Set<string>) =>
    [...terms].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, terms.size - Math.ceil(SIMILAR_QUESTIONS * terms.size) + 1);
  const groups: { terms: Set<string>; members: QuestionRow[][] }[] = [];
  const postings = new Map<string, number[]>();
  for (const [i, { same, terms }] of wordings.entries()) {
    if (i >= MAX_GROUPED_WORDINGS) {
      groups.push({ terms, members: [same] });
      continue;
    }
    const head = prefix(terms);
    let best = -1;
    let bestSim = SIMILAR_QUESTIONS;
    const seen = new Set<number>();
    for (const t of head) {
      for (const g of postings.get(t) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        const sim = jaccard(terms, groups[g].terms);
        if (sim > bestSim || (sim === bestSim && (best < 0 || g < best))) (best = g), (bestSim = sim);
      }
    }
    if (best >= 0) {
      groups[best].members.push(same);
      continue;
    }
    for (const t of head) {
      const list = postings.get(t);
      if (list) list.push(groups.length);
      else postings.set(t, [groups.length]);
    }
    groups.push({ terms, members: [same] });
  }
  return groups
    .map(({ members }) => {
      const all = members.flat();
      return {
        text: members[0][0].question,
        variants: members.slice(0, VARIANTS_SHOWN).map((m) => ({ text: m[0].question, count: m.length })),
        count: all.length,
        declined: all.filter((r) => !r.answered).length,
        lowConfidence: all.filter((r) => r.answered).length,
        learners: new Set(all.map(learnerKey)).size,
        lastAt: all.reduce((t, r) => Math.max(t, r.at), 0),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

/** Answers with at least one 👎, most disliked first, then the latest. */
export function dislikedAnswers(rows: readonly QuestionRow[]): QuestionRow[] {
  return rows.filter((r) => r.down > 0).sort((a, b) => b.down - a.down || a.up - b.up || b.at - a.at);
}
