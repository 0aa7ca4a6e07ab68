// Retrieval accuracy on the project's own question sets (written apart from the code, see the
// files), as the course's scorer counts it: top-1 section among the accepted ones, and abstaining
// on questions outside the module. Floors sit a little under today's figures, to catch regressions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/tutor.ts';

const answerer = createAnswerer(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));

function score(file: string): { top1: number; abstain: number } {
  const cases = readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; expect: string[] });
  let inScope = 0, right = 0, off = 0, abstained = 0;
  for (const c of cases) {
    const r = answerer.answer(c.q);
    if (c.expect.length === 0) {
      off++;
      if (!r.answered) abstained++;
    } else {
      inScope++;
      if (r.answered && c.expect.includes(r.sectionId!)) right++;
    }
  }
  return { top1: right / inScope, abstain: abstained / off };
}

describe('retrieval accuracy', () => {
  it.each([
    ['questions.heldout.jsonl', 0.95, 0.95],
    ['questions.blind.jsonl', 0.85, 0.85],
    ['questions.blind2.jsonl', 0.9, 0.9],
  ])('%s: top-1 and abstention stay above their floors', (file, minTop1, minAbstain) => {
    const s = score(file);
    expect(s.top1).toBeGreaterThanOrEqual(minTop1);
    expect(s.abstain).toBeGreaterThanOrEqual(minAbstain);
  });
});
