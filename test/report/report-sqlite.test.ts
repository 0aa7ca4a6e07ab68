// The SQLite ReportSource: the contract (source-contract.ts), and it upgrades an older database
// in place.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../src/store/migrations.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import { SQLITE } from './backends.ts';
import { reportSourceContract } from './source-contract.ts';

reportSourceContract(SQLITE);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('openSqliteReportSource', () => {
  it('upgrades a version-2 database in place, keeping its rows (new columns empty)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'report-old-'));
    const file = join(dir, 'tutor.db');
    const old = new Database(file);
    migrate(old, MIGRATIONS.filter((m) => m.version <= 2));
    old.exec("INSERT INTO answers (id, question, answered, section_id, score, user, scope, platform, at) VALUES ('old1', '도커가 뭐야?', 1, '4.2', 0.9, 'U', 'T', 'slack', 5)");
    old.exec("INSERT INTO feedback VALUES ('old1', 'V', 'down', 'T', 'slack', 6)");
    old.close();
    const source = openSqliteReportSource(file);
    expect(await source.questions({})).toEqual([
      { id: 'old1', at: 5, platform: 'slack', scope: 'T', channel: null, user: 'U', userName: null, question: '도커가 뭐야?',
        answered: true, sectionId: '4.2', score: 0.9, passage: null, up: 0, down: 1 },
    ]);
    await source.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
