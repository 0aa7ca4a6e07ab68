// The instructor reports' ReportSource over the PostgreSQL store: the same rows as
// ../report-sqlite.ts, read on a pool of its own whose sessions are read-only (the server refuses
// any write), so the dashboard can never change what the tutor recorded.
// Text is ordered with COLLATE "C" and NULLs first, as SQLite orders them, so both sources list
// rows in one order whatever the database's locale.
import type { LearnerStateRow, PlaceRow, QuestionRow, QuizAnswerRow, ReportFilter, ReportSource } from '../../report/source.ts';
import { createPgDb } from './db.ts';
import { openMigratedPgDb } from './open.ts';

/** The columns a filter narrows, per query. */
interface Columns {
  platform: string;
  scope: string;
  channel: string;
  at: string;
}

/** The WHERE clause for `filter`, with its numbered parameters. */
function where(filter: ReportFilter, cols: Columns): { sql: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => (params.push(v), conds.push(`${sql} $${params.length}`));
  if (filter.platform !== undefined) add(`${cols.platform} =`, filter.platform);
  if (filter.scope !== undefined) add(`${cols.scope} =`, filter.scope);
  if (filter.channel !== undefined) add(`${cols.channel} =`, filter.channel);
  if (filter.fromMs !== undefined) add(`${cols.at} >=`, filter.fromMs);
  if (filter.toMs !== undefined) add(`${cols.at} <`, filter.toMs);
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/**
 * Opens the database at `url` for reading. A missing or older schema is first brought up to date
 * (the one write the dashboard makes, on a short-lived pool). Unreachable: StoreOpenError.
 */
export async function openPostgresReportSource(url: string): Promise<ReportSource> {
  await (await openMigratedPgDb(url)).close();
  const db = createPgDb(url, { readOnly: true });
  let closing: Promise<void> | undefined;
  const all = async <R extends object>(sql: string, params: unknown[]) => (await db.query<R>(sql, params)).rows;

  return {
    questions(filter) {
      const w = where(filter, { platform: 'a.platform', scope: 'a.scope', channel: 'a.channel', at: 'a.at' });
      return all<QuestionRow>(
        `SELECT a.id, a.at, a.platform, a.scope, a.channel, a.user_id AS "user", a.user_name AS "userName", a.question,
            a.answered, a.section_id AS "sectionId", a.score, a.passage,
            count(*) FILTER (WHERE f.vote = 'up') AS up, count(*) FILTER (WHERE f.vote = 'down') AS down
          FROM answers a LEFT JOIN feedback f ON f.answer_id = a.id ${w.sql}
          GROUP BY a.id ORDER BY a.at, a.id COLLATE "C"`,
        w.params,
      );
    },
    quizAnswers(filter) {
      const w = where(filter, { platform: 's.platform', scope: 'r.scope', channel: 's.channel', at: 'r.at' });
      return all<QuizAnswerRow>(
        `SELECT r.at, s.platform, r.scope, s.channel, r.session_id AS "sessionId", s.mode, r.user_id AS "user",
            r.user_name AS "userName", r.item_id AS "itemId", r.section_id AS "sectionId", r.choice, r.correct
          FROM quiz_responses r JOIN quiz_sessions s ON s.id = r.session_id ${w.sql}
          ORDER BY r.at, r.session_id COLLATE "C", r.idx`,
        w.params,
      );
    },
    learnerStates(filter, nowMs) {
      const params: unknown[] = [nowMs];
      const conds: string[] = [];
      if (filter.scope !== undefined) (params.push(filter.scope), conds.push(`s.scope = $${params.length}`));
      if (filter.platform !== undefined) {
        // The running totals carry no platform; a scope belongs to the platform its sessions ran on.
        params.push(filter.platform);
        conds.push(`EXISTS (SELECT 1 FROM quiz_sessions x WHERE x.scope = s.scope AND x.platform = $${params.length})`);
      }
      return all<LearnerStateRow>(
        `SELECT s.scope, s.user_id AS "user", s.name, s.streak, s.best_streak AS "bestStreak",
            (SELECT count(*) FROM quiz_review q WHERE q.scope = s.scope AND q.user_id = s.user_id AND q.due_at <= $1) AS due
          FROM quiz_user_stats s ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
          ORDER BY s.scope COLLATE "C", s.user_id COLLATE "C"`,
        params,
      );
    },
    places() {
      return all<PlaceRow>(
        `SELECT p.platform, p.scope, p.channel FROM (
            SELECT platform, scope, channel FROM answers UNION SELECT platform, scope, channel FROM quiz_sessions) p
          ORDER BY p.platform COLLATE "C", p.scope COLLATE "C", p.channel COLLATE "C" NULLS FIRST`,
        [],
      );
    },
    close() {
      // Twice is harmless, as for the SQLite source (pg's pool.end() throws the second time).
      closing ??= db.close();
      return closing;
    },
  };
}
