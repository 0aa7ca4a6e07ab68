// Scheduled jobs and seen events over the SQLite connection (see JobStore / SeenStore in store.ts).
import type Database from 'better-sqlite3';
import type { JobStore, ScheduledJob, SeenStore } from './store.ts';
import { queued, type SqliteRunner, type SyncOf } from './sqlite-tx.ts';

/** Expired seen-event keys are swept on about one call in this many. */
export const SEEN_SWEEP_EVERY = 200;

const JOB = 'id, sink, action_id AS actionId, due_at AS dueAt, ctx, ref';

export function createSqliteJobStore(db: Database.Database, runner: SqliteRunner): JobStore {
  const put = db.prepare(`INSERT INTO scheduled_jobs (id, sink, action_id, due_at, ctx, ref) VALUES (@id, @sink, @actionId, @dueAt, @ctx, @ref)
    ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, ctx = excluded.ctx, ref = excluded.ref`);
  const done = db.prepare('DELETE FROM scheduled_jobs WHERE id = ? AND (lease_owner IS NULL OR lease_owner = ?)');
  const claim = db.prepare('UPDATE scheduled_jobs SET lease_owner = ?, lease_until = ? WHERE id = ?');
  const cancel = db.prepare('DELETE FROM scheduled_jobs WHERE id = ?');
  const sync: SyncOf<Omit<JobStore, 'claimDue'>> = {
    put(job) {
      put.run(job);
    },
    done(id, owner) {
      done.run(id, owner);
    },
    cancel(id) {
      cancel.run(id);
    },
  };
  return {
    ...queued<Omit<JobStore, 'claimDue'>>(runner, sync),
    // Select and mark in one write transaction: another process on the file waits for it.
    claimDue: (sinks, now, owner, leaseUntil, limit) =>
      runner.transaction(async () => {
        if (!sinks.length) return [];
        const due = db
          .prepare(`SELECT ${JOB} FROM scheduled_jobs WHERE due_at <= ? AND sink IN (${sinks.map(() => '?').join(', ')})
            AND (lease_until IS NULL OR lease_until < ?) ORDER BY due_at LIMIT ?`)
          .all(now, ...sinks, now, limit) as ScheduledJob[];
        for (const j of due) claim.run(owner, leaseUntil, j.id);
        return due;
      }),
  };
}

export function createSqliteSeenStore(db: Database.Database, runner: SqliteRunner): SeenStore {
  // A key seen before but expired counts as new again (its row is refreshed in the same statement).
  const mark = db.prepare(`INSERT INTO seen_events (key, expires_at) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= ?`);
  const sweep = db.prepare('DELETE FROM seen_events WHERE expires_at <= ?');
  return queued<SeenStore>(runner, {
    firstSeen(key, now, ttlMs) {
      if (Math.random() * SEEN_SWEEP_EVERY < 1) sweep.run(now);
      return mark.run(key, now + ttlMs, now).changes === 1;
    },
  });
}
