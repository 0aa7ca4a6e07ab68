// PostgreSQL-only behaviour: migrations under the advisory lock, and a clear error when the
// database cannot be reached. (Everything else is the contract both stores share.)
import { describe, it, expect } from 'vitest';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/store.ts';
import { StoreOpenError } from '../../src/store/store.ts';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';

describe('PostgreSQL store: opening', () => {
  it('an unreachable server: one line naming DATABASE_URL, the password hidden', async () => {
    // Port 1 on 127.0.0.1: nothing listens there, so the connection is refused at once.
    const err = await openPostgresStore('postgres://tutor:s3cret-pw@127.0.0.1:1/tutor').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store at postgres:\/\/tutor:\*\*\*@127\.0\.0\.1:1\/tutor: ECONNREFUSED/);
    expect(msg).not.toContain('s3cret-pw');
    expect(msg.split('\n')).toHaveLength(1);
  });
});

describe.skipIf(NO_PG)(`PostgreSQL store: migrations${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  it('instances starting at once migrate once, under the advisory lock; reopening applies nothing', async () => {
    const url = await createTestDatabase('migrate');
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
      // A newer schema than this program knows is refused, not used.
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')`);
      const err = await openPostgresStore(url).catch((e: unknown) => e);
      expect((err as Error).message).toContain('newer than this program knows');
    } finally {
      await client.end();
      for (const s of stores) await s.close();
    }
  });
});
