// The connection pool and transactions of the PostgreSQL store.
//
// `query` runs on the transaction's connection when called from inside `transaction(fn)` (found
// through the async context), on any pooled connection otherwise.
//
// Isolation: READ COMMITTED plus transaction-scoped advisory locks on what the transaction is about
// (`keys`: the quiz session, the learner, the channel), taken first, in a fixed order. Every
// read-check-write on one session or one learner's scores then runs one at a time across all
// instances, and each statement sees what the previous holder committed; uniqueness (one answer
// per learner per question) is the primary key's job. (SERIALIZABLE was tried first: on these
// small, hot tables its predicate locks make unrelated learners' answers abort each other.)
// A deadlock (40P01) or serialization failure (40001) is retried from the start.
//
// Round trips: connections are pipelined (pg's `pipeline` option), and a transaction does not wait
// for what nobody reads: BEGIN with the locks, and the writes sent through `write` (upserts, session
// updates), go out at once and ride along with the next statement that is waited for, or with
// COMMIT. The server still runs every statement in order on the one connection, so a later read
// sees an earlier write; a write's failure aborts the transaction, COMMIT then rolls it back, and
// the failure is what `transaction` throws. A solo answer is three round trips (it was nine).
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** How often a transaction is tried before a serialization failure is given up to the caller. */
export const MAX_TX_ATTEMPTS = 8;
/** Connections per instance: enough for concurrent clicks, well under a small server's 100. */
export const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 5000;
/** serialization_failure, deadlock_detected: safe to retry from the start. */
const RETRYABLE = new Set(['40001', '40P01']);

// BIGINT (epoch ms, counts) and NUMERIC (sums) as JS numbers: every value here is far below 2^53.
const NUMERIC_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Statements are prepared once per connection (pg's named queries): a click runs the same few
 * statements over and over, and parsing and planning them each time was much of the server's work.
 * Texts beyond this many run unprepared, so generated SQL cannot grow a connection's cache forever.
 */
const MAX_PREPARED = 200;

/** Takes the advisory locks of `keys` (one prepared statement however many; unnest yields them in array order). */
const LOCK_KEYS = 'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k';

export interface PgDb {
  pool: pg.Pool;
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /**
   * A statement whose result nobody reads. Inside a transaction it is sent without waiting for the
   * server, and a failure fails the transaction (thrown by `transaction`); outside, it is `query`.
   */
  write(sql: string, params?: unknown[]): Promise<void>;
  transaction<T>(fn: () => Promise<T>, keys?: string[]): Promise<T>;
  close(): Promise<void>;
}

export interface PgDbOptions {
  /** Every session read-only (the server refuses writes): the dashboard's pool. */
  readOnly?: boolean;
}

/** The transaction running in this async context: its connection, and the statements sent without waiting. */
interface Tx {
  client: pg.PoolClient;
  sent: Promise<unknown>[];
  /** The socket holds its writes until the end of this tick. */
  corked: boolean;
}

/**
 * Runs a statement on the transaction's connection. Statements issued in the same tick (BEGIN,
 * the locks and the first read; the last writes and COMMIT) leave in one socket write: pg
 * writes each statement on its own, and those system calls were a third of the client's time.
 */
function txQuery<R extends pg.QueryResultRow>(tx: Tx, q: string | pg.QueryConfig) {
  if (!tx.corked) {
    const { stream } = tx.client.connection;
    stream.cork();
    tx.corked = true;
    process.nextTick(() => {
      tx.corked = false;
      stream.uncork();
    });
  }
  return tx.client.query<R>(q);
}

/** Sends `sql` on the transaction's connection without waiting; its outcome is collected by `sentFailure`. */
function send(tx: Tx, sql: string | pg.QueryConfig) {
  const p = txQuery(tx, sql);
  p.catch(() => undefined); // looked at in sentFailure, not here (an unhandled rejection would end the process)
  tx.sent.push(p);
}

/** The first failure among the statements sent without waiting (the cause of any that followed it). */
async function sentFailure(tx: Tx): Promise<unknown> {
  for (const r of await Promise.allSettled(tx.sent)) if (r.status === 'rejected') return r.reason;
  return undefined;
}

export function createPgDb(url: string, opts: PgDbOptions = {}): PgDb {
  const pool = new pg.Pool({
    connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types, pipeline: true,
    ...(opts.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const current = new AsyncLocalStorage<Tx>();
  const prepared = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = prepared.get(sql);
    if (!name && prepared.size < MAX_PREPARED) prepared.set(sql, (name = `tutor_${prepared.size}`));
    return name;
  };

  const config = (sql: string, values?: unknown[]): pg.QueryConfig => {
    const name = nameOf(sql);
    return name ? { name, text: sql, values } : { text: sql, values };
  };

  return {
    pool,
    query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]) {
      const tx = current.getStore();
      return tx ? txQuery<R>(tx, config(sql, params)) : pool.query<R>(config(sql, params));
    },
    async write(sql, params) {
      const tx = current.getStore();
      if (tx) send(tx, config(sql, params));
      else await pool.query(config(sql, params));
    },
    async transaction(fn, keys = []) {
      if (current.getStore()) return fn();
      const locks = [...new Set(keys)].sort(); // one order everywhere, so two transactions cannot wait on each other
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        const tx: Tx = { client, sent: [], corked: false };
        let broken: Error | undefined;
        try {
          // Not waited for: fn's first statement follows them on the wire and waits for the locks on the server.
          send(tx, 'BEGIN');
          if (locks.length) send(tx, config(LOCK_KEYS, [locks]));
          const result = await current.run(tx, fn);
          const commit = txQuery(tx, 'COMMIT');
          // A failed write aborted the transaction (COMMIT then rolls back): that failure is the outcome.
          const failed = await sentFailure(tx);
          await commit;
          if (failed) throw failed;
          return result;
        } catch (thrown) {
          // A statement that failed after a sent one did only because the transaction was already aborted.
          const e = (await sentFailure(tx)) ?? thrown;
          await client.query('ROLLBACK').catch((err: Error) => (broken = err));
          if (!RETRYABLE.has((e as { code?: string }).code ?? '') || attempt >= MAX_TX_ATTEMPTS) throw e;
        } finally {
          // A connection in an unknown state is closed, not reused.
          client.release(broken);
        }
        // Back off a little, at random, so two retrying instances do not collide again in step.
        await sleep(Math.random() * 5 * attempt);
      }
    },
    close: () => pool.end(),
  };
}
