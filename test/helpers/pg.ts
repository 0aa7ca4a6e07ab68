// A fresh PostgreSQL database per test file on the run's server (test/setup/postgres.ts).
import { inject } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_URL = inject('pgUrl');
export const PG_SKIP_REASON = inject('pgSkipReason');
/** For describe.skipIf: true when there is no PostgreSQL to test against. */
export const NO_PG = !PG_URL;

/** Creates an empty database and returns its URL. */
export async function createTestDatabase(prefix = 't'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}
