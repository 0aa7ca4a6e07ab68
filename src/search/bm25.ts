// BM25 scoring over an inverted index of weighted terms. Two kinds of documents share the index:
// passages (a bullet or paragraph) and one "meta" document per section (title and aliases); each
// kind has its own document frequencies and average length, so a title word is rare among titles.
import { termWeight } from './analyze.ts';
import { memo } from './cache.ts';

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
  /** Scores passages (by passage index) and meta documents (by section id) for the query terms. */
  score(query: Map<string, number>): { passages: Map<number, number>; meta: Map<string, number> };
  passageCount(): number;
}

export function createBm25(): Bm25 {
  const docs: Doc[] = [];
  const postings = new Map<string, number[]>();
  const stats = { passages: 0, meta: 0, passageLen: 0, metaLen: 0 };
  const idf = (n: number, N: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));
  const dfOf = memo((t: string) => {
    const list = postings.get(t) ?? [];
    let p = 0;
    for (const i of list) if (docs[i].passage >= 0) p++;
    return { p, m: list.length - p };
  });

  return {
    add(doc) {
      const id = docs.push(doc) - 1;
      if (doc.passage >= 0) (stats.passages++, (stats.passageLen += doc.len));
      else (stats.meta++, (stats.metaLen += doc.len));
      for (const t of doc.terms.keys()) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push(id);
      }
    },
    df: dfOf,
    has: (t) => postings.has(t),
    passageCount: () => stats.passages,
    score(query) {
      const passages = new Map<number, number>();
      const meta = new Map<string, number>();
      const avgPassage = stats.passageLen / Math.max(1, stats.passages);
      const avgMeta = stats.metaLen / Math.max(1, stats.meta);
      for (const [t, qtf] of query) {
        const list = postings.get(t);
        if (!list) continue;
        const w = termWeight(t) * Math.min(qtf, MAX_QUERY_TF);
        const d = dfOf(t);
        const idfP = idf(d.p, stats.passages);
        const idfM = idf(d.m, stats.meta);
        for (const di of list) {
          const doc = docs[di];
          const tf = doc.terms.get(t)!;
          const isPassage = doc.passage >= 0;
          const bm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.len) / (isPassage ? avgPassage : avgMeta)));
          if (isPassage) passages.set(doc.passage, (passages.get(doc.passage) ?? 0) + w * idfP * bm);
          else meta.set(doc.sectionId, (meta.get(doc.sectionId) ?? 0) + w * idfM * bm);
        }
      }
      return { passages, meta };
    },
  };
}
