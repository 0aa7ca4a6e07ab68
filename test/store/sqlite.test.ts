import { describe, it, expect, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { MIGRATIONS, SCHEMA_VERSION, migrate, SchemaError } from '../../src/store/migrations.ts';
import type { QuizResponseRow, QuizSessionRow } from '../../src/store/store.ts';

let dir: string;
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'store-')));
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const session = (over: Partial<QuizSessionRow> = {}): QuizSessionRow => ({
  id: 'abcd1234', scope: 'T', channel: 'C', platform: 'slack', starter: 'U', starterName: 'Una', mode: 'solo', lang: 'ko',
  topic: '3.3', itemIds: ['a', 'b'], current: 0, closed: false, openedAt: 1000, deadline: null, status: 'active',
  startedAt: 1000, finishedAt: null, ...over,
});
const resp = (over: Partial<QuizResponseRow> = {}): QuizResponseRow => ({
  sessionId: 'abcd1234', index: 0, user: 'U', userName: 'Una', scope: 'T', itemId: 'a', sectionId: '3.3', choice: 1,
  correct: true, points: 10, elapsedMs: 500, at: 1500, ...over,
});

describe('openSqliteStore', () => {
  it('creates the directory, migrates to the latest version, uses WAL', async () => {
    const file = join(tmp(), 'data', 'sub', 'tutor.db');
    const store = openSqliteStore(file);
    await store.close();
    expect(existsSync(file)).toBe(true);
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['answers', 'feedback', 'quiz_responses', 'quiz_review', 'quiz_sessions', 'quiz_user_stats']);
    db.close();
  });

  it('migrations are numbered 1..n in order; reopening applies nothing twice', async () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const file = join(tmp(), 'tutor.db');
    openSqliteStore(file).close();
    const db = new Database(file);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('upgrades a database made by the pre-migration stub, keeping its rows', async () => {
    const file = join(tmp(), 'tutor.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT, answered INTEGER, section_id TEXT, score REAL, user TEXT, scope TEXT, platform TEXT, at INTEGER);
              CREATE TABLE feedback (answer_id TEXT, user TEXT, vote TEXT, scope TEXT, platform TEXT, at INTEGER, PRIMARY KEY (answer_id, user));
              INSERT INTO answers VALUES ('old1', '스팟이 뭐야?', 1, '3.1', 0.9, 'U', 'T', 'slack', 1);`);
    old.close();
    const store = openSqliteStore(file);
    expect((await store.answerLog('old1'))?.question).toBe('스팟이 뭐야?');
    await store.quiz.insertSession(session());
    expect((await store.quiz.session('abcd1234'))?.itemIds).toEqual(['a', 'b']);
    await store.close();
  });

  it('refuses a database from a newer version of the program', async () => {
    const file = join(tmp(), 'tutor.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(SchemaError);
  });

  it('a failing migration leaves the previous version intact', async () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE x (a); SELECT nope FROM missing;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('logs answers and feedback (a second vote replaces the first)', async () => {
    const store = openSqliteStore(':memory:');
    const id = await store.logAnswer({ question: 'q', answered: false, sectionId: null, score: 0.1, user: 'U', scope: 'T', platform: 'console' });
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await store.answerLog(id)).toEqual({ question: 'q', answered: false, sectionId: null, score: 0.1, user: 'U', scope: 'T', platform: 'console' });
    expect(await store.answerLog('nope')).toBeUndefined();
    await store.recordFeedback({ answerId: id, vote: 'up', user: 'U', scope: 'T', platform: 'console' });
    await store.recordFeedback({ answerId: id, vote: 'down', user: 'U', scope: 'T', platform: 'console' });
    await store.close();
    await store.close(); // closing twice is harmless
  });
});

describe('QuizStore', () => {
  it('round-trips sessions and patches', async () => {
    const q = openSqliteStore(':memory:').quiz;
    await q.insertSession(session({ mode: 'channel', deadline: 31_000 }));
    await q.updateSession('abcd1234', { current: 1, closed: true, openedAt: 2000 });
    expect(await q.session('abcd1234')).toEqual(session({ mode: 'channel', deadline: 31_000, current: 1, closed: true, openedAt: 2000 }));
    await q.updateSession('abcd1234', { status: 'finished', finishedAt: 9000, closed: false });
    expect(await q.session('abcd1234')).toMatchObject({ status: 'finished', finishedAt: 9000, closed: false });
    expect(await q.session('zzzz')).toBeUndefined();
  });

  it('finds active sessions by starter and channel, newest first', async () => {
    const q = openSqliteStore(':memory:').quiz;
    await q.insertSession(session({ id: 's1', startedAt: 1 }));
    await q.insertSession(session({ id: 's2', startedAt: 2 }));
    await q.insertSession(session({ id: 's3', starter: 'V', channel: 'C2', mode: 'channel' }));
    await q.insertSession(session({ id: 's4', status: 'finished' }));
    expect((await q.activeSessions({ scope: 'T', starter: 'U' })).map((s) => s.id)).toEqual(['s2', 's1']);
    expect((await q.activeSessions({ scope: 'T', channel: 'C2', mode: 'channel' })).map((s) => s.id)).toEqual(['s3']);
    expect(await q.activeSessions({ scope: 'other' })).toEqual([]);
  });

  it('one response per (session, question, user)', async () => {
    const q = openSqliteStore(':memory:').quiz;
    expect(await q.insertResponse(resp())).toBe(true);
    expect(await q.insertResponse(resp({ choice: 2, correct: false }))).toBe(false);
    expect(await q.insertResponse(resp({ user: 'V' }))).toBe(true);
    expect(await q.responseCount('abcd1234', 0)).toBe(2);
    expect(await q.response('abcd1234', 0, 'U')).toEqual(resp());
  });

  it('transactions roll back everything when the work throws', async () => {
    const q = openSqliteStore(':memory:').quiz;
    await expect(q.transaction(async () => {
      await q.insertResponse(resp());
      await q.transaction(() => q.insertSession(session())); // nested: joins the outer one
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await q.responseCount('abcd1234', 0)).toBe(0);
    expect(await q.session('abcd1234')).toBeUndefined();
    expect(await q.transaction(async () => 42)).toBe(42);
  });

  it('two processes on one file: a response is counted once', async () => {
    const file = join(tmp(), 'tutor.db');
    const a = openSqliteStore(file);
    const b = openSqliteStore(file);
    const results = await Promise.all([a, b, a, b].map((s) => s.quiz.transaction(() => s.quiz.insertResponse(resp()))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await b.quiz.responseCount('abcd1234', 0)).toBe(1);
    await a.close();
    await b.close();
  });

  it('leaderboards: all time from running totals, a period from its answers; ranks the asker', async () => {
    const q = openSqliteStore(':memory:').quiz;
    const stats = (user: string, points: number, updatedAt: number) =>
      q.saveUserStats({ scope: 'T', user, name: user.toUpperCase(), answered: 3, correct: points / 10, points, streak: 0, bestStreak: 1, updatedAt });
    for (const [i, u] of ['a', 'b', 'c', 'd'].entries()) await stats(u, 10 * (i + 1), i);
    await stats('e', 20, 99); // ties with b, later: ranks after b
    await q.saveUserStats({ scope: 'X', user: 'z', name: 'Z', answered: 1, correct: 1, points: 999, streak: 1, bestStreak: 1, updatedAt: 0 });
    const all = await q.leaderboard('T', null, 3, 'e');
    expect(all.top.map((r) => r.user)).toEqual(['d', 'c', 'b']);
    expect(all.me).toEqual({ rank: 4, row: { user: 'e', name: 'E', points: 20, answered: 3, correct: 2 } });
    expect((await q.leaderboard('T', null, 3, 'nobody')).me).toBeUndefined();

    await q.insertResponse(resp({ user: 'a', points: 12, at: 100 }));
    await q.insertResponse(resp({ user: 'b', points: 5, at: 50 })); // before the period
    await q.insertResponse(resp({ user: 'b', index: 1, points: 7, at: 150 }));
    await q.insertResponse(resp({ user: 'a', index: 1, points: 0, correct: false, at: 160 }));
    const week = await q.leaderboard('T', 100, 10, 'b');
    expect(week.top).toEqual([
      { user: 'a', name: 'A', points: 12, answered: 2, correct: 1 },
      { user: 'b', name: 'B', points: 7, answered: 1, correct: 1 },
    ]);
    expect(week.me?.rank).toBe(2);
  });

  it('review cards and per-section tallies', async () => {
    const q = openSqliteStore(':memory:').quiz;
    await q.saveReviewCard({ scope: 'T', user: 'U', itemId: 'a', box: 1, dueAt: 5, lastAt: 5, lapses: 1 });
    await q.saveReviewCard({ scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9, lastAt: 6, lapses: 1 });
    expect(await q.reviewCards('T', 'U')).toEqual([{ scope: 'T', user: 'U', itemId: 'a', box: 2, dueAt: 9, lastAt: 6, lapses: 1 }]);
    expect(await q.reviewCard('T', 'U', 'b')).toBeUndefined();
    await q.insertResponse(resp({ sectionId: '3.3' }));
    await q.insertResponse(resp({ index: 1, sectionId: '3.3', correct: false }));
    await q.insertResponse(resp({ sessionId: 'other', sectionId: '4.2' }));
    expect(await q.sectionTally('T', 'U')).toEqual([
      { sectionId: '3.3', answered: 2, correct: 1 },
      { sectionId: '4.2', answered: 1, correct: 1 },
    ]);
  });
});
