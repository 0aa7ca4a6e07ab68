// Which store to open: PostgreSQL when DATABASE_URL is set (several instances share it), else
// SQLite in DATA_DIR (one process, nothing to install). The dashboard reads the same one.
import type { ReportSource } from '../report/source.ts';
import { openSqliteReportSource } from './report-sqlite.ts';
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

/** The instructor reports' read-only view of the store `openStore` opens with the same settings. */
export async function openReportSource(opts: { dataDir: string; databaseUrl?: string }): Promise<ReportSource> {
  if (opts.databaseUrl) {
    const { openPostgresReportSource } = await import('./postgres/report.ts');
    return openPostgresReportSource(opts.databaseUrl);
  }
  return openSqliteReportSource(sqliteFile(opts.dataDir));
}
