// Glossary matching: finds the module's terms in a text however they are spelled
// (spot / 스팟 / 스팟인스턴스는 → one concept), longest match first so that
// "스팟 인스턴스" is one concept, not "스팟" plus "인스턴스".
import type { GlossaryEntry } from '../content/load.ts';
import { compact, normalize, stemEnglish, isHangul } from './normalize.ts';

interface Pattern {
  key: string; // compact (Hangul) or space-joined stemmed words (ASCII)
  concept: string;
}

export interface ConceptMatcher {
  /** Canonical terms found in an already-normalised text, and the text with them blanked out. */
  match(normalized: string): { concepts: string[]; rest: string };
  /** Every spelling the matcher knows, for typo correction. */
  spellings(): string[];
}

const asciiKey = (v: string) => normalize(v).split(' ').map(stemEnglish).join(' ');

export function createConceptMatcher(glossary: GlossaryEntry[]): ConceptMatcher {
  const hangul: Pattern[] = [];
  const ascii: Pattern[] = [];
  for (const e of glossary) {
    for (const v of [e.canonical, ...e.variants]) {
      const n = normalize(v);
      if (!n) continue;
      if (isHangul(n)) hangul.push({ key: compact(n), concept: e.canonical });
      else ascii.push({ key: asciiKey(n), concept: e.canonical });
    }
  }
  const byLength = (a: Pattern, b: Pattern) => b.key.length - a.key.length;
  hangul.sort(byLength);
  ascii.sort(byLength);

  return {
    match(normalized) {
      const concepts = new Set<string>();
      // ASCII terms on word boundaries (so "ri" never matches inside "pricing").
      let spaced = ' ' + normalized.split(' ').map((w) => (isHangul(w) ? w : stemEnglish(w))).join(' ') + ' ';
      for (const p of ascii) {
        const needle = ' ' + p.key + ' ';
        if (spaced.includes(needle)) {
          concepts.add(p.concept);
          spaced = spaced.split(needle).join('  ');
        }
      }
      // Hangul terms anywhere in the spacing-free text, so particles and missing spaces don't matter.
      let flat = compact(spaced);
      for (const p of hangul) {
        if (p.key.length >= 2 && flat.includes(p.key)) {
          concepts.add(p.concept);
          flat = flat.split(p.key).join('\u0000');
        }
      }
      return { concepts: [...concepts], rest: spaced.trim() };
    },
    spellings() {
      return [...hangul, ...ascii].map((p) => p.key);
    },
  };
}
