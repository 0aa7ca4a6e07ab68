// The stores the report tests run against: every ReportSource must give the same rows for what
// the same Store recorded. `database()` makes a fresh, empty database each time.
import { describe, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportSource } from '../../src/report/source.ts';
import { openPostgresReportSource } from '../../src/store/postgres/report.ts';
import { openPostgresStore } from '../../src/store/postgres/store.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, PG_SKIP_REASON } from '../helpers/pg.ts';

export interface ReportDatabase {
  /** The tutor's store on this database, its answer log stamped by `now`. */
  openStore(now: () => number): Promise<Store>;
  /** The dashboard's read-only view of the same database. */
  openSource(): Promise<ReportSource>;
  cleanup(): Promise<void>;
}

export interface ReportBackend {
  name: string;
  /** Why this backend's tests are skipped ('' when they run). */
  skipReason: string;
  database(): Promise<ReportDatabase>;
}

export const SQLITE: ReportBackend = {
  name: 'SQLite',
  skipReason: '',
  async database() {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const file = join(dir, 'tutor.db');
    return {
      openStore: async (now) => openSqliteStore(file, { now }),
      openSource: async () => openSqliteReportSource(file),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const POSTGRES: ReportBackend = {
  name: 'PostgreSQL',
  skipReason: PG_SKIP_REASON,
  async database() {
    // Each database is left on the run's throwaway server, as in the Store contract tests.
    const url = await createTestDatabase('report');
    return {
      openStore: (now) => openPostgresStore(url, { now }),
      openSource: () => openPostgresReportSource(url),
      cleanup: async () => undefined,
    };
  },
};

export const BACKENDS = [SQLITE, POSTGRES];

/** `describe(backend.name, …)` for each backend; a skipped one says why in the run's output. */
export function describeEachBackend(title: string, body: (backend: ReportBackend) => void, backends = BACKENDS): void {
  for (const backend of backends) {
    describe(`${title}: ${backend.name}`, () => {
      if (backend.skipReason) it.skip(`skipped: ${backend.skipReason}`, () => {});
      else body(backend);
    });
  }
}
