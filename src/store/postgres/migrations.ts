// Versioned schema migrations for PostgreSQL. `schema_migrations` records every version applied.
// Instances starting at once would race to migrate, so the whole run holds a session-level
// advisory lock: the first instance migrates, the others wait and then find nothing to do. Each
// migration commits together with its version row, so a crash mid-way leaves the previous version.
// Append new migrations at the end; never edit one that has shipped.
import type pg from 'pg';
import { SchemaError, type Migration } from '../migrations.ts';

/** The advisory lock's key (any fixed 64-bit number this program alone uses). */
export const MIGRATION_LOCK_KEY = 6_140_203_114_006;

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answer log, feedback, quiz sessions, responses, stats, review cards',
    // Times are epoch milliseconds (BIGINT) as in the SQLite store; `user` is reserved here, hence user_id.
    sql: `
      CREATE TABLE answers (
        id TEXT PRIMARY KEY, question TEXT NOT NULL, answered BOOLEAN NOT NULL, section_id TEXT,
        score DOUBLE PRECISION NOT NULL, user_id TEXT NOT NULL, scope TEXT NOT NULL, platform TEXT NOT NULL,
        at BIGINT NOT NULL);
      CREATE INDEX answers_unanswered ON answers (scope, question) WHERE NOT answered;
      CREATE TABLE feedback (
        answer_id TEXT NOT NULL, user_id TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        scope TEXT, platform TEXT, at BIGINT,
        PRIMARY KEY (answer_id, user_id));

      CREATE TABLE quiz_sessions (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL, channel TEXT NOT NULL, platform TEXT NOT NULL,
        starter TEXT NOT NULL, starter_name TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('solo', 'channel', 'review')),
        lang TEXT NOT NULL, topic TEXT,
        item_ids TEXT[] NOT NULL,
        current INTEGER NOT NULL DEFAULT 0,
        closed BOOLEAN NOT NULL DEFAULT false,
        opened_at BIGINT NOT NULL,
        deadline BIGINT,
        status TEXT NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
        started_at BIGINT NOT NULL,
        finished_at BIGINT);
      CREATE INDEX quiz_sessions_active ON quiz_sessions (scope, status, starter);
      CREATE INDEX quiz_sessions_channel ON quiz_sessions (scope, channel, status);

      -- The primary key is what makes a learner's answer count once, whichever instance records it.
      CREATE TABLE quiz_responses (
        session_id TEXT NOT NULL, idx INTEGER NOT NULL, user_id TEXT NOT NULL,
        user_name TEXT, scope TEXT NOT NULL,
        item_id TEXT NOT NULL, section_id TEXT NOT NULL,
        choice INTEGER NOT NULL, correct BOOLEAN NOT NULL, points INTEGER NOT NULL,
        elapsed_ms BIGINT NOT NULL, at BIGINT NOT NULL,
        PRIMARY KEY (session_id, idx, user_id));
      CREATE INDEX quiz_responses_scope_at ON quiz_responses (scope, at);
      CREATE INDEX quiz_responses_user ON quiz_responses (scope, user_id);

      CREATE TABLE quiz_user_stats (
        scope TEXT NOT NULL, user_id TEXT NOT NULL, name TEXT,
        answered INTEGER NOT NULL, correct INTEGER NOT NULL, points INTEGER NOT NULL,
        streak INTEGER NOT NULL, best_streak INTEGER NOT NULL, updated_at BIGINT NOT NULL,
        PRIMARY KEY (scope, user_id));
      CREATE INDEX quiz_user_stats_board ON quiz_user_stats (scope, points DESC);

      CREATE TABLE quiz_review (
        scope TEXT NOT NULL, user_id TEXT NOT NULL, item_id TEXT NOT NULL,
        box INTEGER NOT NULL, due_at BIGINT NOT NULL, last_at BIGINT NOT NULL, lapses INTEGER NOT NULL,
        PRIMARY KEY (scope, user_id, item_id));`,
  },
  {
    version: 2,
    name: 'scheduled jobs (quiz timers) and seen events',
    sql: `
      CREATE TABLE scheduled_jobs (
        id TEXT PRIMARY KEY, sink TEXT NOT NULL, action_id TEXT NOT NULL, due_at BIGINT NOT NULL,
        ctx TEXT NOT NULL, ref TEXT NOT NULL, lease_owner TEXT, lease_until BIGINT);
      CREATE INDEX scheduled_jobs_due ON scheduled_jobs (due_at);
      CREATE TABLE seen_events (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);`,
  },
  {
    version: 3,
    name: 'answer log context for the instructor dashboard',
    // As in SQLite's migration 3: older rows keep NULL (shown without a channel, name or passage).
    sql: `
      ALTER TABLE answers ADD COLUMN channel TEXT;
      ALTER TABLE answers ADD COLUMN user_name TEXT;
      ALTER TABLE answers ADD COLUMN passage TEXT;
      CREATE INDEX answers_at ON answers (at);`,
  },
];

/** Brings the database up to the latest schema under the advisory lock; returns the versions applied. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
      const current = rows[0].v ?? 0;
      const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
      if (current > latest) {
        throw new SchemaError(`database schema version ${current} is newer than this program knows (${latest}); refusing to open it`);
      }
      const applied: number[] = [];
      for (const m of migrations) {
        if (m.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
