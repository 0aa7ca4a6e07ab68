// vitest globalSetup: one PostgreSQL server for the whole run, shared by every test file through
// `inject('pgUrl')`; each file makes its own database on it (test/helpers/pg.ts). On a machine
// with no PostgreSQL the PostgreSQL half of the tests is skipped, and the run says so plainly.
import type { TestProject } from 'vitest/node';
import { findPgBin, startPgServer, type PgServer } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server to make test databases on; '' when the PostgreSQL tests are skipped. */
    pgUrl: string;
    /** Why they are skipped ('' when they run). */
    pgSkipReason: string;
  }
}

let server: PgServer | undefined;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL ?? '';
  let reason = '';
  if (!url) {
    const bin = findPgBin();
    if (!bin) reason = 'no PostgreSQL server binaries on this machine (install Debian\'s `postgresql` package, as .ci/run does, or set TEST_DATABASE_URL)';
    else {
      try {
        server = await startPgServer(bin);
        url = server.url;
      } catch (e) {
        reason = `could not start a PostgreSQL server from ${bin}: ${(e as Error).message.split('\n')[0]}`;
      }
    }
  }
  project.provide('pgUrl', url);
  project.provide('pgSkipReason', reason);
  // The summary reporter repeats this after the results, where nobody can miss it.
  if (reason) {
    process.env.TUTOR_PG_TESTS_SKIPPED = reason;
    process.stdout.write(`\nPostgreSQL tests SKIPPED: ${reason}\n\n`);
  }
  return () => server?.stop();
}
