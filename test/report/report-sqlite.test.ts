// The SQLite ReportSource: reads what the tutor recorded (on a read-only connection of its own)
// and upgrades an older database in place.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../src/store/migrations.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import { buildFixture, DAY, T0, type Fixture } from './fixture.ts';

let fx: Fixture | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fx?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fx = dir = undefined;
});

describe('openSqliteReportSource', () => {
  it('reads questions with their context, passage and votes', async () => {
    fx = await buildFixture();
    const id = await fx.store.logAnswer({
      question: '스팟이 뭐야?', answered: true, sectionId: '3.3', score: 0.8, user: 'U1', scope: 'T1', platform: 'slack',
      channel: 'C1', userName: '김학생', passage: '스팟 인스턴스는 …',
    });
    fx.clock.now = T0 + DAY;
    await fx.store.logAnswer({ question: '점심 메뉴', answered: false, sectionId: null, score: 0.1, user: 'U2', scope: 'G1', platform: 'discord', channel: 'D1' });
    for (const [user, vote] of [['U1', 'down'], ['U2', 'down'], ['U3', 'up']] as const) {
      await fx.store.recordFeedback({ answerId: id, vote, user, scope: 'T1', platform: 'slack' });
    }
    const source = openSqliteReportSource(fx.file);
    const rows = await source.questions({});
    expect(rows).toEqual([
      { id, at: T0, platform: 'slack', scope: 'T1', channel: 'C1', user: 'U1', userName: '김학생', question: '스팟이 뭐야?',
        answered: true, sectionId: '3.3', score: 0.8, passage: '스팟 인스턴스는 …', up: 1, down: 2 },
      expect.objectContaining({ question: '점심 메뉴', answered: false, userName: null, passage: null, up: 0, down: 0, at: T0 + DAY }),
    ]);
    expect((await source.questions({ platform: 'discord' })).map((r) => r.question)).toEqual(['점심 메뉴']);
    expect((await source.questions({ scope: 'T1', channel: 'C1' })).map((r) => r.question)).toEqual(['스팟이 뭐야?']);
    expect(await source.questions({ fromMs: T0 + 1, toMs: T0 + DAY })).toEqual([]);
    expect(await source.places()).toEqual([
      { platform: 'discord', scope: 'G1', channel: 'D1' },
      { platform: 'slack', scope: 'T1', channel: 'C1' },
      { platform: 'slack', scope: 'T1', channel: 'C2' },
    ]);
    await source.close();
  });

  it('learner states: streak from the running totals, review cards due now', async () => {
    fx = await buildFixture();
    await fx.store.quiz.saveUserStats({ scope: 'T1', user: 'L1', name: 'Lee', answered: 3, correct: 3, points: 30, streak: 3, bestStreak: 4, updatedAt: T0 });
    for (const [itemId, dueAt] of [['A', T0 - 1], ['B', T0], ['C', T0 + 1]] as const) {
      await fx.store.quiz.saveReviewCard({ scope: 'T1', user: 'L1', itemId, box: 1, dueAt, lastAt: T0 - DAY, lapses: 1 });
    }
    const source = openSqliteReportSource(fx.file);
    expect(await source.learnerStates({}, T0)).toEqual([{ scope: 'T1', user: 'L1', name: 'Lee', streak: 3, bestStreak: 4, due: 2 }]);
    expect(await source.learnerStates({ platform: 'discord' }, T0)).toEqual([]);
    await source.close();
  });

  it('sees what the tutor writes after it was opened (its own connection)', async () => {
    fx = await buildFixture();
    const source = openSqliteReportSource(fx.file);
    expect(await source.questions({})).toEqual([]);
    await fx.store.logAnswer({ question: 'later', answered: false, sectionId: null, score: 0, user: 'U', scope: 'T1', platform: 'slack' });
    expect((await source.questions({})).map((r) => r.question)).toEqual(['later']);
    await source.close();
  });

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
