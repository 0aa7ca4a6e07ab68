// The search index: BM25 over passages (inverted index, so a query touches only the postings
// of its own terms), a per-section "meta" document of title and aliases, and Fuse.js used
// where fuzzy matching pays: correcting misspelt query words against the module's vocabulary
// (dokcer → docker, 온디멘드 → 온디맨드), not scanning section bodies.
import Fuse from 'fuse.js';
import type { Knowledge } from '../content/load.ts';
import type { Section } from '../content/section.ts';
import { splitPassages, type Passage } from '../content/passages.ts';
import { createConceptMatcher, type ConceptMatcher } from './concepts.ts';
import { analyze, termWeight, type Analysis } from './analyze.ts';
import { hangulBigrams, isHangul, normalize, stemEnglish, stripKoreanEnding } from './normalize.ts';
import { STOPWORDS } from './stopwords.ts';

interface Doc {
  /** Index into passages, or -1 for a section's meta document. */
  passage: number;
  sectionId: string;
  len: number;
  terms: Map<string, number>;
}

export interface Hit {
  sectionId: string;
  score: number;
  /** Best passages of the section, best first: [passage index, score]. */
  passages: { passage: Passage; score: number }[];
  meta: number;
}

export interface SearchResult {
  query: Analysis;
  hits: Hit[];
  /** Query words corrected by fuzzy matching (original → corrected), for transparency. */
  corrected: [string, string][];
  /** Fraction of the query's content words that the module uses at all (as a word or a glossary term). */
  coverage: number;
  /** Product-like names in the question that the module never mentions (RDS, ElastiCache). */
  unknownNames: string[];
}

export interface SearchIndex {
  search(text: string): SearchResult;
  passages: Passage[];
  sections: Map<string, Section>;
  matcher: ConceptMatcher;
  /** Document frequency of a term across passages (for deciding what is specific). */
  df(term: string): number;
  docCount: number;
}

/** Acronyms and CamelCase names in the raw question (RDS, ElastiCache, JSON). */
const NAME = /\b(?:[A-Z]{2,}[a-z]?|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/g;

/** Final syllables of Korean verb/adjective endings (casual chat included). */
const PREDICATE = /[\uac00-\ud7a3][다요죠지게데때땐면서고니냐까음임함됨감워해돼줘야어아거걸건래네든던는을할될에법깐]$/;

const K1 = 1.2;
const B = 0.4;
/** How much a section's title/aliases count next to its best passage. */
const META_WEIGHT = 0.9;
/** A child section scoring this share of its parent's score is preferred to the parent. */
const CHILD_SHARE = 0.75;
/** Overview sections (front matter `overview: true`) only introduce their subsections. */
const OVERVIEW_FACTOR = 0.6;

export function buildIndex(knowledge: Knowledge): SearchIndex {
  const matcher = createConceptMatcher(knowledge.glossary);
  const passages: Passage[] = [];
  const docs: Doc[] = [];
  const postings = new Map<string, number[]>();
  const vocabulary = new Set<string>();

  const sectionTerms = new Map<string, Set<string>>();
  const addDoc = (doc: Doc) => {
    const id = docs.push(doc) - 1;
    const terms = sectionTerms.get(doc.sectionId) ?? new Set<string>();
    for (const t of doc.terms.keys()) terms.add(t);
    sectionTerms.set(doc.sectionId, terms);
    for (const t of doc.terms.keys()) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(id);
    }
  };

  const childCount = new Map<string, number>();
  for (const s of knowledge.sections) if (s.parent) childCount.set(s.parent, (childCount.get(s.parent) ?? 0) + 1);

  for (const s of knowledge.sections) {
    for (const p of splitPassages(s)) {
      // A passage is indexed with its heading, so "ECS 클러스터 옵션" finds the bullets under it.
      const a = analyze(`${p.heading ?? ''} ${p.text}`, matcher);
      a.words.forEach((w) => vocabulary.add(w));
      const pi = passages.push(p) - 1;
      addDoc({ passage: pi, sectionId: s.id, len: sumTf(a.terms), terms: a.terms });
    }
    const meta = analyze([s.title, s.titleEn, ...s.aliases].join(' | '), matcher);
    meta.words.forEach((w) => vocabulary.add(w));
    addDoc({ passage: -1, sectionId: s.id, len: sumTf(meta.terms), terms: meta.terms });
  }

  const passageDocs = docs.filter((d) => d.passage >= 0);
  const metaDocs = docs.filter((d) => d.passage < 0);
  const avgLen = (ds: Doc[]) => ds.reduce((n, d) => n + d.len, 0) / Math.max(1, ds.length);
  const avgPassage = avgLen(passageDocs);
  const avgMeta = avgLen(metaDocs);
  const dfCache = new Map<string, { p: number; m: number }>();
  const dfOf = (t: string) => {
    let v = dfCache.get(t);
    if (!v) {
      const list = postings.get(t) ?? [];
      v = { p: list.filter((i) => docs[i].passage >= 0).length, m: list.filter((i) => docs[i].passage < 0).length };
      dfCache.set(t, v);
    }
    return v;
  };
  const idf = (n: number, N: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

  // Typo correction vocabulary: glossary spellings and every indexed word of 3+ characters.
  matcher.spellings().forEach((s) => vocabulary.add(s));
  const latinVocab = [...vocabulary].filter((w) => !isHangul(w) && w.length >= 4 && /^[a-z][a-z0-9-]*$/.test(w));
  const hangulVocab = [...vocabulary].filter((w) => isHangul(w) && w.length >= 3 && w.length <= 8);
  // One small Fuse index per first character and one per second character: a typo rarely hits
  // both, and searching ~30 spellings instead of ~1,000 keeps a correction well under 1 ms.
  // Each Fuse index is built the first time a typo needs it, so start-up pays for none of them.
  const buckets = new Map<string, Fuse<string>>();
  const bucketed = new Map<string, string[]>();
  for (const w of [...latinVocab, ...hangulVocab]) {
    for (const key of [`1${w[0]}`, `2${w[1]}`]) {
      const list = bucketed.get(key) ?? [];
      list.push(w);
      bucketed.set(key, list);
    }
  }
  const bucket = (key: string): Fuse<string> | undefined => {
    let fuse = buckets.get(key);
    const list = bucketed.get(key);
    if (!fuse && list) buckets.set(key, (fuse = new Fuse(list, { threshold: 0.34, includeScore: true, distance: 10 })));
    return fuse;
  };
  const fixCache = new Map<string, string | null>();
  const correct = (w: string): string | null => {
    if (fixCache.has(w)) return fixCache.get(w)!;
    // Fuse proposes; an edit-distance check disposes, so "joke" never becomes "job".
    const candidates = [...(bucket(`1${w[0]}`)?.search(w, { limit: 3 }) ?? []), ...(bucket(`2${w[1]}`)?.search(w, { limit: 3 }) ?? [])]
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
    // A Hangul syllable carries more than a letter: one wrong syllable in three is another word.
    const allowed = isHangul(w) ? (w.length >= 4 ? 1 : 0) : w.length >= 9 ? 2 : 1;
    const best = candidates.find((r) => editDistance(r.item, w) <= allowed);
    const fixed = best ? best.item : null;
    if (fixCache.size > 5000) fixCache.clear();
    fixCache.set(w, fixed);
    return fixed;
  };

  const sections = new Map(knowledge.sections.map((s) => [s.id, s]));

  /** A word the module uses: indexed, a glossary term, or (Korean compounds) mostly known syllable pairs. */
  /**
   * How much a word says "this is about the module": 1 for the module's own terms and rare
   * words of its text, less for common words (최대, 설정) and ordinary-word glossary entries,
   * 0 for words the module never uses.
   */
  const wordConcepts = new Map<string, string[]>();
  /** Glossary concepts of a single word, memoised (words repeat across questions). */
  function conceptsOf(w: string): string[] {
    let c = wordConcepts.get(w);
    if (!c) {
      c = matcher.match(w).concepts;
      if (wordConcepts.size > 20_000) wordConcepts.clear();
      wordConcepts.set(w, c);
    }
    return c;
  }

  const familiarityCache = new Map<string, number>();
  const specificDf = Math.max(3, 0.03 * passageDocs.length);
  function familiarity(w: string): number {
    let f = familiarityCache.get(w);
    if (f === undefined) {
      const concepts = conceptsOf(w);
      const df = dfOf('w:' + w).p;
      if (concepts.some((c) => matcher.isModuleTerm(c))) f = 1;
      else if (df > 0) f = df <= specificDf ? 1 : 0.6;
      else if (postings.has('w:' + w)) f = 0.6; // a title or alias word
      else if (isKnownWord(w)) f = concepts.length ? 0.4 : 0.6;
      else f = 0;
      if (familiarityCache.size > 20_000) familiarityCache.clear();
      familiarityCache.set(w, f);
    }
    return f;
  }

  const knownCache = new Map<string, boolean>();
  function isKnownWord(w: string): boolean {
    let known = knownCache.get(w);
    if (known === undefined) {
      known = postings.has('w:' + w) || vocabulary.has(w) || conceptsOf(w).length > 0;
      if (!known && isHangul(w) && w.length >= 3) {
        const pairs = hangulBigrams(w);
        known = pairs.filter((b) => postings.has('b:' + b)).length >= 0.6 * pairs.length;
      }
      if (knownCache.size > 20_000) knownCache.clear();
      knownCache.set(w, known);
    }
    return known;
  }

  function search(text: string): SearchResult {
    let n = normalize(text);
    const corrected: [string, string][] = [];
    // Words the index has never seen: try the closest known spelling.
    const raw = n.split(' ');
    let changed = false;
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i];
      const stem = isHangul(w) ? stripKoreanEnding(w) : w;
      // Very long "words" are run-together sentences, not typos: correcting them costs and misleads.
      if (stem.length < (isHangul(stem) ? 3 : 4) || stem.length > 16 || STOPWORDS.has(stem) || /\d/.test(stem)) continue;
      if (vocabulary.has(stem) || vocabulary.has(w) || postings.has('w:' + stem)) continue;
      if (isKnownWord(stem)) continue;
      const fix = correct(stem);
      if (fix && fix !== stem) {
        corrected.push([stem, fix]);
        raw[i] = fix;
        changed = true;
      }
    }
    if (changed) n = raw.join(' ');
    const query = analyze(n, matcher, true);

    const pScore = new Map<number, number>();
    const mScore = new Map<string, number>();
    for (const [t, qtf] of query.terms) {
      const w = termWeight(t) * Math.min(qtf, 2);
      const list = postings.get(t);
      if (!list) continue;
      const d = dfOf(t);
      const idfP = idf(d.p, passageDocs.length);
      const idfM = idf(d.m, metaDocs.length);
      for (const di of list) {
        const doc = docs[di];
        const tf = doc.terms.get(t)!;
        const avg = doc.passage >= 0 ? avgPassage : avgMeta;
        const bm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.len) / avg));
        if (doc.passage >= 0) pScore.set(doc.passage, (pScore.get(doc.passage) ?? 0) + w * idfP * bm);
        else mScore.set(doc.sectionId, (mScore.get(doc.sectionId) ?? 0) + w * idfM * bm);
      }
    }

    const bySection = new Map<string, { passage: Passage; score: number }[]>();
    for (const [pi, score] of pScore) {
      const p = passages[pi];
      let list = bySection.get(p.sectionId);
      if (!list) bySection.set(p.sectionId, (list = []));
      list.push({ passage: p, score });
    }
    const ids = new Set([...bySection.keys(), ...mScore.keys()]);
    const hits: Hit[] = [];
    for (const id of ids) {
      const ps = (bySection.get(id) ?? []).sort((a, b) => b.score - a.score);
      const meta = mScore.get(id) ?? 0;
      // The best passage carries the section; a second good one adds a little (the section
      // is about this, not merely mentioning it).
      let score = (ps[0]?.score ?? 0) + 0.25 * (ps[1]?.score ?? 0) + META_WEIGHT * meta;
      if (sections.get(id)!.overview) score *= OVERVIEW_FACTOR;
      hits.push({ sectionId: id, score, passages: ps.slice(0, 6), meta });
    }
    // Prefer the most specific section: a parent (3.4) whose child (3.4.2) scores nearly as
    // well is summarising what the child says in full.
    const scoreOf = new Map(hits.map((h) => [h.sectionId, h.score]));
    for (const h of hits) {
      if (!childCount.has(h.sectionId)) continue;
      // ...but only a child whose own title/aliases fit the question at least as well.
      let bestChild = 0;
      for (const c of hits)
        if (c.sectionId.startsWith(h.sectionId + '.') && c.meta >= h.meta) bestChild = Math.max(bestChild, scoreOf.get(c.sectionId)!);
      if (bestChild >= CHILD_SHARE * h.score) h.score = Math.min(h.score, bestChild * 0.98);
    }
    hits.sort((a, b) => b.score - a.score || a.sectionId.localeCompare(b.sectionId));
    const fixedTo = new Set(corrected.map(([, to]) => to));
    const topTerms = hits.length ? sectionTerms.get(hits[0].sectionId)! : new Set<string>();
    let knownWeight = 0;
    let counted = 0;
    for (const w of query.words) {
      // Bare numbers (3, 22) rank passages but say nothing about the topic; 65% or 20~30% do.
      if (/^[\d.,+-]+$/.test(w)) continue;
      // A word the best section itself uses counts fully (the answer explains it); a word the
      // module knows elsewhere counts half; an unknown word counts nothing.
      const fam = familiarity(w);
      const inTop = fam > 0 && (topTerms.has('w:' + w) || conceptsOf(w).some((c) => topTerms.has('c:' + c)));
      const f = (inTop ? (fam >= 1 ? 1 : 0.8) : fam * 0.5) * (fixedTo.has(w) ? 0.8 : 1);
      // An unknown chat verb (잡았는데, 골라야될지, 쉬워) says how, not what: it doesn't count.
      if (f === 0 && PREDICATE.test(w)) continue;
      knownWeight += f;
      counted++;
    }
    // A product name the module never mentions (RDS, ElastiCache) is what the question is about:
    // it weighs double against coverage.
    const unknownNames = (text.match(NAME) ?? []).filter((w) => !isKnownWord(stemEnglish(normalize(w))));
    const denominator = counted + unknownNames.length;
    const coverage = denominator ? knownWeight / denominator : query.concepts.length ? 1 : 0;
    return { query, hits, corrected, coverage, unknownNames };
  }

  return {
    search,
    passages,
    sections,
    matcher,
    df: (t) => dfOf(t).p,
    docCount: passageDocs.length,
  };
}

function sumTf(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** Levenshtein distance with adjacent transpositions (dokcer → docker is one edit). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array(n).fill(0)]);
  for (let j = 1; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}
