// `tutor migrate-store --to <postgres url>`: copies a SQLite store (DATA_DIR/tutor.db) into a
// PostgreSQL store — answer log, feedback, quiz sessions and answers, scores and streaks, review
// queues — in one transaction. Rows already there are kept (ON CONFLICT DO NOTHING), so a copy
// that stopped half-way, or ran twice, can simply be run again.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { migrate } from './migrations.ts';
import { createPgDb } from './postgres/db.ts';
import { migratePostgres } from './postgres/migrations.ts';

interface TableCopy {
  table: string;
  /** SQLite column → PostgreSQL column, in insert order. */
  columns: [string, string][];
  /** Per PostgreSQL column: how a SQLite value becomes a PostgreSQL one. */
  convert?: Record<string, (v: unknown) => unknown>;
}

const bool = (v: unknown) => (v === null ? null : Boolean(v));
const TABLES: TableCopy[] = [
  {
    table: 'answers',
    columns: [['id', 'id'], ['question', 'question'], ['answered', 'answered'], ['section_id', 'section_id'], ['score', 'score'],
      ['user', 'user_id'], ['scope', 'scope'], ['platform', 'platform'], ['at', 'at'],
      ['channel', 'channel'], ['user_name', 'user_name'], ['passage', 'passage']],
    convert: { answered: bool },
  },
  {
    table: 'feedback',
    columns: [['answer_id', 'answer_id'], ['user', 'user_id'], ['vote', 'vote'], ['scope', 'scope'], ['platform', 'platform'], ['at', 'at']],
  },
  {
    table: 'quiz_sessions',
    columns: ['id', 'scope', 'channel', 'platform', 'starter', 'starter_name', 'mode', 'lang', 'topic', 'item_ids', 'current',
      'closed', 'opened_at', 'deadline', 'status', 'started_at', 'finished_at'].map((c) => [c, c] as [string, string]),
    convert: { item_ids: (v) => JSON.parse(String(v)) as string[], closed: bool },
  },
  {
    table: 'quiz_responses',
    columns: [['session_id', 'session_id'], ['idx', 'idx'], ['user', 'user_id'], ['user_name', 'user_name'], ['scope', 'scope'],
      ['item_id', 'item_id'], ['section_id', 'section_id'], ['choice', 'choice'], ['correct', 'correct'], ['points', 'points'],
      ['elapsed_ms', 'elapsed_ms'], ['at', 'at']],
    convert: { correct: bool },
  },
  {
    table: 'quiz_user_stats',
    columns: [['scope', 'scope'], ['user', 'user_id'], ['name', 'name'], ['answered', 'answered'], ['correct', 'correct'],
      ['points', 'points'], ['streak', 'streak'], ['best_streak', 'best_streak'], ['updated_at', 'updated_at']],
  },
  {
    table: 'quiz_review',
    columns: [['scope', 'scope'], ['user', 'user_id'], ['item_id', 'item_id'], ['box', 'box'], ['due_at', 'due_at'],
      ['last_at', 'last_at'], ['lapses', 'lapses']],
  },
];

/** Rows per INSERT (PostgreSQL allows 65,535 parameters per statement). */
const BATCH = 500;

export interface CopyResult {
  table: string;
  read: number;
  /** Rows new to PostgreSQL (the rest were there already). */
  copied: number;
}

export async function copySqliteToPostgres(sqliteFile: string, url: string): Promise<CopyResult[]> {
  if (!existsSync(sqliteFile)) throw new Error(`no SQLite store at ${sqliteFile} (set DATA_DIR to the directory holding tutor.db)`);
  const src = new Database(sqliteFile);
  const db = createPgDb(url);
  try {
    migrate(src); // an older SQLite store is brought up to date first, so every column exists
    await migratePostgres(db.pool);
    return await db.transaction(async () => {
      const results: CopyResult[] = [];
      for (const t of TABLES) {
        const rows = src.prepare(`SELECT ${t.columns.map(([c]) => `"${c}"`).join(', ')} FROM ${t.table}`).raw().all() as unknown[][];
        let copied = 0;
        for (let at = 0; at < rows.length; at += BATCH) {
          const chunk = rows.slice(at, at + BATCH);
          const params: unknown[] = [];
          const tuples = chunk.map((row) => {
            const marks = row.map((v, i) => {
              const conv = t.convert?.[t.columns[i][1]];
              params.push(conv ? conv(v) : v);
              return `$${params.length}`;
            });
            return `(${marks.join(', ')})`;
          });
          const res = await db.query(
            `INSERT INTO ${t.table} (${t.columns.map(([, c]) => c).join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`,
            params,
          );
          copied += res.rowCount ?? 0;
        }
        results.push({ table: t.table, read: rows.length, copied });
      }
      return results;
    });
  } finally {
    src.close();
    await db.close();
  }
}
