// The search index: BM25 (bm25.ts) over passages plus a per-section "meta" document of title and
// aliases, and Fuse.js used where fuzzy matching pays: correcting misspelt query words against
// the module's vocabulary (dokcer → docker, 온디멘드 → 온디맨드), not scanning section bodies.
import Fuse from 'fuse.js';
import type { Knowledge } from '../content/load.ts';
import type { Section } from '../content/section.ts';
import { splitPassages, type Passage } from '../content/passages.ts';
import { createConceptMatcher, type ConceptMatcher } from './concepts.ts';
import { analyze, type Analysis } from './analyze.ts';
import { createBm25 } from './bm25.ts';
import { memo } from './cache.ts';
import { compact, hangulBigrams, isHangul, normalize, stemEnglish, stripKoreanEnding } from './normalize.ts';
import { isStopword } from './stopwords.ts';
import { isEnglishWord } from './english.ts';

export interface Hit {
  sectionId: string;
  score: number;
  /** Best passages of the section, best first. */
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
  /** Content words of the question the module knows (familiarity > 0). */
  knownWords: number;
  /** Latin-script words of the question the module never uses, typo correction found nothing for (karpenter). */
  unknownLatin: string[];
  /** Korean content words of the question the module never uses (웜풀): a typo or an untaught name. */
  unknownHangul: string[];
  /** Model-like names (p4d, m5.large, io2) the module never uses: a particular product the notes do not cover. */
  unknownModels: string[];
}

export interface SearchIndex {
  /**
   * `asks`: glossary concepts the question's kind stands for ("뭐가 좋아?" asks for 이점), added to its terms.
   * `answeredBy`: how many of the best sections the answer may draw on (two for "A와 B의 차이", whose
   * terms may each have a section of their own); their words count as the answer's in `coverage`.
   */
  search(text: string, asks?: string[], answeredBy?: number): SearchResult;
  passages: Passage[];
  sections: Map<string, Section>;
  matcher: ConceptMatcher;
  /** Document frequency of a term across passages (for deciding what is specific). */
  df(term: string): number;
  docCount: number;
  /** Glossary concepts of one word (memoised). */
  conceptsOf(word: string): string[];
  /** True when some passage carries every one of these terms (c:…, w:…). */
  together(terms: string[]): boolean;
  /** True when the section (its passages, title or aliases) carries the term. */
  sectionHas(sectionId: string, term: string): boolean;
  /** The index terms of each passage, by passage index. */
  passageTerms: Map<string, number>[];
  /** The index terms of one passage. */
  termsOf(passage: Passage): Map<string, number>;
}

/** Acronyms and CamelCase names in the raw question (RDS, ElastiCache, JSON). */
const NAME = /\b(?:[A-Z]{2,}[a-z]?|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/g;

/** A capitalised word: a name when something other than a sentence's start stands before it. */
const CAPITALISED = /\b[A-Z][a-z]{2,}\b/g;

/** Product-like names in the raw question: acronyms, CamelCase, and capitalised words mid-sentence ("Session Manager로"). */
function namesIn(text: string): string[] {
  const names: string[] = text.match(NAME) ?? [];
  for (const m of text.matchAll(CAPITALISED)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before && !/[.?!:\n]$/.test(before)) names.push(m[0]);
  }
  return names;
}

/** Final syllables of Korean verb/adjective endings (casual chat included). */
const PREDICATE = /[\uac00-\ud7a3][다요죠지게데때땐면서고니냐나까음임함됨감김수워해돼줘야어아거걸건래네든던는을할될에법깐봐듯여용염삼쇼셈움실온려]$/;

/** How much a section's title/aliases count next to its best passage. */
const META_WEIGHT = 0.9;
/** A section's second-best passage adds this share: the section is about it, not merely mentioning it. */
const SECOND_PASSAGE_SHARE = 0.25;
/** Passages kept per hit, for the answerer to choose from. */
const PASSAGES_PER_HIT = 8;
/** A child section scoring this share of its parent's score is preferred to the parent... */
const CHILD_SHARE = 0.75;
/** ...and the parent is then ranked just under the child. */
const UNDER_CHILD = 0.98;
/** Overview sections (front matter `overview: true`) only introduce their subsections. */
const OVERVIEW_FACTOR = 0.6;
/**
 * Supplementary sections (not in the module notes) restate some of the module's facts beside their
 * own: where the module's own section answers about as well, the module's section is cited.
 */
const SUPPLEMENT_FACTOR = 0.9;
/** A model or generation name: letters then a digit (p4d, m5.large, io2, t4g, v2). */
export const MODEL_NAME = /^[a-z]{1,5}\d[a-z0-9]*(\.[a-z0-9]+)?$/;
/** Fuse.js proposes typo corrections with these settings; an edit-distance check then decides. */
const FUZZY = { threshold: 0.34, includeScore: true, distance: 10 };
/**
 * How much a question word says "this is about the module" (SearchResult.coverage): the module's
 * own terms and rare words of its text fully, common words and ordinary-word glossary entries less,
 * words the module never uses not at all.
 */
const FAMILIARITY = { specific: 1, common: 0.6, ordinaryConcept: 0.4 } as const;
/** A known word the answering section itself does not use counts this share. */
const ELSEWHERE_SHARE = 0.5;
/** A common word the answering section uses. */
const IN_TOP_COMMON = 0.8;
/** A situation told in everyday English: with this many words the module knows and one of its terms... */
const SITUATION_KNOWN_WORDS = 4;
/** ...an everyday English word the module never uses counts this share of an unknown word. */
const EVERYDAY_SHARE = 0.3;
/** A word reached by typo correction counts a little less (the correction may be wrong). */
const CORRECTED_SHARE = 0.8;

export interface SearchOptions {
  /** Words that count as unknown for coverage although the text mentions them (scope lexicon). */
  unfamiliar?: (word: string) => boolean;
}

export function buildIndex(knowledge: Knowledge, options: SearchOptions = {}): SearchIndex {
  const matcher = createConceptMatcher(knowledge.glossary);
  const passages: Passage[] = [];
  const bm25 = createBm25();
  const vocabulary = new Set<string>();
  const sectionTerms = new Map<string, Set<string>>();
  const passageTerms: Map<string, number>[] = [];
  const addDoc = (passage: number, sectionId: string, a: Analysis) => {
    if (passage >= 0) passageTerms[passage] = a.terms;
    a.words.forEach((w) => vocabulary.add(w));
    let len = 0;
    for (const n of a.terms.values()) len += n;
    bm25.add({ passage, sectionId, len, terms: a.terms });
    const terms = sectionTerms.get(sectionId) ?? new Set<string>();
    for (const t of a.terms.keys()) terms.add(t);
    sectionTerms.set(sectionId, terms);
  };

  const childCount = new Map<string, number>();
  for (const s of knowledge.sections) if (s.parent) childCount.set(s.parent, (childCount.get(s.parent) ?? 0) + 1);

  for (const s of knowledge.sections) {
    for (const p of splitPassages(s)) {
      // A passage is indexed with its heading, so "ECS 클러스터 옵션" finds the bullets under it.
      addDoc(passages.push(p) - 1, s.id, analyze(`${p.heading ?? ''} ${p.text}`, matcher));
    }
    addDoc(-1, s.id, analyze([s.title, s.titleEn, ...s.aliases].join(' | '), matcher));
  }
  const known = (t: string) => bm25.has(t);

  // Typo correction vocabulary: glossary spellings and every indexed word of 3+ characters.
  matcher.spellings().forEach((s) => vocabulary.add(s));
  const latinVocab = [...vocabulary].filter((w) => !isHangul(w) && w.length >= 4 && /^[a-z][a-z0-9-]*$/.test(w));
  const hangulVocab = [...vocabulary].filter((w) => isHangul(w) && w.length >= 3 && w.length <= 8);
  // One small Fuse index per first character and one per second character: a typo rarely hits
  // both, and searching ~30 spellings instead of ~1,000 keeps a correction well under 1 ms.
  // Each Fuse index is built the first time a typo needs it, so start-up pays for none of them.
  const bucketed = new Map<string, string[]>();
  for (const w of [...latinVocab, ...hangulVocab]) {
    for (const key of [`1${w[0]}`, `2${w[1]}`]) {
      const list = bucketed.get(key);
      if (list) list.push(w);
      else bucketed.set(key, [w]);
    }
  }
  const bucket = memo((key: string) => (bucketed.has(key) ? new Fuse(bucketed.get(key)!, FUZZY) : undefined));
  const correct = memo((w: string): string | null => {
    // Fuse proposes; an edit-distance check disposes, so "joke" never becomes "job".
    const candidates = [...(bucket(`1${w[0]}`)?.search(w, { limit: 3 }) ?? []), ...(bucket(`2${w[1]}`)?.search(w, { limit: 3 }) ?? [])]
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
    // A Hangul syllable carries more than a letter: one wrong syllable in three is another word.
    const allowed = isHangul(w) ? (w.length >= 4 ? 1 : 0) : w.length >= 9 ? 2 : 1;
    return candidates.find((r) => editDistance(r.item, w) <= allowed)?.item ?? null;
  }, 5000);

  const sections = new Map(knowledge.sections.map((s) => [s.id, s]));
  // The models the module names (t3.micro, gp2): one a character away (t2.micro), or of the same
  // family (t3.large), is the same question.
  const moduleModels = [...vocabulary].filter((w) => MODEL_NAME.test(w));
  const conceptsOf = memo((w: string) => matcher.match(w).concepts);

  /** A word the module uses: indexed, a glossary term, or (Korean compounds) mostly known syllable pairs. */
  const isKnownWord = memo((w: string): boolean => {
    if (known('w:' + w) || vocabulary.has(w) || conceptsOf(w).length > 0) return true;
    if (!isHangul(w) || w.length < 3) return false;
    const pairs = hangulBigrams(w);
    return pairs.filter((b) => known('b:' + b)).length >= 0.6 * pairs.length;
  });

  // The module's text with spacing removed: a long Korean word whose syllable pairs are all known
  // may still be a typo ("컨테이노": 컨테, 테이 and 이노 each occur somewhere, the word nowhere).
  // Built on the first long unknown Korean word, so start-up pays nothing for it.
  let compactText: string | undefined;
  const inText = (w: string) => (compactText ??= knowledge.sections.map((s) => compact(normalize([s.title, ...s.aliases, s.body].join(' ')))).join('|')).includes(w);

  /**
   * Not a typo: a word the module uses, or a Korean compound all of whose syllable pairs it uses.
   * (isKnownWord accepts most pairs known, which a typo also has: "컨테이녀" shares two of its
   * three pairs with 컨테이너.)
   */
  const isCorrectAsTyped = memo((w: string): boolean =>
    known('w:' + w) || conceptsOf(w).length > 0 || (isHangul(w) ? hangulBigrams(w).every((b) => known('b:' + b)) && (w.length < 4 || inText(w)) : isKnownWord(w)),
  );

  const specificDf = Math.max(3, 0.03 * bm25.passageCount());
  const familiarity = memo((w: string): number => {
    if (options.unfamiliar?.(w)) return 0;
    const concepts = conceptsOf(w);
    const df = bm25.df('w:' + w).p;
    if (concepts.some((c) => matcher.isModuleTerm(c))) return FAMILIARITY.specific;
    if (df > 0) return df <= specificDf ? FAMILIARITY.specific : FAMILIARITY.common;
    if (known('w:' + w)) return FAMILIARITY.common; // a title or alias word
    if (isKnownWord(w)) return concepts.length ? FAMILIARITY.ordinaryConcept : FAMILIARITY.common;
    return 0;
  });

  /** The known spelling a typed word is a typo of, if it is one (`w`: the word as typed, with its ending). */
  function typoFix(stem: string, w: string): string | undefined {
    // Very long "words" are run-together sentences, not typos: correcting them costs and misleads.
    if (stem.length < (isHangul(stem) ? 3 : 4) || stem.length > 16 || isStopword(stem) || /\d/.test(stem)) return undefined;
    if (vocabulary.has(stem) || vocabulary.has(w) || options.unfamiliar?.(stem)) return undefined;
    if (isCorrectAsTyped(stem) || (!isHangul(stem) && isEnglishWord(stem))) return undefined;
    const fix = correct(stem);
    return fix && fix !== stem ? fix : undefined;
  }

  /** Words the index has never seen are replaced by the closest known spelling. */
  function correctTypos(n: string): { text: string; corrected: [string, string][] } {
    const corrected: [string, string][] = [];
    const raw = n.split(' ');
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i];
      const stem = isHangul(w) ? stripKoreanEnding(w) : stemEnglish(w);
      // (A misspelt word may end like a particle: "컨테이나" is no 컨테 + 이나, so the whole word is tried too.)
      // (Not when what is left is a word: "조정으로" is 조정 + 으로.)
      const wholeToo = isHangul(w) && stem !== w && !known('w:' + stem) && !conceptsOf(stem).length;
      for (const typed of wholeToo ? [stem, w] : [stem]) {
        const fix = typoFix(typed, w);
        if (fix) {
          corrected.push([typed, fix]);
          raw[i] = fix;
          break;
        }
      }
    }
    return { text: corrected.length ? raw.join(' ') : n, corrected };
  }

  // Per section, in reading order: what a question's scores are gathered into (reset per question).
  const sectionOrder = knowledge.sections.map((s) => s.id);
  const sectionNo = new Map(sectionOrder.map((id, i) => [id, i]));
  const passageSection = passages.map((p) => sectionNo.get(p.sectionId)!);
  const gathered = sectionOrder.map(() => ({ best: [] as { passage: Passage; score: number }[], meta: 0, seen: -1 }));
  let question = 0;

  function rankSections(query: Analysis): Hit[] {
    question++;
    const touched: number[] = [];
    const entry = (no: number) => {
      const g = gathered[no];
      if (g.seen !== question) ((g.seen = question), (g.best = []), (g.meta = 0), touched.push(no));
      return g;
    };
    // Each section keeps its best passages in order as they come (no sorting of every match).
    bm25.score(
      query.terms,
      (pi, score) => insertTop(entry(passageSection[pi]).best, passages[pi], score, PASSAGES_PER_HIT),
      (id, score) => (entry(sectionNo.get(id)!).meta += score),
    );
    const hits: Hit[] = [];
    for (const no of touched) {
      const { best: ps, meta } = gathered[no];
      const id = sectionOrder[no];
      let score = (ps[0]?.score ?? 0) + SECOND_PASSAGE_SHARE * (ps[1]?.score ?? 0) + META_WEIGHT * meta;
      if (sections.get(id)!.overview) score *= OVERVIEW_FACTOR;
      if (sections.get(id)!.supplementary) score *= SUPPLEMENT_FACTOR;
      hits.push({ sectionId: id, score, passages: ps, meta });
    }
    // Prefer the most specific section: a parent (3.4) whose child (3.4.2) scores nearly as
    // well is summarising what the child says in full...
    const scoreOf = new Map(hits.map((h) => [h.sectionId, h.score]));
    for (const h of hits) {
      if (!childCount.has(h.sectionId)) continue;
      // ...but only a child whose own title/aliases fit the question at least as well.
      let bestChild = 0;
      for (const c of hits)
        if (c.sectionId.startsWith(h.sectionId + '.') && c.meta >= h.meta) bestChild = Math.max(bestChild, scoreOf.get(c.sectionId)!);
      if (bestChild >= CHILD_SHARE * h.score) h.score = Math.min(h.score, bestChild * UNDER_CHILD);
    }
    return hits.sort((a, b) => b.score - a.score || a.sectionId.localeCompare(b.sectionId));
  }

  function search(text: string, asks: string[] = [], answeredBy = 1): SearchResult {
    const { text: n, corrected } = correctTypos(normalize(text));
    const query = analyze(n, matcher, true);
    for (const c of asks) if (!query.terms.has('c:' + c) && bm25.has('c:' + c)) query.terms.set('c:' + c, 1);
    const hits = rankSections(query);

    const fixedTo = new Set(corrected.map(([, to]) => to));
    const tops = hits.slice(0, answeredBy).map((h) => sectionTerms.get(h.sectionId)!);
    const topTerms = { has: (t: string) => tops.some((terms) => terms.has(t)) };
    let knownWeight = 0;
    let counted = 0;
    let knownWords = 0;
    const unknownLatin: string[] = [];
    const unknownHangul: string[] = [];
    const unknownModels: string[] = [];
    const hasModuleTerm = query.concepts.some((c) => matcher.isModuleTerm(c));
    let everyday = 0;
    for (const w of query.words) {
      // Bare numbers (3, 22) rank passages but say nothing about the topic; 65% or 20~30% do.
      if (/^[\d.,+-]+$/.test(w)) continue;
      // A word the best section itself uses counts fully (the answer explains it); a word the
      // module knows elsewhere counts half; an unknown word counts nothing, unless it is part of a
      // term the question names ("time" in "one time thing").
      // A word of a several-word term ("dedicated" in "Dedicated Host") counts as that term does.
      const phrase = query.phraseWords.get(w);
      const fam = familiarity(w) || (phrase ? (matcher.isModuleTerm(phrase) ? FAMILIARITY.specific : FAMILIARITY.common) : 0);
      const inTop = fam > 0 && (topTerms.has('w:' + w) || conceptsOf(w).some((c) => topTerms.has('c:' + c)) || (!!phrase && topTerms.has('c:' + phrase)));
      const f = (inTop ? (fam >= 1 ? 1 : IN_TOP_COMMON) : fam * ELSEWHERE_SHARE) * (fixedTo.has(w) ? CORRECTED_SHARE : 1);
      // An unknown chat verb (잡았는데, 골라야될지, 쉬워) says how, not what: it doesn't count.
      // (Nor does one the module happens to use in another sense, far from the answer: "없는데" beside
      // the notes' "주어지는데".)
      if ((f === 0 || (!inTop && !conceptsOf(w).length && !phrase)) && PREDICATE.test(w)) continue;
      if (f > 0) knownWords++;
      else if (/^[a-z][a-z-]{3,}$/.test(w)) unknownLatin.push(w);
      else if (isHangul(w) && w.length >= 2) unknownHangul.push(w);
      else if (MODEL_NAME.test(w) && !moduleModels.some((m) => editDistance(m, w) <= 1 || m.split('.')[0] === w.split('.')[0])) unknownModels.push(w);
      knownWeight += f;
      if (f === 0 && /^[a-z]/.test(w) && isEnglishWord(w)) everyday++;
      counted++;
    }
    // A situation described at length in everyday English around the module's terms ("a nightly
    // job … fine if a node gets killed halfway"): its everyday words say how, not what, and weigh
    // less. Only with several words the module knows: "a poem about docker" stays someone else's.
    // (So does the one everyday word of a short question about a term: "our ops manager keeps saying
    // right-sizing"; "my cat keeps sleeping on the laptop, like a spot instance?" has more.)
    if (((hasModuleTerm || query.concepts.length >= SITUATION_KNOWN_WORDS) && knownWords >= SITUATION_KNOWN_WORDS) || (hasModuleTerm && everyday === 1 && knownWords >= 2))
      counted -= (1 - EVERYDAY_SHARE) * everyday;
    // A product name the module never mentions (RDS, ElastiCache) is what the question is about:
    // it weighs double against coverage.
    const unknownNames = namesIn(text).filter((w) => {
      const n = stemEnglish(normalize(w));
      if (isStopword(n)) return false;
      return !isKnownWord(n) || !!options.unfamiliar?.(n);
    });
    const denominator = counted + unknownNames.length;
    const coverage = denominator ? knownWeight / denominator : query.concepts.length ? 1 : 0;
    return { query, hits, corrected, coverage, unknownNames, knownWords, unknownLatin, unknownHangul, unknownModels };
  }

  const passageNo = new Map(passages.map((p, i) => [p, i]));
  return {
    search,
    passages,
    sections,
    matcher,
    df: (t) => bm25.df(t).p,
    docCount: bm25.passageCount(),
    conceptsOf,
    passageTerms,
    termsOf: (p) => passageTerms[passageNo.get(p)!],
    sectionHas: (id, t) => sectionTerms.get(id)?.has(t) ?? false,
    together: (terms) => passageTerms.some((t) => terms.every((x) => t.has(x))),
  };
}

/** Inserts the passage into `list` (best first, at most `k` long), after any of equal score. */
function insertTop(list: { passage: Passage; score: number }[], passage: Passage, score: number, k: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1].score < score) i--;
  if (i >= k) return;
  // Shift the worse ones down by hand (splice would allocate the array of removed items).
  for (let j = Math.min(list.length, k - 1); j > i; j--) list[j] = list[j - 1];
  list[i] = { passage, score };
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
