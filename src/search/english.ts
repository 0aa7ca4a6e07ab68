// Real English words, so the typo corrector leaves them as typed: without a dictionary, Fuse.js
// turns any word the module never uses into the nearest one it does ("mixed" → "fixed", "step" →
// "stop", "movie" → "move"), which sends a question to the wrong section or into scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Two-letter prefix → " word word … " (the file's lines). */
let byPrefix: Map<string, string> | undefined;

/** True for a lower-case English word of 4–14 letters, or its stem (the list's range; shorter ones are never corrected). */
export function isEnglishWord(word: string): boolean {
  // Read on the first Latin word that looks like a typo, so start-up and Korean questions pay nothing.
  byPrefix ??= new Map(
    readFileSync(join(import.meta.dirname, 'english-words.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.slice(0, 2), ` ${l} `]),
  );
  const line = byPrefix.get(word.slice(0, 2));
  // Words arrive stemmed ("touches" → "touche"): the plural it was cut from counts too.
  return !!line && (line.includes(` ${word} `) || line.includes(` ${word}s `));
}
