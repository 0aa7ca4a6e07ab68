// The batch command line of ../shared/contract/CLI.md, used by outside tools to measure the tutor:
//   npm run -s tutor -- ask --jsonl      questions in, one JSON answer per line out
//   npm run -s tutor -- advise --jsonl   workloads in, one JSON recommendation per line out
//   npm run -s tutor -- quiz --dump      the whole question bank as one JSON array
// stdout carries only results; anything else goes to stderr.
import { once } from 'node:events';
import { join } from 'node:path';
import { readLineBatches } from './text/lines.ts';
import { isAdminError } from './admin-error.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './content/load.ts';

const USAGE = 'usage: tutor ask --jsonl | tutor advise --jsonl | tutor quiz --dump | tutor feedback [--json] | tutor migrate-store --to <postgres url> [--from <tutor.db>]';

type LineHandler = (q: string) => unknown;

/**
 * Reads JSON lines {"q": "..."} and writes one JSON object per line, in order. Each answer is
 * written as soon as its line is read (contract: "Streaming"), so a caller may send one line and
 * wait for its answer; a full pipe pauses reading until it drains.
 */
async function jsonl(handler: LineHandler): Promise<void> {
  // One write per chunk of input, not per line: a write is a system call, and 2,000 of them cost
  // more than answering. Each chunk is still answered as soon as it arrives.
  for await (const lines of readLineBatches(process.stdin)) {
    const out = lines.map((line) => JSON.stringify(handleLine(line, handler)) + '\n').join('');
    if (!process.stdout.write(out)) await once(process.stdout, 'drain');
  }
}

export function handleLine(line: string, handler: LineHandler): unknown {
  if (!line.trim()) return { error: 'blank line: expected a JSON object with a string field "q"' };
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { error: 'not JSON: expected a JSON object with a string field "q"' };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj) || typeof (obj as { q?: unknown }).q !== 'string')
    return { error: 'expected a JSON object with a string field "q"' };
  try {
    return handler((obj as { q: string }).q);
  } catch (e) {
    return { error: `internal error: ${(e as Error).message}` };
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...flags] = argv;
  const knowledgeDir = process.env.TUTOR_KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR;
  if (command === 'ask' && flags.includes('--jsonl')) {
    const { createAnswerer } = await import('./answer/answerer.ts');
    const answerer = createAnswerer(loadKnowledge(knowledgeDir));
    await jsonl((q) => {
      const r = answerer.answer(q);
      return { answered: r.answered, sectionId: r.sectionId, title: r.title, answer: r.answer, score: r.score, related: r.related };
    });
    return 0;
  }
  if (command === 'advise' && flags.includes('--jsonl')) {
    const { advise, adviceCosts } = await import('./pricing/index.ts');
    const { detectLang } = await import('./lang.ts');
    await jsonl((q) => {
      const a = advise(q, detectLang(q));
      return { model: a.model, plan: a.plan, reasons: a.reasons, citations: a.citations, questions: a.questions, costs: adviceCosts(a) };
    });
    return 0;
  }
  if (command === 'quiz' && flags.includes('--dump')) {
    const knowledge = loadKnowledge(knowledgeDir);
    const { loadQuizBank } = await import('./quiz/bank.ts');
    const { items, errors } = loadQuizBank(join(knowledgeDir, 'quiz'), new Set(knowledge.sections.map((s) => s.id)));
    for (const e of errors) process.stderr.write(`quiz bank: ${e}\n`);
    const dump = items.map(({ id, sectionId, prompt, choices, answer, explanation }) => ({ id, sectionId, prompt, choices, answer, explanation }));
    process.stdout.write(JSON.stringify(dump) + '\n');
    return 0;
  }
  if (command === 'feedback') {
    // For instructors: what the tutor answered badly or could not answer, from the store
    // (DATABASE_URL's PostgreSQL, or SQLite in DATA_DIR).
    const { default: dotenv } = await import('dotenv');
    dotenv.config({ quiet: true });
    const { readConfig } = await import('./config.ts');
    const { openStore } = await import('./store/open.ts');
    const store = await openStore(readConfig(process.env));
    const report = await store.feedbackReport({ limit: 50 });
    await store.close();
    if (flags.includes('--json')) process.stdout.write(JSON.stringify(report) + '\n');
    else {
      const lines = ['Answers voted down (👎):'];
      for (const d of report.disliked) lines.push(`  ${d.down}👎 ${d.up}👍  §${d.sectionId ?? '-'}  ${d.question}`);
      lines.push('', 'Questions the tutor could not answer:');
      for (const u of report.unanswered) lines.push(`  ${u.times}×  ${u.question}`);
      process.stdout.write(lines.join('\n') + '\n');
    }
    return 0;
  }
  if (command === 'migrate-store') return migrateStore(flags);
  process.stderr.write(USAGE + '\n');
  return 2;
}

/** Copies the SQLite store (DATA_DIR/tutor.db, or --from) into the PostgreSQL database of --to. */
async function migrateStore(flags: string[]): Promise<number> {
  const value = (name: string) => {
    const i = flags.indexOf(name);
    return i >= 0 ? flags[i + 1] : undefined;
  };
  const to = value('--to');
  const { isPostgresUrl, redactUrl } = await import('./store/postgres/url.ts');
  if (!to || !isPostgresUrl(to)) {
    process.stderr.write(`migrate-store: --to needs a postgres:// URL (e.g. --to "$DATABASE_URL")\n${USAGE}\n`);
    return 2;
  }
  const { default: dotenv } = await import('dotenv');
  dotenv.config({ quiet: true });
  const { readConfig } = await import('./config.ts');
  const { sqliteFile } = await import('./store/sqlite.ts');
  const from = value('--from') ?? sqliteFile(readConfig(process.env).dataDir);
  const { copySqliteToPostgres } = await import('./store/copy.ts');
  try {
    const results = await copySqliteToPostgres(from, to);
    for (const r of results) process.stdout.write(`${r.table}: ${r.copied} copied${r.read > r.copied ? `, ${r.read - r.copied} already there` : ''}\n`);
    process.stdout.write(`migrate-store: copied ${from} into ${redactUrl(to)}\n`);
    return 0;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const why = [err.code, err.message].filter(Boolean).join(' ').replaceAll(to, redactUrl(to));
    process.stderr.write(`migrate-store: nothing copied: ${why}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // Problems an admin can fix are one line; anything else keeps its stack.
    process.stderr.write(isAdminError(e) ? `${e.message}\n` : `tutor: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
