// Glossary matching: finds the module's terms in a text however they are spelled
// (spot / 스팟 / 스팟인스턴스는 → one concept). Greedy longest match, left to right, so that
// "스팟 인스턴스" is one concept, not "스팟" plus "인스턴스". Patterns are bucketed by their
// first two characters (Hangul) or first word (Latin), so a match costs a few lookups per
// position rather than a scan of every spelling.
import type { GlossaryEntry } from '../content/load.ts';
import { compact, normalize, stemEnglish, isHangul, stripKoreanEnding } from './normalize.ts';

interface Pattern {
  key: string;
  concept: string;
}

export interface ConceptMatcher {
  /**
   * Canonical terms found in an already-normalised text, and the words that only make up a
   * several-word spelling ("time" in "one time thing", "옛날" in "옛날 코드"): the term stands for them.
   */
  match(normalized: string): Match;
  /** Every spelling the matcher knows, for typo correction. */
  spellings(): string[];
  /** True for the module's own terms (glossary.yaml), false for ordinary words. */
  isModuleTerm(concept: string): boolean;
}

export interface Match {
  concepts: string[];
  /** Words that only make up a several-word spelling of a term ("one time thing", "옛날 코드"), and the term each stands for. */
  phraseOf: Map<string, string>;
}

/** One-syllable particles a word may end in ("이름만", "서버도"). */
const PARTICLE = new Set([...'만도은는이가을를에의로와과']);
const stemWords = (n: string) => n.split(' ').map((w) => (isHangul(w) ? w : stemEnglish(w)));

export function createConceptMatcher(glossary: GlossaryEntry[]): ConceptMatcher {
  // Hangul-containing spellings match inside the spacing-free text (particles, missing spaces);
  // Latin spellings match whole words only (so "ri" never matches inside "pricing").
  // Keyed by the first two characters' codes: looking up every position of a text then
  // allocates no substrings.
  const hangul = new Map<number, Pattern[]>();
  const pairKey = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const latin = new Map<string, { words: string[]; concept: string }[]>();
  const all: string[] = [];
  const general = new Set(glossary.filter((e) => e.general).map((e) => e.canonical));
  for (const e of glossary) {
    for (const v of [e.canonical, ...e.variants]) {
      const n = normalize(v);
      if (!n) continue;
      if (isHangul(n)) {
        const key = compact(n);
        if (key.length < 2) continue;
        const bucket = hangul.get(pairKey(key, 0)) ?? [];
        bucket.push({ key, concept: e.canonical });
        hangul.set(pairKey(key, 0), bucket);
        all.push(key);
        // Mixed spellings ("게스트 OS", "Docker 이미지") also match word by word, so the Latin pass
        // does not take their English word ("OS") for a term of its own first.
        if (/[a-z]/.test(n) && n.includes(' ')) {
          const words = stemWords(n);
          latin.set(words[0], [...(latin.get(words[0]) ?? []), { words, concept: e.canonical }]);
        }
      } else {
        const words = stemWords(n);
        // "rarely accessed" is also written "rarely-accessed" (one word after normalising).
        const forms = words.length > 1 && !n.includes('-') ? [words, [words.join('-')]] : [words];
        for (const f of forms) latin.set(f[0], [...(latin.get(f[0]) ?? []), { words: f, concept: e.canonical }]);
        all.push(words.join(' '));
      }
    }
  }
  for (const b of hangul.values()) b.sort((a, c) => c.key.length - a.key.length);
  for (const b of latin.values()) b.sort((a, c) => c.words.length - a.words.length);

  // The last text matched and its result: the scope check and the search match the same question.
  let last: { text: string; found: Match } | undefined;

  return {
    match(normalized) {
      if (last?.text !== normalized) last = { text: normalized, found: matchText(normalized) };
      const { concepts, phraseOf } = last.found;
      return { concepts: [...concepts], phraseOf: new Map(phraseOf) };
    },
    spellings() {
      return all;
    },
    isModuleTerm(concept) {
      return !general.has(concept);
    },
  };

  function matchText(normalized: string): Match {
    const concepts = new Set<string>();
    const phraseOf = new Map<string, string>();
    const words = stemWords(normalized);
    const rest: string[] = [];
    for (let i = 0; i < words.length; ) {
      // A Korean word of a mixed spelling may carry a particle ("Docker 이미지를").
      const found = latin.get(words[i])?.find((p) =>
        p.words.every((w, k) => words[i + k] === w || (isHangul(w) && k === p.words.length - 1 && !!words[i + k]?.startsWith(w))),
      );
      if (found) {
        concepts.add(found.concept);
        if (found.words.length > 1) for (const w of found.words) phraseOf.set(w, found.concept);
        i += found.words.length;
        rest.push(' ');
      } else {
        rest.push(words[i]);
        i++;
      }
    }
    const flat = compact(rest.join(' '));
    // Where each word starts in the spacing-free text: a spelling matched across words ("옛날 코드가")
    // makes each of them a word of the term, as a several-word English spelling does.
    let starts: number[] | undefined;
    for (let i = 0; i + 1 < flat.length; ) {
      const found = hangul.get(pairKey(flat, i))?.find((p) => flat.startsWith(p.key, i));
      if (found) {
        const end = i + found.key.length;
        if (!starts) {
          starts = [];
          for (let k = 0, at = 0; k < rest.length; k++) (starts.push(at), (at += compact(rest[k]).length));
        }
        // A spelling running on from a word's particle into the next word is no spelling of it:
        // "이름만 들어봄" says no 만들(다), while "정의하기만 하면" does say 하기만 하면.
        const next = starts.find((at) => at > i && at < end);
        if (next !== undefined && next - i === 1 && PARTICLE.has(flat[i]) && !starts.includes(i)) {
          i++;
          continue;
        }
        concepts.add(found.concept);
        // The words starting inside the match whose stem ends inside it too.
        const inside: string[] = [];
        for (let k = 0; k < starts.length; k++) {
          if (starts[k] < i || starts[k] >= end) continue;
          const stem = stripKoreanEnding(rest[k]);
          if (starts[k] + compact(stem).length <= end) inside.push(stem);
        }
        if (inside.length > 1) for (const stem of inside) phraseOf.set(stem, found.concept);
        i = end;
      } else i++;
    }
    return { concepts: [...concepts], phraseOf };
  }
}
