// The quiz repository (QuizStore) over PostgreSQL. Rows in, rows out, as in ../quiz-sqlite.ts;
// columns are aliased to the row types' names so results need no mapping. Writes that return
// nothing go through db.write: inside a transaction they are sent without a round trip of their own.
import type {
  LeaderboardRow,
  QuizResponseRow,
  QuizSessionPatch,
  QuizSessionRow,
  QuizStore,
  QuizUserStatsRow,
  ReviewCardRow,
  SectionTallyRow,
} from '../store.ts';
import type { PgDb } from './db.ts';
import { insertResponseSql, recordAnswerSql, saveCardSql, saveStatsSql } from './answer-sql.ts';

const SESSION = `id, scope, channel, platform, starter, starter_name AS "starterName", mode, lang, topic,
  item_ids AS "itemIds", current, closed, opened_at AS "openedAt", deadline, status, started_at AS "startedAt",
  finished_at AS "finishedAt"`;
const RESPONSE = `session_id AS "sessionId", idx AS "index", user_id AS "user", user_name AS "userName", scope,
  item_id AS "itemId", section_id AS "sectionId", choice, correct, points, elapsed_ms AS "elapsedMs", at`;
const STATS = `scope, user_id AS "user", name, answered, correct, points, streak, best_streak AS "bestStreak",
  updated_at AS "updatedAt"`;
const CARD = `scope, user_id AS "user", item_id AS "itemId", box, due_at AS "dueAt", last_at AS "lastAt", lapses`;

// A click's reads in one statement: the session's columns, and the clicker's answer, stats and
// card for question $3 (the current one when null), each as one JSON object (null when none).
const CLICK_STATE = `SELECT s.*,
    (SELECT row_to_json(r) FROM (SELECT ${RESPONSE} FROM quiz_responses WHERE session_id = $1 AND idx = q.at AND user_id = $2) r) AS response,
    (SELECT row_to_json(u) FROM (SELECT ${STATS} FROM quiz_user_stats WHERE scope = s.scope AND user_id = $2) u) AS stats,
    (SELECT row_to_json(c) FROM (SELECT ${CARD} FROM quiz_review
       WHERE scope = s.scope AND user_id = $2 AND item_id = s."itemIds"[q.at + 1]) c) AS card
  FROM (SELECT ${SESSION} FROM quiz_sessions WHERE id = $1) s, LATERAL (SELECT coalesce($3::int, s.current) AS at) q`;

const PATCH_COLUMNS: Record<keyof QuizSessionPatch, string> = {
  current: 'current', closed: 'closed', openedAt: 'opened_at', deadline: 'deadline', status: 'status', finishedAt: 'finished_at',
};

export function createPgQuizStore(db: PgDb): QuizStore {
  const one = async <R extends object>(sql: string, params: unknown[]) => (await db.query<R>(sql, params)).rows[0];
  const all = async <R extends object>(sql: string, params: unknown[]) => (await db.query<R>(sql, params)).rows;

  return {
    transaction: (fn, keys) => db.transaction(fn, keys),
    async insertSession(s) {
      await db.write(
        `INSERT INTO quiz_sessions (id, scope, channel, platform, starter, starter_name, mode, lang, topic, item_ids,
           current, closed, opened_at, deadline, status, started_at, finished_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [s.id, s.scope, s.channel, s.platform, s.starter, s.starterName, s.mode, s.lang, s.topic, s.itemIds,
          s.current, s.closed, s.openedAt, s.deadline, s.status, s.startedAt, s.finishedAt],
      );
    },
    session: (id) => one<QuizSessionRow>(`SELECT ${SESSION} FROM quiz_sessions WHERE id = $1`, [id]),
    async clickState(id, user, index) {
      type Row = QuizSessionRow & { response: QuizResponseRow | null; stats: QuizUserStatsRow | null; card: ReviewCardRow | null };
      const row = await one<Row>(CLICK_STATE, [id, user, index ?? null]);
      if (!row) return undefined;
      const { response, stats, card, ...session } = row;
      return { session, response: response ?? undefined, stats: stats ?? undefined, card: card ?? undefined };
    },
    async updateSession(id, patch) {
      const keys = (Object.keys(patch) as (keyof QuizSessionPatch)[]).filter((k) => patch[k] !== undefined).sort();
      if (!keys.length) return;
      await db.write(
        `UPDATE quiz_sessions SET ${keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 2}`).join(', ')} WHERE id = $1`,
        [id, ...keys.map((k) => patch[k])],
      );
    },
    activeSessions(f) {
      const params: unknown[] = [f.scope];
      let where = `scope = $1 AND status = 'active'`;
      for (const [col, v] of [['starter', f.starter], ['channel', f.channel], ['mode', f.mode]] as const) {
        if (v === undefined) continue;
        params.push(v);
        where += ` AND ${col} = $${params.length}`;
      }
      return all<QuizSessionRow>(`SELECT ${SESSION} FROM quiz_sessions WHERE ${where} ORDER BY started_at DESC`, params);
    },
    async insertResponse(r) {
      const { sql, params } = insertResponseSql(r);
      return (await db.query(sql, params)).rowCount === 1;
    },
    async recordAnswer(r, stats, card) {
      const { sql, params } = recordAnswerSql(r, stats, card);
      return (await one<{ n: number }>(sql, params))!.n === 1;
    },
    responses(sessionId, index) {
      return index === undefined
        ? all<QuizResponseRow>(`SELECT ${RESPONSE} FROM quiz_responses WHERE session_id = $1 ORDER BY idx, at`, [sessionId])
        : all<QuizResponseRow>(`SELECT ${RESPONSE} FROM quiz_responses WHERE session_id = $1 AND idx = $2 ORDER BY at`, [sessionId, index]);
    },
    async responseCount(sessionId, index) {
      return (await one<{ n: number }>('SELECT count(*) AS n FROM quiz_responses WHERE session_id = $1 AND idx = $2', [sessionId, index]))!.n;
    },
    response: (sessionId, index, user) =>
      one<QuizResponseRow>(`SELECT ${RESPONSE} FROM quiz_responses WHERE session_id = $1 AND idx = $2 AND user_id = $3`, [sessionId, index, user]),
    userStats: (scope, user) => one<QuizUserStatsRow>(`SELECT ${STATS} FROM quiz_user_stats WHERE scope = $1 AND user_id = $2`, [scope, user]),
    async saveUserStats(r) {
      const { sql, params } = saveStatsSql(r);
      await db.write(sql, params);
    },
    sectionTally: (scope, user) =>
      all<SectionTallyRow>(
        `SELECT section_id AS "sectionId", count(*) AS answered, count(*) FILTER (WHERE correct) AS correct
           FROM quiz_responses WHERE scope = $1 AND user_id = $2 GROUP BY section_id ORDER BY section_id COLLATE "C"`,
        [scope, user],
      ),
    reviewCards: (scope, user) => all<ReviewCardRow>(`SELECT ${CARD} FROM quiz_review WHERE scope = $1 AND user_id = $2`, [scope, user]),
    reviewCard: (scope, user, itemId) =>
      one<ReviewCardRow>(`SELECT ${CARD} FROM quiz_review WHERE scope = $1 AND user_id = $2 AND item_id = $3`, [scope, user, itemId]),
    async saveReviewCard(r) {
      const { sql, params } = saveCardSql(r);
      await db.write(sql, params);
    },
    async leaderboard(scope, sinceMs, limit, user) {
      if (sinceMs === null) {
        // All time reads the running totals, ranked as in the SQLite store: points, then right answers, then who got there first.
        const top = await all<LeaderboardRow>(
          `SELECT user_id AS "user", name, points, answered, correct FROM quiz_user_stats
            WHERE scope = $1 AND answered > 0 ORDER BY points DESC, correct DESC, updated_at ASC LIMIT $2`,
          [scope, limit],
        );
        if (user === undefined) return { top };
        const me = await one<LeaderboardRow & { rank: number }>(
          `SELECT user_id AS "user", name, points, answered, correct,
             (SELECT count(*) FROM quiz_user_stats o WHERE o.scope = s.scope AND o.answered > 0 AND
               (o.points, o.correct, -o.updated_at) > (s.points, s.correct, -s.updated_at)) + 1 AS rank
             FROM quiz_user_stats s WHERE scope = $1 AND user_id = $2 AND answered > 0`,
          [scope, user],
        );
        return { top, me: me && { rank: me.rank, row: { user: me.user, name: me.name, points: me.points, answered: me.answered, correct: me.correct } } };
      }
      // A week is small enough to rank in full (one row per active learner).
      const rows = await all<LeaderboardRow>(
        `SELECT r.user_id AS "user", (SELECT name FROM quiz_user_stats s WHERE s.scope = r.scope AND s.user_id = r.user_id) AS name,
             sum(r.points) AS points, count(*) AS answered, count(*) FILTER (WHERE r.correct) AS correct
           FROM quiz_responses r WHERE r.scope = $1 AND r.at >= $2 GROUP BY r.scope, r.user_id
           ORDER BY points DESC, correct DESC, max(r.at) ASC`,
        [scope, sinceMs],
      );
      const at = user === undefined ? -1 : rows.findIndex((r) => r.user === user);
      return { top: rows.slice(0, limit), me: at >= 0 ? { rank: at + 1, row: rows[at] } : undefined };
    },
  };
}
