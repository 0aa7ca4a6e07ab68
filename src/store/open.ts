// Which store to open: PostgreSQL when DATABASE_URL is set (several instances share it), else
// SQLite in DATA_DIR (one process, nothing to install).
import type { Store } from './store.ts';
import { openSqliteStore, sqliteFile } from './sqlite.ts';

export async function openStore(opts: { dataDir: string; databaseUrl?: string; now?: () => number }): Promise<Store> {
  if (opts.databaseUrl) {
    // Loaded only when used, so a SQLite-only install never loads the pg client.
    const { openPostgresStore } = await import('./postgres/store.ts');
    return openPostgresStore(opts.databaseUrl, { now: opts.now });
  }
  return openSqliteStore(sqliteFile(opts.dataDir), { now: opts.now });
}
