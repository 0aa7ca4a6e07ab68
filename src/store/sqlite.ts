// The SQLite implementation of the Store (better-sqlite3: synchronous, so one process never
// interleaves two writes; IMMEDIATE transactions keep several processes on one file safe too).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FeedbackReport, Store } from './store.ts';
import { migrate } from './migrations.ts';
import { createSqliteQuizStore } from './quiz-sqlite.ts';
import { describeOpenError } from './open-error.ts';
import { createSqliteJobStore, createSqliteSeenStore } from './jobs-sqlite.ts';
import { createSqliteRunner, queued, type SyncOf } from './sqlite-tx.ts';

export interface SqliteStoreOptions {
  /** Clock for the answer log's timestamps (tests). */
  now?: () => number;
}

/** The store's file inside DATA_DIR, where createTutor opens it (the dashboard reads it there). */
export const sqliteFile = (dataDir: string) => join(dataDir, 'tutor.db');

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a path under /proc
 * (DATA_DIR=/proc/x hung start-up with no word), where one level at a time fails with ENOENT.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let d = dir;
  for (; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  // A file where a directory should be: mkdir says so (EEXIST, ENOTDIR), as the recursive one did.
  if (!statSync(d).isDirectory()) mkdirSync(missing[0] ?? d);
  for (const m of missing) mkdirSync(m);
}

/** Opens (creating the directory and file if needed) the store at `file`; ':memory:' for tests. */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Store {
  const now = opts.now ?? Date.now;
  let db: Database.Database;
  try {
    if (file !== ':memory:') makeDirs(dirname(file));
    db = new Database(file);
  } catch (e) {
    throw describeOpenError(e, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a commit survives a crash of the process (the bot's restart case); only an
    // OS crash or power loss can lose the last moments. It is what makes 2,000+ answers/s possible.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~16 MB of WAL rather than 4 MB: fewer checkpoints (each one syncs the file).
    db.pragma('wal_autocheckpoint = 4000');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
    // From here on a busy database is waited for asynchronously (sqlite-tx.ts), not by blocking.
    db.pragma('busy_timeout = 0');
  } catch (e) {
    db.close();
    throw describeOpenError(e, file);
  }

  const insertAnswer = db.prepare(`INSERT INTO answers (id, question, answered, section_id, score, user, scope, platform, at, channel, user_name, passage)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
  const selectAnswer = db.prepare('SELECT * FROM answers WHERE id = ?');
  const upsertFeedback = db.prepare('INSERT OR REPLACE INTO feedback (answer_id, user, vote, scope, platform, at) VALUES (?,?,?,?,?,?)');

  const runner = createSqliteRunner(db);
  const sync: SyncOf<Omit<Store, 'quiz' | 'jobs' | 'seen' | 'close'>> = {
    logAnswer(r) {
      const id = randomUUID().replace(/-/g, '').slice(0, 12);
      insertAnswer.run(id, r.question, r.answered ? 1 : 0, r.sectionId, r.score, r.user, r.scope, r.platform, now(), r.channel ?? null, r.userName ?? null, r.passage ?? null);
      return id;
    },
    answerLog(id) {
      const row = selectAnswer.get(id) as
        | { question: string; answered: number; section_id: string | null; score: number; user: string; scope: string; platform: string }
        | undefined;
      return row && { question: row.question, answered: !!row.answered, sectionId: row.section_id, score: row.score, user: row.user, scope: row.scope, platform: row.platform };
    },
    recordFeedback(r) {
      upsertFeedback.run(r.answerId, r.user, r.vote, r.scope, r.platform, now());
    },
    feedbackReport({ scope, limit = 20 } = {}) {
      const where = scope === undefined ? '' : 'AND a.scope = @scope';
      const disliked = db
        .prepare(
          `SELECT a.question, a.section_id AS sectionId,
                  SUM(f.vote = 'down') AS down, SUM(f.vote = 'up') AS up
             FROM feedback f JOIN answers a ON a.id = f.answer_id
            WHERE 1 = 1 ${where}
            GROUP BY a.question, a.section_id HAVING down > 0
            ORDER BY down DESC, up ASC LIMIT @limit`,
        )
        .all({ scope, limit }) as FeedbackReport['disliked'];
      const unanswered = db
        .prepare(
          `SELECT a.question, COUNT(*) AS times, MAX(a.at) AS lastAt FROM answers a
            WHERE a.answered = 0 ${where}
            GROUP BY a.question ORDER BY times DESC, lastAt DESC LIMIT @limit`,
        )
        .all({ scope, limit }) as FeedbackReport['unanswered'];
      return { disliked, unanswered };
    },
  };
  return {
    ...queued<Omit<Store, 'quiz' | 'jobs' | 'seen' | 'close'>>(runner, sync),
    quiz: createSqliteQuizStore(db, runner),
    jobs: createSqliteJobStore(db, runner),
    seen: createSqliteSeenStore(db, runner),
    // After everything queued has run, so a close never cuts a transaction short.
    close: () => runner.run(() => {
      if (db.open) db.close();
    }),
  };
}
