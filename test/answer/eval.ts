// Scores answers against a question set: top-1 section, abstention on out-of-module questions,
// and the fact rate (the share of lines with a `fact` array whose answer text carries every
// fact string). Used by accuracy.test.ts in-process, and from the command line through the
// batch CLI exactly as outside tools see it:
//   node --import tsx test/answer/eval.ts test/answer/questions.blind3.jsonl [--misses]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Case {
  q: string;
  expect: string[];
  kind?: string;
  fact?: string[];
}

/** What the scorer needs of one answer (a subset of the CLI's `ask` output). */
export interface Answered {
  answered: boolean;
  sectionId: string | null;
  answer: string;
}

export interface Scores {
  top1: number;
  abstain: number;
  fact: number;
  /** Lines that missed, for reading. */
  misses: string[];
}

export function loadCases(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** Case- and spacing-insensitive: "20 GB" in an answer carries the fact "20GB". */
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

export const carriesFacts = (answer: string, facts: string[]) => facts.every((f) => squash(answer).includes(squash(f)));

export function score(cases: Case[], outs: Answered[]): Scores {
  let inScope = 0, right = 0, off = 0, abstained = 0, factCases = 0, factRight = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const o = outs[i];
    const answered = o.answered && typeof o.sectionId === 'string';
    if (c.expect.length === 0) {
      off++;
      if (!answered) abstained++;
      else misses.push(`should decline: ${c.q} -> ${o.sectionId}`);
    } else {
      inScope++;
      if (answered && c.expect.includes(o.sectionId!)) right++;
      else misses.push(`${c.q} -> ${answered ? o.sectionId : 'declined'} (want ${c.expect.join('|')})`);
    }
    if (c.fact?.length) {
      factCases++;
      if (answered && carriesFacts(o.answer, c.fact)) factRight++;
      else misses.push(`fact ${JSON.stringify(c.fact)}: ${c.q} -> ${o.answer.replace(/\n/g, ' / ').slice(0, 160)}`);
    }
  });
  return { top1: right / Math.max(1, inScope), abstain: off ? abstained / off : 1, fact: factCases ? factRight / factCases : 1, misses };
}

/** Runs the cases through the batch CLI (`npm run -s tutor -- ask --jsonl`). */
export function askThroughCli(cases: Case[]): Answered[] {
  const input = cases.map((c) => JSON.stringify({ q: c.q })).join('\n') + '\n';
  const run = spawnSync('npm', ['run', '-s', 'tutor', '--', 'ask', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`the CLI exited ${run.status}: ${run.stderr.slice(-500)}`);
  return run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Answered);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [file, flag] = process.argv.slice(2);
  const cases = loadCases(file);
  const s = score(cases, askThroughCli(cases));
  if (flag === '--misses') console.log(s.misses.join('\n'));
  console.log(`top1=${s.top1.toFixed(3)} abstain=${s.abstain.toFixed(3)} fact=${s.fact.toFixed(3)}`);
}
