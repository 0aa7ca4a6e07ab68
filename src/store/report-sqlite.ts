// The instructor reports' ReportSource over the SQLite store, on a read-only connection of its
// own: the dashboard can never write, and reads never wait for the tutor's writes (WAL).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { LearnerStateRow, PlaceRow, QuestionRow, QuizAnswerRow, ReportFilter, ReportSource } from '../report/source.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { openSqliteStore } from './sqlite.ts';

/** The columns a filter narrows, per query. */
interface Columns {
  platform: string;
  scope: string;
  channel: string;
  at: string;
}

function where(filter: ReportFilter, cols: Columns): { sql: string; params: Record<string, unknown> } {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.platform !== undefined) (conds.push(`${cols.platform} = @platform`), (params.platform = filter.platform));
  if (filter.scope !== undefined) (conds.push(`${cols.scope} = @scope`), (params.scope = filter.scope));
  if (filter.channel !== undefined) (conds.push(`${cols.channel} = @channel`), (params.channel = filter.channel));
  if (filter.fromMs !== undefined) (conds.push(`${cols.at} >= @fromMs`), (params.fromMs = filter.fromMs));
  if (filter.toMs !== undefined) (conds.push(`${cols.at} < @toMs`), (params.toMs = filter.toMs));
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

type QuestionDb = Omit<QuestionRow, 'answered'> & { answered: number };
type QuizAnswerDb = Omit<QuizAnswerRow, 'correct'> & { correct: number };

/**
 * Opens the store at `file` for reading. A missing or older database is first created or
 * upgraded through the ordinary store (the one write the dashboard makes: the schema).
 */
export function openSqliteReportSource(file: string): ReportSource {
  if (!isCurrent(file)) openSqliteStore(file).close();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  // Statements differ only by which filters are set; prepare each shape once.
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };

  return {
    async questions(filter) {
      const w = where(filter, { platform: 'a.platform', scope: 'a.scope', channel: 'a.channel', at: 'a.at' });
      const rows = prepared(`SELECT a.id, a.at, a.platform, a.scope, a.channel, a.user, a.user_name AS userName, a.question,
          a.answered, a.section_id AS sectionId, a.score, a.passage,
          coalesce(sum(f.vote = 'up'), 0) AS up, coalesce(sum(f.vote = 'down'), 0) AS down
        FROM answers a LEFT JOIN feedback f ON f.answer_id = a.id ${w.sql}
        GROUP BY a.id ORDER BY a.at, a.id`).all(w.params) as QuestionDb[];
      return rows.map((r) => ({ ...r, answered: !!r.answered }));
    },
    async quizAnswers(filter) {
      const w = where(filter, { platform: 's.platform', scope: 'r.scope', channel: 's.channel', at: 'r.at' });
      const rows = prepared(`SELECT r.at, s.platform, r.scope, s.channel, r.session_id AS sessionId, s.mode, r.user,
          r.user_name AS userName, r.item_id AS itemId, r.section_id AS sectionId, r.choice, r.correct
        FROM quiz_responses r JOIN quiz_sessions s ON s.id = r.session_id ${w.sql}
        ORDER BY r.at, r.session_id, r.idx`).all(w.params) as QuizAnswerDb[];
      return rows.map((r) => ({ ...r, correct: !!r.correct }));
    },
    async learnerStates(filter, nowMs) {
      const conds: string[] = [];
      const params: Record<string, unknown> = { now: nowMs };
      if (filter.scope !== undefined) (conds.push('s.scope = @scope'), (params.scope = filter.scope));
      if (filter.platform !== undefined) {
        // The running totals carry no platform; a scope belongs to the platform its sessions ran on.
        conds.push('EXISTS (SELECT 1 FROM quiz_sessions x WHERE x.scope = s.scope AND x.platform = @platform)');
        params.platform = filter.platform;
      }
      return prepared(`SELECT s.scope, s.user, s.name, s.streak, s.best_streak AS bestStreak,
          (SELECT count(*) FROM quiz_review q WHERE q.scope = s.scope AND q.user = s.user AND q.due_at <= @now) AS due
        FROM quiz_user_stats s ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        ORDER BY s.scope, s.user`).all(params) as LearnerStateRow[];
    },
    async places() {
      return prepared(`SELECT DISTINCT platform, scope, channel FROM answers
        UNION SELECT DISTINCT platform, scope, channel FROM quiz_sessions
        ORDER BY 1, 2, 3`).all() as PlaceRow[];
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** True when the file exists and is already at this program's schema version. */
function isCurrent(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) === SCHEMA_VERSION;
  } finally {
    db.close();
  }
}
