// Connecting to DATABASE_URL and bringing its schema up to date, shared by the store and the
// dashboard's read-only source, so both fail the same way: one line naming DATABASE_URL.
import { StoreOpenError } from '../open-error.ts';
import { createPgDb, type PgDb } from './db.ts';
import { migratePostgres } from './migrations.ts';
import { redactUrl } from './url.ts';

/** A pool on a database at the latest schema. Unreachable or unusable: StoreOpenError, password hidden. */
export async function openMigratedPgDb(url: string): Promise<PgDb> {
  const db = createPgDb(url);
  try {
    await migratePostgres(db.pool);
    return db;
  } catch (e) {
    await db.close().catch(() => undefined);
    const err = e as { code?: string; message?: string };
    const why = [err.code, err.message].filter(Boolean).join(' ') || String(e);
    throw new StoreOpenError(`DATABASE_URL: cannot open the PostgreSQL store at ${redactUrl(url)}: ${why.replaceAll(url, redactUrl(url))}`);
  }
}
