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

export interface PgDb {
  pool: pg.Pool;
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  transaction<T>(fn: () => Promise<T>, keys?: string[]): Promise<T>;
  close(): Promise<void>;
}

export interface PgDbOptions {
  /** Every session read-only (the server refuses writes): the dashboard's pool. */
  readOnly?: boolean;
}

export function createPgDb(url: string, opts: PgDbOptions = {}): PgDb {
  const pool = new pg.Pool({
    connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types,
    ...(opts.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const current = new AsyncLocalStorage<pg.PoolClient>();
  const prepared = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = prepared.get(sql);
    if (!name && prepared.size < MAX_PREPARED) prepared.set(sql, (name = `tutor_${prepared.size}`));
    return name;
  };

  return {
    pool,
    query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]) {
      const name = nameOf(sql);
      const on = current.getStore() ?? pool;
      return name ? on.query<R>({ name, text: sql, values: params }) : on.query<R>(sql, params);
    },
    async transaction(fn, keys = []) {
      if (current.getStore()) return fn();
      const locks = [...new Set(keys)].sort(); // one order everywhere, so two transactions cannot wait on each other
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          // One round trip for BEGIN and the locks (the simple protocol takes several statements; keys are quoted).
          await client.query(['BEGIN', ...locks.map((k) => `SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(k)}, 0))`)].join('; '));
          const result = await current.run(client, fn);
          await client.query('COMMIT');
          return result;
        } catch (e) {
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
