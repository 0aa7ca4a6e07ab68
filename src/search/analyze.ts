// Turns text into weighted index terms. Three kinds, so that each way people type is caught:
//   c:<concept>  a glossary term in any spelling (spot, 스팟, 스팟인스턴스는)  — strongest
//   w:<word>     a word with particles/plurals cut (인스턴스는 → 인스턴스, containers → container)
//   b:<bigram>   Hangul syllable pairs with spacing ignored (missing spaces, unknown compounds)
import type { ConceptMatcher } from './concepts.ts';
import { hangulBigrams, normalize, words } from './normalize.ts';
import { isStopword } from './stopwords.ts';

export const WEIGHT = { c: 3, w: 1.5, b: 0.6 } as const;

export interface Analysis {
  concepts: string[];
  words: string[];
  /** English words that only make up a several-word term the text names ("one time thing"), and that term. */
  phraseWords: Map<string, string>;
  /** term → term frequency */
  terms: Map<string, number>;
}

export function analyze(text: string, matcher: ConceptMatcher, alreadyNormalized = false): Analysis {
  const n = alreadyNormalized ? text : normalize(text);
  const { concepts, phraseOf } = matcher.match(n);
  // A stopword that is part of a term the text names stays a word: "정의" asks for a definition in
  // "컨테이너 정의", but belongs to 작업 정의 in "작업 정의에 뭐 들어가".
  const ws = words(n).filter((w) => (!isStopword(w) || concepts.some((c) => c.includes(w))) && w.length > 1);
  const terms = new Map<string, number>();
  const add = (t: string) => terms.set(t, (terms.get(t) ?? 0) + 1);
  for (const c of concepts) add('c:' + c);
  for (const w of ws) add('w:' + w);
  // Bigrams from content words only, so question endings (뭐야, 알려줘) add no noise.
  for (const b of hangulBigrams(ws.join(' '))) add('b:' + b);
  return { concepts, words: ws, terms, phraseWords: phraseOf };
}

export function termWeight(term: string): number {
  // A number in a question (65%, 20~30%, 2분, 15분) pins the passage that states it.
  if (term.startsWith('w:') && /\d/.test(term)) return WEIGHT.c;
  return WEIGHT[term[0] as keyof typeof WEIGHT] ?? 1;
}
