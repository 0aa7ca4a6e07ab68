// Which store to open: PostgreSQL when DATABASE_URL is set (several instances share it), else
// SQLite in DATA_DIR (one process, nothing to install).
import { join } from 'node:path';
import type { Store } from './store.ts';
import { openSqliteStore } from './sqlite.ts';

export const SQLITE_FILE = 'tutor.db';

export async function openStore(opts: { dataDir: string; databaseUrl?: string; now?: () => number }): Promise<Store> {
  if (opts.databaseUrl) {
    // Loaded only when used, so a SQLite-only install never loads the pg client.
    const { openPostgresStore } = await import('./postgres/store.ts');
    return openPostgresStore(opts.databaseUrl, { now: opts.now });
  }
  return openSqliteStore(join(opts.dataDir, SQLITE_FILE), { now: opts.now });
}
