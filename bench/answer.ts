// Retrieval benchmarks: index build, per-question latency, and the CLI against a MiniSearch baseline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnswerer } from '../src/answer/answerer.ts';
import { loadKnowledge } from '../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/tutor.ts';
import { benchQuestions } from './questions.ts';

const root = join(import.meta.dirname, '..');
// The same command line as `npm start` / `npm run tutor` (node with the tsx loader and one V8 worker
// thread), minus npm itself; the MiniSearch baseline runs under the same flags.
const node = process.execPath;
const NODE_FLAGS = ['--v8-pool-size=1', '--import', 'tsx'];
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Alternating runs of the CLI and the baseline whose medians are compared. */
const CLI_RUNS = 5;

const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));

function timeCommand(args: string[], input: string): number {
  const t0 = performance.now();
  const r = spawnSync(node, [...NODE_FLAGS, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return performance.now() - t0;
}

export async function benchAnswer(): Promise<string[]> {
  const lines: string[] = [];
  const t0 = performance.now();
  const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const t1 = performance.now();
  const answerer = createAnswerer(knowledge);
  const t2 = performance.now();
  lines.push(`knowledge load: ${ms(t1 - t0)}; index build: ${ms(t2 - t1)}`);

  const questions = benchQuestions(3000);
  for (const q of questions.slice(0, 200)) answerer.answer(q); // warm-up (JIT)
  const times: number[] = [];
  const start = performance.now();
  for (const q of questions) {
    const a = performance.now();
    answerer.answer(q);
    times.push(performance.now() - a);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  lines.push(`answer latency over ${questions.length} questions: p50 ${ms(pct(times, 50))}, p99 ${ms(pct(times, 99))}, max ${ms(times[times.length - 1])}`);
  lines.push(`answer throughput: ${Math.round((questions.length / total) * 1000)} questions/s`);

  const input = benchQuestions(2000).map((q) => JSON.stringify({ q })).join('\n') + '\n';
  // One run of each swings ±15% with the host's load: five alternating runs, medians compared.
  const cliRuns: number[] = [];
  const baseRuns: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    cliRuns.push(timeCommand(['src/cli.ts', 'ask', '--jsonl'], input));
    baseRuns.push(timeCommand(['bench/baseline-minisearch.ts'], input));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [cli, base] = [median(cliRuns), median(baseRuns)];
  lines.push(`CLI ask --jsonl, 2,000 questions (median of ${CLI_RUNS}): ${cli.toFixed(0)} ms; plain MiniSearch BM25 baseline: ${base.toFixed(0)} ms (ratio ${(cli / base).toFixed(2)})`);

  const starts = [0, 1, 2].map(() => timeCommand(['adapters/start.ts'], '')).sort((a, b) => a - b);
  const firstAnswer = timeCommand(['adapters/start.ts'], 'EC2가 뭐야?\n');
  lines.push(`console start-up to exit on empty input (node + tsx loader, median of 3): ${starts[1].toFixed(0)} ms; with one piped question: ${firstAnswer.toFixed(0)} ms`);
  return lines;
}
