// The persistence interface of the core. src/store/sqlite.ts implements it with better-sqlite3;
// tests use the same implementation on a temporary or in-memory database.
// (Stub signatures; the quiz issue fills in the quiz parts.)

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
}

export interface Store {
  /** Logs a question the tutor answered (or could not), returning an id for feedback buttons. */
  logAnswer(rec: AnswerLogRecord): string;
  /** The logged question behind an answer id (for "share in channel"), undefined when unknown. */
  answerLog(answerId: string): AnswerLogRecord | undefined;
  /** Records a thumbs-up/down; a second vote by the same user on the same answer replaces the first. */
  recordFeedback(rec: FeedbackRecord): void;
  close(): void;
}
