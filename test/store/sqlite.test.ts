import { describe, it, expect, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { MIGRATIONS, SCHEMA_VERSION, migrate, SchemaError } from '../../src/store/migrations.ts';
import { resp, session } from './contract.ts';

let dir: string;
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'store-')));
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

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
    expect(tables).toEqual(['answers', 'feedback', 'quiz_responses', 'quiz_review', 'quiz_sessions', 'quiz_user_stats', 'scheduled_jobs', 'seen_events']);
    db.close();
  });

  it('migrations are numbered 1..n in order; reopening applies nothing twice', async () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const file = join(tmp(), 'tutor.db');
    await openSqliteStore(file).close();
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

  it('closing twice is harmless', async () => {
    const store = openSqliteStore(':memory:');
    await store.close();
    await store.close();
  });
});

// The rest of the Store's behaviour is the contract both stores share (contract.ts).
describe('SQLite QuizStore', () => {
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
});
