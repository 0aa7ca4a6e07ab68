// The quiz repository (QuizStore) over the store's better-sqlite3 connection. Rows in, rows out;
// the quiz rules live in src/quiz/. Statements are prepared once per connection.
import type Database from 'better-sqlite3';
import type {
  LeaderboardRow,
  QuizResponseRow,
  QuizSessionPatch,
  QuizSessionRow,
  QuizStore,
  QuizUserStatsRow,
  ReviewCardRow,
} from './store.ts';
import { queued, type SqliteRunner, type SyncOf } from './sqlite-tx.ts';

interface SessionDb {
  id: string; scope: string; channel: string; platform: string; starter: string; starter_name: string | null;
  mode: QuizSessionRow['mode']; lang: QuizSessionRow['lang']; topic: string | null; item_ids: string;
  current: number; closed: number; opened_at: number; deadline: number | null; status: QuizSessionRow['status'];
  started_at: number; finished_at: number | null;
}
interface ResponseDb {
  session_id: string; idx: number; user: string; user_name: string | null; scope: string; item_id: string;
  section_id: string; choice: number; correct: number; points: number; elapsed_ms: number; at: number;
}
interface StatsDb {
  scope: string; user: string; name: string | null; answered: number; correct: number; points: number;
  streak: number; best_streak: number; updated_at: number;
}
interface ReviewDb { scope: string; user: string; item_id: string; box: number; due_at: number; last_at: number; lapses: number }

const toSession = (r: SessionDb): QuizSessionRow => ({
  id: r.id, scope: r.scope, channel: r.channel, platform: r.platform, starter: r.starter, starterName: r.starter_name,
  mode: r.mode, lang: r.lang, topic: r.topic, itemIds: JSON.parse(r.item_ids) as string[], current: r.current,
  closed: !!r.closed, openedAt: r.opened_at, deadline: r.deadline, status: r.status, startedAt: r.started_at,
  finishedAt: r.finished_at,
});
const toResponse = (r: ResponseDb): QuizResponseRow => ({
  sessionId: r.session_id, index: r.idx, user: r.user, userName: r.user_name, scope: r.scope, itemId: r.item_id,
  sectionId: r.section_id, choice: r.choice, correct: !!r.correct, points: r.points, elapsedMs: r.elapsed_ms, at: r.at,
});
const toStats = (r: StatsDb): QuizUserStatsRow => ({
  scope: r.scope, user: r.user, name: r.name, answered: r.answered, correct: r.correct, points: r.points,
  streak: r.streak, bestStreak: r.best_streak, updatedAt: r.updated_at,
});
const toCard = (r: ReviewDb): ReviewCardRow => ({
  scope: r.scope, user: r.user, itemId: r.item_id, box: r.box, dueAt: r.due_at, lastAt: r.last_at, lapses: r.lapses,
});

const PATCH_COLUMNS: Record<keyof QuizSessionPatch, string> = {
  current: 'current', closed: 'closed', openedAt: 'opened_at', deadline: 'deadline', status: 'status', finishedAt: 'finished_at',
};

export function createSqliteQuizStore(db: Database.Database, runner: SqliteRunner): QuizStore {

  const insertSession = db.prepare(`INSERT INTO quiz_sessions
    (id, scope, channel, platform, starter, starter_name, mode, lang, topic, item_ids, current, closed, opened_at, deadline, status, started_at, finished_at)
    VALUES (@id, @scope, @channel, @platform, @starter, @starterName, @mode, @lang, @topic, @itemIds, @current, @closed, @openedAt, @deadline, @status, @startedAt, @finishedAt)`);
  const selectSession = db.prepare('SELECT * FROM quiz_sessions WHERE id = ?');
  const patchStatements = new Map<string, Database.Statement>();

  const insertResponse = db.prepare(`INSERT OR IGNORE INTO quiz_responses
    (session_id, idx, user, user_name, scope, item_id, section_id, choice, correct, points, elapsed_ms, at)
    VALUES (@sessionId, @index, @user, @userName, @scope, @itemId, @sectionId, @choice, @correct, @points, @elapsedMs, @at)`);
  const selectResponses = db.prepare('SELECT * FROM quiz_responses WHERE session_id = ? ORDER BY idx, at');
  const selectResponsesAt = db.prepare('SELECT * FROM quiz_responses WHERE session_id = ? AND idx = ? ORDER BY at');
  const countResponsesAt = db.prepare('SELECT count(*) AS n FROM quiz_responses WHERE session_id = ? AND idx = ?');
  const selectResponse = db.prepare('SELECT * FROM quiz_responses WHERE session_id = ? AND idx = ? AND user = ?');

  const selectStats = db.prepare('SELECT * FROM quiz_user_stats WHERE scope = ? AND user = ?');
  const upsertStats = db.prepare(`INSERT INTO quiz_user_stats (scope, user, name, answered, correct, points, streak, best_streak, updated_at)
    VALUES (@scope, @user, @name, @answered, @correct, @points, @streak, @bestStreak, @updatedAt)
    ON CONFLICT (scope, user) DO UPDATE SET name = coalesce(excluded.name, name), answered = excluded.answered,
      correct = excluded.correct, points = excluded.points, streak = excluded.streak,
      best_streak = excluded.best_streak, updated_at = excluded.updated_at`);
  const sectionTally = db.prepare(`SELECT section_id AS sectionId, count(*) AS answered, sum(correct) AS correct
    FROM quiz_responses WHERE scope = ? AND user = ? GROUP BY section_id ORDER BY section_id`);

  const selectCards = db.prepare('SELECT * FROM quiz_review WHERE scope = ? AND user = ?');
  const selectCard = db.prepare('SELECT * FROM quiz_review WHERE scope = ? AND user = ? AND item_id = ?');
  const upsertCard = db.prepare(`INSERT INTO quiz_review (scope, user, item_id, box, due_at, last_at, lapses)
    VALUES (@scope, @user, @itemId, @box, @dueAt, @lastAt, @lapses)
    ON CONFLICT (scope, user, item_id) DO UPDATE SET box = excluded.box, due_at = excluded.due_at,
      last_at = excluded.last_at, lapses = excluded.lapses`);

  // All time reads the running totals; a week sums that week's answers. Names: the latest known.
  const boardAll = db.prepare(`SELECT user, name, points, answered, correct FROM quiz_user_stats
    WHERE scope = ? AND answered > 0 ORDER BY points DESC, correct DESC, updated_at ASC LIMIT ?`);
  const boardAllMe = db.prepare(`SELECT user, name, points, answered, correct,
      (SELECT count(*) FROM quiz_user_stats o WHERE o.scope = s.scope AND o.answered > 0 AND
        (o.points > s.points OR (o.points = s.points AND (o.correct > s.correct OR (o.correct = s.correct AND o.updated_at < s.updated_at))))) + 1 AS rank
    FROM quiz_user_stats s WHERE scope = ? AND user = ? AND answered > 0`);
  const boardSince = db.prepare(`SELECT r.user AS user, (SELECT name FROM quiz_user_stats s WHERE s.scope = r.scope AND s.user = r.user) AS name,
      sum(r.points) AS points, count(*) AS answered, sum(r.correct) AS correct, max(r.at) AS last
    FROM quiz_responses r WHERE r.scope = ? AND r.at >= ? GROUP BY r.user ORDER BY points DESC, correct DESC, last ASC`);

  const addResponse = (r: QuizResponseRow) => insertResponse.run({ ...r, correct: r.correct ? 1 : 0 }).changes === 1;
  // A savepoint when called inside a transaction, its own transaction otherwise: all or nothing.
  const recordAnswer = db.transaction((r: QuizResponseRow, stats: QuizUserStatsRow, card: ReviewCardRow) => {
    if (!addResponse(r)) return false;
    upsertStats.run(stats);
    upsertCard.run(card);
    return true;
  });

  const activeBase = 'SELECT * FROM quiz_sessions WHERE scope = @scope AND status = \'active\'';
  const activeStatements = new Map<string, Database.Statement>();

  const sync: SyncOf<Omit<QuizStore, 'transaction'>> = {
    insertSession(s) {
      insertSession.run({ ...s, itemIds: JSON.stringify(s.itemIds), closed: s.closed ? 1 : 0 });
    },
    session(id) {
      const row = selectSession.get(id) as SessionDb | undefined;
      return row && toSession(row);
    },
    clickState(id, user, index) {
      const row = selectSession.get(id) as SessionDb | undefined;
      if (!row) return undefined;
      const session = toSession(row);
      const at = index ?? session.current;
      const itemId = session.itemIds[at];
      const response = selectResponse.get(id, at, user) as ResponseDb | undefined;
      const stats = selectStats.get(session.scope, user) as StatsDb | undefined;
      const card = itemId === undefined ? undefined : (selectCard.get(session.scope, user, itemId) as ReviewDb | undefined);
      return { session, response: response && toResponse(response), stats: stats && toStats(stats), card: card && toCard(card) };
    },
    updateSession(id, patch) {
      const keys = (Object.keys(patch) as (keyof QuizSessionPatch)[]).filter((k) => patch[k] !== undefined).sort();
      if (!keys.length) return;
      const sig = keys.join(',');
      let stmt = patchStatements.get(sig);
      if (!stmt) {
        stmt = db.prepare(`UPDATE quiz_sessions SET ${keys.map((k) => `${PATCH_COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`);
        patchStatements.set(sig, stmt);
      }
      const params: Record<string, unknown> = { id };
      for (const k of keys) params[k] = k === 'closed' ? (patch.closed ? 1 : 0) : patch[k];
      stmt.run(params);
    },
    activeSessions(f) {
      const conds = [f.starter !== undefined && 'starter = @starter', f.channel !== undefined && 'channel = @channel', f.mode !== undefined && 'mode = @mode']
        .filter(Boolean) as string[];
      const sig = conds.join(' AND ');
      let stmt = activeStatements.get(sig);
      if (!stmt) {
        stmt = db.prepare(`${activeBase}${conds.map((c) => ` AND ${c}`).join('')} ORDER BY started_at DESC`);
        activeStatements.set(sig, stmt);
      }
      const params: Record<string, unknown> = { scope: f.scope };
      if (f.starter !== undefined) params.starter = f.starter;
      if (f.channel !== undefined) params.channel = f.channel;
      if (f.mode !== undefined) params.mode = f.mode;
      return (stmt.all(params) as SessionDb[]).map(toSession);
    },
    insertResponse: addResponse,
    recordAnswer: (r, stats, card) => recordAnswer(r, stats, card),
    responses(sessionId, index) {
      const rows = (index === undefined ? selectResponses.all(sessionId) : selectResponsesAt.all(sessionId, index)) as ResponseDb[];
      return rows.map(toResponse);
    },
    responseCount(sessionId, index) {
      return (countResponsesAt.get(sessionId, index) as { n: number }).n;
    },
    response(sessionId, index, user) {
      const row = selectResponse.get(sessionId, index, user) as ResponseDb | undefined;
      return row && toResponse(row);
    },
    userStats(scope, user) {
      const row = selectStats.get(scope, user) as StatsDb | undefined;
      return row && toStats(row);
    },
    saveUserStats(row) {
      upsertStats.run(row);
    },
    sectionTally(scope, user) {
      return sectionTally.all(scope, user) as { sectionId: string; answered: number; correct: number }[];
    },
    reviewCards(scope, user) {
      return (selectCards.all(scope, user) as ReviewDb[]).map(toCard);
    },
    reviewCard(scope, user, itemId) {
      const row = selectCard.get(scope, user, itemId) as ReviewDb | undefined;
      return row && toCard(row);
    },
    saveReviewCard(row) {
      upsertCard.run(row);
    },
    leaderboard(scope, sinceMs, limit, user) {
      if (sinceMs === null) {
        const top = boardAll.all(scope, limit) as LeaderboardRow[];
        if (user === undefined) return { top };
        const me = boardAllMe.get(scope, user) as (LeaderboardRow & { rank: number }) | undefined;
        return { top, me: me && { rank: me.rank, row: { user: me.user, name: me.name, points: me.points, answered: me.answered, correct: me.correct } } };
      }
      // A week is small enough to rank in full (one row per active learner).
      const rows = (boardSince.all(scope, sinceMs) as (LeaderboardRow & { last: number })[]).map(
        ({ user: u, name, points, answered, correct }) => ({ user: u, name, points, answered, correct }),
      );
      const at = user === undefined ? -1 : rows.findIndex((r) => r.user === user);
      return { top: rows.slice(0, limit), me: at >= 0 ? { rank: at + 1, row: rows[at] } : undefined };
    },
  };
  return { transaction: (fn) => runner.transaction(fn), ...queued<Omit<QuizStore, 'transaction'>>(runner, sync) };
}
