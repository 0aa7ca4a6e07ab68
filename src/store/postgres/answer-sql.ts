// The statements that record a quiz answer on PostgreSQL: the answer row, the learner's running
// stats, their review card. Each is built from one template, so the single statements
// (insertResponse, saveUserStats, saveReviewCard) and the combined one (recordAnswer) cannot drift.
import type { QuizResponseRow, QuizUserStatsRow, ReviewCardRow } from '../store.ts';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** `$from, $from+1, …` for `n` parameters. */
const marks = (from: number, n: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

// Each template takes the rows' source (`VALUES (…)` or a `SELECT … WHERE …`).
const insertResponse = (source: string) =>
  `INSERT INTO quiz_responses (session_id, idx, user_id, user_name, scope, item_id, section_id, choice, correct,
     points, elapsed_ms, at) ${source} ON CONFLICT DO NOTHING`;
const responseParams = (r: QuizResponseRow) =>
  [r.sessionId, r.index, r.user, r.userName, r.scope, r.itemId, r.sectionId, r.choice, r.correct, r.points, r.elapsedMs, r.at];

const upsertStats = (source: string) =>
  `INSERT INTO quiz_user_stats (scope, user_id, name, answered, correct, points, streak, best_streak, updated_at) ${source}
   ON CONFLICT (scope, user_id) DO UPDATE SET name = coalesce(excluded.name, quiz_user_stats.name),
     answered = excluded.answered, correct = excluded.correct, points = excluded.points, streak = excluded.streak,
     best_streak = excluded.best_streak, updated_at = excluded.updated_at`;
const statsParams = (r: QuizUserStatsRow) => [r.scope, r.user, r.name, r.answered, r.correct, r.points, r.streak, r.bestStreak, r.updatedAt];

const upsertCard = (source: string) =>
  `INSERT INTO quiz_review (scope, user_id, item_id, box, due_at, last_at, lapses) ${source}
   ON CONFLICT (scope, user_id, item_id) DO UPDATE SET box = excluded.box, due_at = excluded.due_at,
     last_at = excluded.last_at, lapses = excluded.lapses`;
const cardParams = (r: ReviewCardRow) => [r.scope, r.user, r.itemId, r.box, r.dueAt, r.lastAt, r.lapses];

const single = <R>(template: (source: string) => string, params: (r: R) => unknown[]) => (r: R): Statement => {
  const p = params(r);
  return { sql: template(`VALUES (${marks(1, p.length)})`), params: p };
};

/** Inserts an answer; rowCount 0 when this learner already answered this question. */
export const insertResponseSql = single(insertResponse, responseParams);
export const saveStatsSql = single(upsertStats, statsParams);
export const saveCardSql = single(upsertCard, cardParams);

/**
 * The answer and, only when it is new, the stats and card: one statement (data-modifying CTEs on
 * three tables, so none touches a row another one does). Its one row's `n` is 1 when the answer
 * was new, 0 (nothing written) for a repeat.
 */
export function recordAnswerSql(r: QuizResponseRow, stats: QuizUserStatsRow, card: ReviewCardRow): Statement {
  const rp = responseParams(r);
  const sp = statsParams(stats);
  const cp = cardParams(card);
  const ifNew = (from: number, n: number) => `SELECT ${marks(from, n)} WHERE EXISTS (SELECT FROM answer)`;
  return {
    sql: `WITH answer AS (${insertResponse(`VALUES (${marks(1, rp.length)})`)} RETURNING 1),
      stats AS (${upsertStats(ifNew(rp.length + 1, sp.length))}),
      card AS (${upsertCard(ifNew(rp.length + sp.length + 1, cp.length))})
      SELECT count(*) AS n FROM answer`,
    params: [...rp, ...sp, ...cp],
  };
}
