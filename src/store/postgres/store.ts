// The PostgreSQL implementation of the Store: chosen when DATABASE_URL is set, so several
// instances of the tutor can share scores, quizzes and timers.
import { randomUUID } from 'node:crypto';
import type { FeedbackReport, Store } from '../store.ts';
import { openMigratedPgDb } from './open.ts';
import { createPgQuizStore } from './quiz.ts';
import { createPgJobStore, createPgSeenStore } from './jobs.ts';

export interface PostgresStoreOptions {
  /** Clock for the answer log's timestamps (tests). */
  now?: () => number;
}

/**
 * Connects, migrates (under an advisory lock) and returns the store. Unreachable or unusable:
 * StoreOpenError, one line naming DATABASE_URL with the password hidden.
 */
export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<Store> {
  const now = opts.now ?? Date.now;
  const db = await openMigratedPgDb(url);

  return {
    async logAnswer(r) {
      const id = randomUUID().replace(/-/g, '').slice(0, 12);
      await db.query(
        `INSERT INTO answers (id, question, answered, section_id, score, user_id, scope, platform, at, channel, user_name, passage)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, r.question, r.answered, r.sectionId, r.score, r.user, r.scope, r.platform, now(), r.channel ?? null, r.userName ?? null, r.passage ?? null],
      );
      return id;
    },
    async answerLog(id) {
      const { rows } = await db.query<{ question: string; answered: boolean; sectionId: string | null; score: number; user: string; scope: string; platform: string }>(
        `SELECT question, answered, section_id AS "sectionId", score, user_id AS "user", scope, platform FROM answers WHERE id = $1`,
        [id],
      );
      return rows[0];
    },
    async recordFeedback(r) {
      await db.query(
        `INSERT INTO feedback (answer_id, user_id, vote, scope, platform, at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, scope = excluded.scope,
           platform = excluded.platform, at = excluded.at`,
        [r.answerId, r.user, r.vote, r.scope, r.platform, now()],
      );
    },
    async feedbackReport({ scope, limit = 20 } = {}) {
      const disliked = await db.query<FeedbackReport['disliked'][number]>(
        `SELECT a.question, a.section_id AS "sectionId",
                count(*) FILTER (WHERE f.vote = 'down') AS down, count(*) FILTER (WHERE f.vote = 'up') AS up
           FROM feedback f JOIN answers a ON a.id = f.answer_id
          WHERE $1::text IS NULL OR a.scope = $1
          GROUP BY a.question, a.section_id HAVING count(*) FILTER (WHERE f.vote = 'down') > 0
          ORDER BY down DESC, up ASC LIMIT $2`,
        [scope ?? null, limit],
      );
      const unanswered = await db.query<FeedbackReport['unanswered'][number]>(
        `SELECT question, count(*) AS times, max(at) AS "lastAt" FROM answers
          WHERE NOT answered AND ($1::text IS NULL OR scope = $1)
          GROUP BY question ORDER BY times DESC, "lastAt" DESC LIMIT $2`,
        [scope ?? null, limit],
      );
      return { disliked: disliked.rows, unanswered: unanswered.rows };
    },
    quiz: createPgQuizStore(db),
    jobs: createPgJobStore(db),
    seen: createPgSeenStore(db),
    close: () => db.close(),
  };
}
