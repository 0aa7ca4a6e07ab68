// The persistence interface of the core, asynchronous so one interface fits both stores:
// src/store/sqlite.ts (better-sqlite3, one file in DATA_DIR, the default) and src/store/postgres/
// (a `pg` pool, when DATABASE_URL is set, so several instances can share one database). The same
// contract tests (test/store/contract.ts) run against both.
//
// Design: `Store` stays the single object the core is handed. The quiz gets its own repository,
// `Store.quiz` (a `QuizStore`), over the same database connection: the answer log and the quiz
// share one file, one migration list and one close(), while the quiz's many small methods stay out
// of the facade's way. The repository is deliberately dumb (rows in, rows out); the rules (who may
// answer, when a question closes, how many points) live in src/quiz/, and run inside
// `quiz.transaction(async () => ..., keys)` so every read-check-write is atomic, across processes
// and instances too. Inside `fn`, calls on the same QuizStore join the transaction (the store tracks it
// through the async context), so the rules read like straight-line code.

export interface FeedbackRecord {
  answerId: string;
  vote: 'up' | 'down';
  user: string;
  scope: string;
  platform: string;
}

export interface AnswerLogRecord {
  question: string;
  answered: boolean;
  sectionId: string | null;
  score: number;
  user: string;
  scope: string;
  platform: string;
  /** For the instructor dashboard (filters, names); absent in rows logged before migration 3. */
  channel?: string;
  userName?: string | null;
  /** The passage the tutor answered with; null when it declined. */
  passage?: string | null;
}

export type QuizSessionMode = 'solo' | 'channel' | 'review';
export type QuizSessionStatus = 'active' | 'finished' | 'abandoned';

/** One quiz being played (or played before). Everything a click needs, so any process can handle it. */
export interface QuizSessionRow {
  /** Short random id; it travels in action ids (`quiz:<id>:<index>:<choice>`). */
  id: string;
  scope: string;
  channel: string;
  platform: string;
  /** The user who started it; in solo/review the only one who may answer. */
  starter: string;
  starterName: string | null;
  mode: QuizSessionMode;
  lang: 'ko' | 'en';
  /** What the quiz is about, for display (section ids, or null for the whole module). */
  topic: string | null;
  /** Bank item ids in the order they are asked. */
  itemIds: string[];
  /** Index of the question now being asked; equals itemIds.length once every question is done. */
  current: number;
  /** Channel mode: the current question is closed (answers no longer count) but the quiz has not moved on. */
  closed: boolean;
  /** When the current question was shown (epoch ms). */
  openedAt: number;
  /** Channel mode: when the current question closes (epoch ms); null in solo/review. */
  deadline: number | null;
  status: QuizSessionStatus;
  startedAt: number;
  finishedAt: number | null;
}

/** What a click needs, read at once: the session, and the clicker's answer, stats and card for one of its questions. */
export interface ClickState {
  session: QuizSessionRow;
  /** The clicker's answer to the question, if any. */
  response?: QuizResponseRow;
  /** The clicker's running stats in the session's scope. */
  stats?: QuizUserStatsRow;
  /** The clicker's review card of the question's item. */
  card?: ReviewCardRow;
}

export type QuizSessionPatch = Partial<Pick<QuizSessionRow, 'current' | 'closed' | 'openedAt' | 'deadline' | 'status' | 'finishedAt'>>;

/** One learner's answer to one question of one session. (sessionId, index, user) is unique. */
export interface QuizResponseRow {
  sessionId: string;
  index: number;
  user: string;
  userName: string | null;
  scope: string;
  itemId: string;
  sectionId: string;
  choice: number;
  correct: boolean;
  points: number;
  elapsedMs: number;
  at: number;
}

export interface QuizUserStatsRow {
  scope: string;
  user: string;
  name: string | null;
  answered: number;
  correct: number;
  points: number;
  /** Correct answers in a row, now. */
  streak: number;
  bestStreak: number;
  updatedAt: number;
}

/** A Leitner card: one learner's memory of one bank item. */
export interface ReviewCardRow {
  scope: string;
  user: string;
  itemId: string;
  /** 1 (just missed) .. 5 (well known). */
  box: number;
  dueAt: number;
  lastAt: number;
  lapses: number;
}

export interface SectionTallyRow {
  sectionId: string;
  answered: number;
  correct: number;
}

export interface LeaderboardRow {
  user: string;
  name: string | null;
  points: number;
  answered: number;
  correct: number;
}

export interface LeaderboardResult {
  top: LeaderboardRow[];
  /** The asking user's own place (1-based), when they have any points in the period. */
  me?: { rank: number; row: LeaderboardRow };
}

/** The quiz's repository over the store's database. */
export interface QuizStore {
  /**
   * Runs `fn` in one transaction. `keys` name what it reads and changes (the quiz session, the
   * learner, the channel): transactions sharing a key run one after another, in this process,
   * another process on the same SQLite file (which runs every write transaction in turn: BEGIN
   * IMMEDIATE) or another instance on the same PostgreSQL database (advisory locks). Store calls
   * made inside `fn` (and a nested `transaction`) join it. If `fn` throws, nothing it wrote is
   * kept. PostgreSQL may re-run `fn` after a deadlock, so it must do nothing but store calls and
   * computing its result. Inside `fn`, a write that returns nothing may resolve before the database
   * has run it (PostgreSQL sends it and moves on); later calls still see it, and if it fails the
   * transaction fails with its error.
   */
  transaction<T>(fn: () => Promise<T>, keys?: string[]): Promise<T>;
  insertSession(s: QuizSessionRow): Promise<void>;
  session(id: string): Promise<QuizSessionRow | undefined>;
  /**
   * Session `id` with what `user` has for its question `index` (the current one when undefined);
   * undefined when there is no such session. One statement on PostgreSQL.
   */
  clickState(id: string, user: string, index?: number): Promise<ClickState | undefined>;
  updateSession(id: string, patch: QuizSessionPatch): Promise<void>;
  /** Active sessions in a scope, optionally of one starter and/or one channel, newest first. */
  activeSessions(filter: { scope: string; starter?: string; channel?: string; mode?: QuizSessionMode }): Promise<QuizSessionRow[]>;
  /** Inserts an answer; false (and nothing written) when this user already answered this question. */
  insertResponse(r: QuizResponseRow): Promise<boolean>;
  /**
   * Records an answer with what it changes: inserts `r` and, only when it is new, saves the
   * learner's `stats` and review `card`. False (and nothing written) when this user already
   * answered this question. One statement on PostgreSQL, where a click pays per statement.
   */
  recordAnswer(r: QuizResponseRow, stats: QuizUserStatsRow, card: ReviewCardRow): Promise<boolean>;
  /** Answers of a session (of one question when `index` is given), in the order they arrived. */
  responses(sessionId: string, index?: number): Promise<QuizResponseRow[]>;
  responseCount(sessionId: string, index: number): Promise<number>;
  response(sessionId: string, index: number, user: string): Promise<QuizResponseRow | undefined>;
  userStats(scope: string, user: string): Promise<QuizUserStatsRow | undefined>;
  saveUserStats(row: QuizUserStatsRow): Promise<void>;
  /** Answered/correct per section for one learner. */
  sectionTally(scope: string, user: string): Promise<SectionTallyRow[]>;
  reviewCards(scope: string, user: string): Promise<ReviewCardRow[]>;
  reviewCard(scope: string, user: string, itemId: string): Promise<ReviewCardRow | undefined>;
  saveReviewCard(row: ReviewCardRow): Promise<void>;
  /** Points per user in a scope: all time (`sinceMs` null) or since a moment (the week's start). */
  leaderboard(scope: string, sinceMs: number | null, limit: number, user?: string): Promise<LeaderboardResult>;
}

/** What an instructor reviews: answers voted down, and questions the tutor could not answer. */
export interface FeedbackReport {
  disliked: { question: string; sectionId: string | null; down: number; up: number }[];
  unanswered: { question: string; times: number; lastAt: number }[];
}

/**
 * A timer kept in the store (a channel-quiz question's close), so any instance can run it:
 * `claimDue` hands each due job to one caller at a time, for a lease; a job whose runner died is
 * claimed again once its lease runs out. src/schedule.ts runs them.
 */
export interface ScheduledJob {
  /** `<sink>:<message ref>`: at most one timer per message, as a message shows one question at a time. */
  id: string;
  /** Which adapter can carry it out ('slack', 'discord', 'console:<process>'). */
  sink: string;
  actionId: string;
  dueAt: number;
  /** The Context to act with, and the adapter's handle of the message to edit, as JSON. */
  ctx: string;
  ref: string;
}

export interface JobStore {
  /** Adds a job, or moves it (same id: new due time and message); a running claim is kept. */
  put(job: ScheduledJob): Promise<void>;
  /** Claims up to `limit` jobs of these sinks due at `now` and not claimed (or whose claim ran out), until `leaseUntil`. */
  claimDue(sinks: string[], now: number, owner: string, leaseUntil: number, limit: number): Promise<ScheduledJob[]>;
  /** Removes a job `owner` has carried out (nothing when another owner holds it now). */
  done(id: string, owner: string): Promise<void>;
  /** Removes a job whatever its state (its message was replaced by one without a timer). */
  cancel(id: string): Promise<void>;
}

/** Keys seen recently (Slack event ids, interaction payloads), shared by every instance on the store. */
export interface SeenStore {
  /** True the first time `key` is seen within `ttlMs`; false for a repeat, on any instance. */
  firstSeen(key: string, now: number, ttlMs: number): Promise<boolean>;
}

export interface Store {
  /** Logs a question the tutor answered (or could not), returning an id for feedback buttons. */
  logAnswer(rec: AnswerLogRecord): Promise<string>;
  /** The logged question behind an answer id (for "share in channel"), undefined when unknown. */
  answerLog(answerId: string): Promise<AnswerLogRecord | undefined>;
  /** Records a thumbs-up/down; a second vote by the same user on the same answer replaces the first. */
  recordFeedback(rec: FeedbackRecord): Promise<void>;
  /** Answers voted down (most first) and questions not answered (most asked first), in one scope or all. */
  feedbackReport(opts?: { scope?: string; limit?: number }): Promise<FeedbackReport>;
  /** Quiz sessions, answers, scores and review cards, in the same database. */
  quiz: QuizStore;
  /** Timers any instance can run (src/schedule.ts). */
  jobs: JobStore;
  /** De-duplication of platform events across instances. */
  seen: SeenStore;
  close(): Promise<void>;
}

/** The store could not be opened (bad DATA_DIR, unreachable database, bad credentials): one line for the operator, no secrets. */
export { StoreOpenError } from './open-error.ts';
