// BM25 scoring over an inverted index of weighted terms. Two kinds of documents share the index:
// passages (a bullet or paragraph) and one "meta" document per section (title and aliases); each
// kind has its own document frequencies and average length, so a title word is rare among titles.
import { termWeight } from './analyze.ts';

/** Term-frequency saturation: a word said twice counts more than once, but not twice as much. */
const K1 = 1.2;
/** Length normalisation: low, because a long bullet is usually a richer answer, not a padded one. */
const B = 0.4;
/** A query term repeated beyond this adds nothing ("스팟 스팟 스팟"). */
const MAX_QUERY_TF = 2;

export interface Doc {
  /** Index into the passages, or -1 for a section's meta document. */
  passage: number;
  sectionId: string;
  len: number;
  terms: Map<string, number>;
}

export interface Bm25 {
  add(doc: Doc): void;
  /** Document frequency of a term among passages (p) and among meta documents (m). */
  df(term: string): { p: number; m: number };
  has(term: string): boolean;
  /**
   * Scores passages and meta documents for the query terms, handing each one that matched to
   * `passage` (by passage index) or `meta` (by section id), in the order they were first matched.
   */
  score(query: Map<string, number>, passage: (index: number, score: number) => void, meta: (sectionId: string, score: number) => void): void;
  passageCount(): number;
}

/**
 * One term's postings, frozen once the index is built: everything but the query's own weight is
 * known then (tf, length and idf), so scoring a question is a multiply-add per posting.
 */
interface Posting {
  df: { p: number; m: number };
  /** Passage index, or -1 - (meta document number) for a section's meta document. */
  targets: Int32Array;
  weights: Float64Array;
}

export function createBm25(): Bm25 {
  const docs: Doc[] = [];
  const lists = new Map<string, number[]>();
  const stats = { passages: 0, meta: 0, passageLen: 0, metaLen: 0 };
  let frozen:
    | { postings: Map<string, Posting>; metaIds: string[]; sum: Float64Array; metaSum: Float64Array; touched: Int32Array; touchedMeta: Int32Array }
    | undefined;

  // Built on first use, after every add (the index adds all documents before it searches).
  function freeze() {
    const idf = (n: number, N: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));
    const avgPassage = stats.passageLen / Math.max(1, stats.passages);
    const avgMeta = stats.metaLen / Math.max(1, stats.meta);
    const metaIds: string[] = [];
    const metaNo = new Map<Doc, number>();
    for (const d of docs) if (d.passage < 0) metaNo.set(d, metaIds.push(d.sectionId) - 1);
    const postings = new Map<string, Posting>();
    for (const [t, list] of lists) {
      let p = 0;
      for (const i of list) if (docs[i].passage >= 0) p++;
      const idfP = idf(p, stats.passages);
      const idfM = idf(list.length - p, stats.meta);
      const targets = new Int32Array(list.length);
      const weights = new Float64Array(list.length);
      list.forEach((di, k) => {
        const doc = docs[di];
        const tf = doc.terms.get(t)!;
        const isPassage = doc.passage >= 0;
        targets[k] = isPassage ? doc.passage : -1 - metaNo.get(doc)!;
        weights[k] = (isPassage ? idfP : idfM) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.len) / (isPassage ? avgPassage : avgMeta))));
      });
      postings.set(t, { df: { p, m: list.length - p }, targets, weights });
    }
    const n = stats.passages;
    return { postings, metaIds, sum: new Float64Array(n), metaSum: new Float64Array(metaIds.length), touched: new Int32Array(n), touchedMeta: new Int32Array(metaIds.length) };
  }
  const index = () => (frozen ??= freeze());
  const NO_DF = { p: 0, m: 0 };

  return {
    add(doc) {
      if (frozen) throw new Error('bm25: add after the first search');
      const id = docs.push(doc) - 1;
      if (doc.passage >= 0) (stats.passages++, (stats.passageLen += doc.len));
      else (stats.meta++, (stats.metaLen += doc.len));
      for (const t of doc.terms.keys()) {
        let list = lists.get(t);
        if (!list) lists.set(t, (list = []));
        list.push(id);
      }
    },
    df: (t) => index().postings.get(t)?.df ?? NO_DF,
    has: (t) => lists.has(t),
    passageCount: () => stats.passages,
    score(query, passage, meta) {
      const { postings, metaIds, sum, metaSum, touched, touchedMeta } = index();
      // Scratch sums and lists are reused across questions (nothing allocated per question); only
      // the documents touched are read and reset.
      let nTouched = 0;
      let nMeta = 0;
      query.forEach((qtf, t) => {
        const posting = postings.get(t);
        if (!posting) return;
        const w = termWeight(t) * Math.min(qtf, MAX_QUERY_TF);
        const { targets, weights } = posting;
        for (let k = 0; k < targets.length; k++) {
          const target = targets[k];
          if (target >= 0) {
            if (sum[target] === 0) touched[nTouched++] = target;
            sum[target] += w * weights[k];
          } else {
            const m = -1 - target;
            if (metaSum[m] === 0) touchedMeta[nMeta++] = m;
            metaSum[m] += w * weights[k];
          }
        }
      });
      for (let k = 0; k < nTouched; k++) {
        const i = touched[k];
        passage(i, sum[i]);
        sum[i] = 0;
      }
      for (let k = 0; k < nMeta; k++) {
        const m = touchedMeta[k];
        meta(metaIds[m], metaSum[m]);
        metaSum[m] = 0;
      }
    },
  };
}
