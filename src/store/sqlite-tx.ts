// Transactions for the async Store over one synchronous better-sqlite3 connection.
//
// better-sqlite3 runs each statement synchronously, but an async transaction awaits between its
// statements, and meanwhile other callers in this process run. On one connection their statements
// would land inside the open transaction (and vanish with its rollback), so every call waits its
// turn in one queue: a transaction holds the queue from BEGIN to COMMIT, and calls made from inside
// it (found through the async context) run at once, joining it. BEGIN IMMEDIATE takes SQLite's
// write lock up front, so other processes on the same file wait rather than interleave a
// read-check-write. They wait here, asynchronously (BUSY_RETRY_MS): SQLite's own busy_timeout
// would block the event loop, and with it whoever holds the lock if that is this very process.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';

/** How long a statement waits for another connection's write lock before giving up. */
export const BUSY_WAIT_MS = 5000;
const BUSY_RETRY_MS = 2;

const isBusy = (e: unknown) => (e as { code?: string }).code === 'SQLITE_BUSY';

/** Runs `fn`, running it again while SQLite answers SQLITE_BUSY (nothing was done), for up to BUSY_WAIT_MS. */
async function whenFree<T>(fn: () => T | Promise<T>): Promise<T> {
  const giveUp = Date.now() + BUSY_WAIT_MS;
  for (let wait = BUSY_RETRY_MS; ; wait = Math.min(wait * 2, 50)) {
    try {
      return await fn();
    } catch (e) {
      if (!isBusy(e) || Date.now() > giveUp) throw e;
    }
    await sleep(wait);
  }
}

export interface SqliteRunner {
  /** Runs one call in turn (at once inside this connection's open transaction). */
  run<T>(fn: () => T): Promise<T>;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

export function createSqliteRunner(db: Database.Database): SqliteRunner {
  const inTx = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();

  /** Queues `fn` behind everything queued before it. */
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = tail.then(fn);
    tail = result.catch(() => undefined);
    return result;
  }

  return {
    run(fn) {
      if (inTx.getStore()) return Promise.resolve().then(fn);
      return exclusive(() => whenFree(fn));
    },
    transaction(fn) {
      if (inTx.getStore()) return fn();
      return exclusive(() =>
        inTx.run(true, async () => {
          await whenFree(() => db.exec('BEGIN IMMEDIATE'));
          try {
            const result = await fn();
            db.exec('COMMIT');
            return result;
          } catch (e) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw e;
          }
        }),
      );
    },
  };
}

/** The synchronous shape of an async interface: what better-sqlite3 code implements directly. */
export type SyncOf<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never };

/** Wraps each synchronous method so it runs in turn through `runner` and returns a promise. */
export function queued<T extends object>(runner: SqliteRunner, sync: SyncOf<T>): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(sync) as [string, (...args: unknown[]) => unknown][]) {
    out[name] = (...args: unknown[]) => runner.run(() => fn(...args));
  }
  return out as T;
}
