// Scheduled jobs and seen events over PostgreSQL (see JobStore / SeenStore in ../store.ts).
import type { JobStore, ScheduledJob, SeenStore } from '../store.ts';
import { SEEN_SWEEP_EVERY } from '../jobs-sqlite.ts';
import type { PgDb } from './db.ts';

export function createPgJobStore(db: PgDb): JobStore {
  return {
    async put(j) {
      await db.query(
        `INSERT INTO scheduled_jobs (id, sink, action_id, due_at, ctx, ref) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, ctx = excluded.ctx, ref = excluded.ref`,
        [j.id, j.sink, j.actionId, j.dueAt, j.ctx, j.ref],
      );
    },
    async claimDue(sinks, now, owner, leaseUntil, limit) {
      if (!sinks.length) return [];
      // One statement, the usual queue form: the CTE picks and row-locks due jobs once (SKIP LOCKED
      // lets instances claim side by side), so a job goes to exactly one of them. (An IN (subquery)
      // may be re-evaluated by the planner, which is not guaranteed to see the same rows.)
      const { rows } = await db.query<ScheduledJob>(
        `WITH picked AS (
           SELECT id FROM scheduled_jobs
            WHERE due_at <= $3 AND sink = ANY($4) AND (lease_until IS NULL OR lease_until < $3)
            ORDER BY due_at LIMIT $5 FOR UPDATE SKIP LOCKED)
         UPDATE scheduled_jobs j SET lease_owner = $1, lease_until = $2
           FROM picked WHERE j.id = picked.id
         RETURNING j.id, j.sink, j.action_id AS "actionId", j.due_at AS "dueAt", j.ctx, j.ref`,
        [owner, leaseUntil, now, sinks, limit],
      );
      return rows.sort((a, b) => a.dueAt - b.dueAt);
    },
    async done(id, owner) {
      await db.query('DELETE FROM scheduled_jobs WHERE id = $1 AND (lease_owner IS NULL OR lease_owner = $2)', [id, owner]);
    },
    async cancel(id) {
      await db.query('DELETE FROM scheduled_jobs WHERE id = $1', [id]);
    },
  };
}

export function createPgSeenStore(db: PgDb): SeenStore {
  return {
    async firstSeen(key, now, ttlMs) {
      if (Math.random() * SEEN_SWEEP_EVERY < 1) await db.query('DELETE FROM seen_events WHERE expires_at <= $1', [now]);
      const res = await db.query(
        `INSERT INTO seen_events (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= $3`,
        [key, now + ttlMs, now],
      );
      return res.rowCount === 1;
    },
  };
}
