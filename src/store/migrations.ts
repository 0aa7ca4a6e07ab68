// Versioned schema migrations. The database's `PRAGMA user_version` holds the number of the last
// migration applied; on open, every later migration runs in order, each in its own transaction
// together with the version bump, so a crash mid-migration leaves the previous version intact.
// Append new migrations at the end; never edit one that has shipped.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answer log and feedback',
    // IF NOT EXISTS: databases created by the pre-migration stub already have these tables.
    sql: `
      CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY, question TEXT, answered INTEGER, section_id TEXT, score REAL,
        user TEXT, scope TEXT, platform TEXT, at INTEGER);
      CREATE TABLE IF NOT EXISTS feedback (
        answer_id TEXT, user TEXT, vote TEXT, scope TEXT, platform TEXT, at INTEGER,
        PRIMARY KEY (answer_id, user));`,
  },
  {
    version: 2,
    name: 'quiz sessions, responses, stats, review cards',
    sql: `
      CREATE TABLE quiz_sessions (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL, channel TEXT NOT NULL, platform TEXT NOT NULL,
        starter TEXT NOT NULL, starter_name TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('solo', 'channel', 'review')),
        lang TEXT NOT NULL, topic TEXT,
        item_ids TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0,
        opened_at INTEGER NOT NULL,
        deadline INTEGER,
        status TEXT NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
        started_at INTEGER NOT NULL,
        finished_at INTEGER);
      CREATE INDEX quiz_sessions_active ON quiz_sessions (scope, status, starter);
      CREATE INDEX quiz_sessions_channel ON quiz_sessions (scope, channel, status);

      CREATE TABLE quiz_responses (
        session_id TEXT NOT NULL, idx INTEGER NOT NULL, user TEXT NOT NULL,
        user_name TEXT, scope TEXT NOT NULL,
        item_id TEXT NOT NULL, section_id TEXT NOT NULL,
        choice INTEGER NOT NULL, correct INTEGER NOT NULL, points INTEGER NOT NULL,
        elapsed_ms INTEGER NOT NULL, at INTEGER NOT NULL,
        PRIMARY KEY (session_id, idx, user)) WITHOUT ROWID;
      CREATE INDEX quiz_responses_scope_at ON quiz_responses (scope, at);
      CREATE INDEX quiz_responses_user ON quiz_responses (scope, user);

      CREATE TABLE quiz_user_stats (
        scope TEXT NOT NULL, user TEXT NOT NULL, name TEXT,
        answered INTEGER NOT NULL, correct INTEGER NOT NULL, points INTEGER NOT NULL,
        streak INTEGER NOT NULL, best_streak INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        PRIMARY KEY (scope, user)) WITHOUT ROWID;

      CREATE TABLE quiz_review (
        scope TEXT NOT NULL, user TEXT NOT NULL, item_id TEXT NOT NULL,
        box INTEGER NOT NULL, due_at INTEGER NOT NULL, last_at INTEGER NOT NULL, lapses INTEGER NOT NULL,
        PRIMARY KEY (scope, user, item_id)) WITHOUT ROWID;`,
  },
  {
    version: 3,
    name: 'answer log context for the instructor dashboard',
    // Older rows keep NULL here: the dashboard shows them without a channel, name or passage.
    sql: `
      ALTER TABLE answers ADD COLUMN channel TEXT;
      ALTER TABLE answers ADD COLUMN user_name TEXT;
      ALTER TABLE answers ADD COLUMN passage TEXT;
      CREATE INDEX answers_at ON answers (at);`,
  },
  {
    version: 4,
    name: 'scheduled jobs (quiz timers) and seen events',
    sql: `
      CREATE TABLE scheduled_jobs (
        id TEXT PRIMARY KEY, sink TEXT NOT NULL, action_id TEXT NOT NULL, due_at INTEGER NOT NULL,
        ctx TEXT NOT NULL, ref TEXT NOT NULL, lease_owner TEXT, lease_until INTEGER);
      CREATE INDEX scheduled_jobs_due ON scheduled_jobs (due_at);
      CREATE TABLE seen_events (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaError extends Error {}

/** Brings `db` up to the latest schema; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new SchemaError(`database schema version ${current} is newer than this program knows (${latest}); refusing to open it`);
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
