// The PostgreSQL ReportSource: the contract (source-contract.ts), it upgrades an older database in
// place, its sessions refuse writes, and an unreachable DATABASE_URL is one line without the password.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportSource } from '../../src/report/source.ts';
import { StoreOpenError } from '../../src/store/open-error.ts';
import { createPgDb } from '../../src/store/postgres/db.ts';
import { migratePostgres, PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { openPostgresReportSource } from '../../src/store/postgres/report.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';
import { POSTGRES } from './backends.ts';
import { reportSourceContract } from './source-contract.ts';

reportSourceContract(POSTGRES);

describe.skipIf(NO_PG)(`openPostgresReportSource${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  let source: ReportSource | undefined;
  const clients: pg.Client[] = [];
  afterEach(async () => {
    await source?.close();
    source = undefined;
    for (const c of clients.splice(0)) await c.end();
  });
  const connect = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    clients.push(c);
    return c;
  };

  it('upgrades a version-2 database in place, keeping its rows (new columns empty)', async () => {
    const url = await createTestDatabase('report_old');
    const old = createPgDb(url);
    await migratePostgres(old.pool, PG_MIGRATIONS.filter((m) => m.version <= 2));
    await old.query("INSERT INTO answers (id, question, answered, section_id, score, user_id, scope, platform, at) VALUES ('old1', '도커가 뭐야?', true, '4.2', 0.9, 'U', 'T', 'slack', 5)");
    await old.query("INSERT INTO feedback VALUES ('old1', 'V', 'down', 'T', 'slack', 6)");
    await old.close();
    source = await openPostgresReportSource(url);
    expect(await source.questions({})).toEqual([
      { id: 'old1', at: 5, platform: 'slack', scope: 'T', channel: null, user: 'U', userName: null, question: '도커가 뭐야?',
        answered: true, sectionId: '4.2', score: 0.9, passage: null, up: 0, down: 1 },
    ]);
    const { rows } = await (await connect(url)).query('SELECT max(version) AS v FROM schema_migrations');
    expect(rows[0].v).toBe(PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version);
  });

  it("its pool's sessions are read-only: the server refuses a write", async () => {
    const url = await createTestDatabase('report_ro');
    const ro = createPgDb(url, { readOnly: true });
    try {
      await expect(ro.query('CREATE TABLE t (x int)')).rejects.toMatchObject({ code: '25006' }); // read_only_sql_transaction
    } finally {
      await ro.close();
    }
  });

  it('an unreachable DATABASE_URL: StoreOpenError naming it, the password hidden', async () => {
    const url = 'postgres://tutor:s3cret-pw@127.0.0.1:1/tutor';
    const err = await openPostgresReportSource(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store at postgres:\/\/tutor:\*\*\*@127\.0\.0\.1:1\/tutor: /);
    expect((err as Error).message).not.toContain('s3cret-pw');
    expect((err as Error).message).not.toContain('\n');
  });
});
