// STUB until the quiz issue lands the real SQLite store with migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Store } from './store.ts';

/** Opens (creating if needed) the store at `file`; ':memory:' for tests. */
export function openSqliteStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, question TEXT, answered INTEGER, section_id TEXT, score REAL, user TEXT, scope TEXT, platform TEXT, at INTEGER);
           CREATE TABLE IF NOT EXISTS feedback (answer_id TEXT, user TEXT, vote TEXT, scope TEXT, platform TEXT, at INTEGER, PRIMARY KEY (answer_id, user));`);
  return {
    logAnswer(r) {
      const id = randomUUID().slice(0, 12);
      db.prepare('INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?)').run(id, r.question, r.answered ? 1 : 0, r.sectionId, r.score, r.user, r.scope, r.platform, Date.now());
      return id;
    },
    answerLog(id) {
      const row = db.prepare('SELECT * FROM answers WHERE id = ?').get(id) as any;
      return row && { question: row.question, answered: !!row.answered, sectionId: row.section_id, score: row.score, user: row.user, scope: row.scope, platform: row.platform };
    },
    recordFeedback(r) {
      db.prepare('INSERT OR REPLACE INTO feedback VALUES (?,?,?,?,?,?)').run(r.answerId, r.user, r.vote, r.scope, r.platform, Date.now());
    },
    close() {
      db.close();
    },
  };
}
