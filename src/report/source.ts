// What the instructor reports read, and nothing else: a small read-only interface with async
// methods, so a PostgreSQL store can offer it as easily as SQLite (src/store/report-sqlite.ts).
// Rows come back raw; the statistics are computed in src/report/ from these rows.

/** Narrows every read. Times are epoch ms; `fromMs` inclusive, `toMs` exclusive. */
export interface ReportFilter {
  platform?: string;
  scope?: string;
  channel?: string;
  fromMs?: number;
  toMs?: number;
}

/** One logged question with the votes it received. */
export interface QuestionRow {
  id: string;
  at: number;
  platform: string;
  scope: string;
  /** Null for rows logged before the store recorded channels. */
  channel: string | null;
  user: string;
  userName: string | null;
  question: string;
  answered: boolean;
  sectionId: string | null;
  /** The answerer's confidence, 0..1. */
  score: number;
  /** The passage the tutor answered with (null when it declined, or for old rows). */
  passage: string | null;
  up: number;
  down: number;
}

/** One quiz answer with where it was given. */
export interface QuizAnswerRow {
  at: number;
  platform: string;
  scope: string;
  channel: string;
  sessionId: string;
  mode: 'solo' | 'channel' | 'review';
  user: string;
  userName: string | null;
  itemId: string;
  sectionId: string;
  /** 0-based index of the choice picked. */
  choice: number;
  correct: boolean;
}

/** A learner's running quiz state: streak and how many review cards are due. */
export interface LearnerStateRow {
  scope: string;
  user: string;
  name: string | null;
  streak: number;
  bestStreak: number;
  /** Review cards due at the moment asked. */
  due: number;
}

/** A place questions or quiz answers came from, for the filter menus. */
export interface PlaceRow {
  platform: string;
  scope: string;
  channel: string | null;
}

export interface ReportSource {
  questions(filter: ReportFilter): Promise<QuestionRow[]>;
  quizAnswers(filter: ReportFilter): Promise<QuizAnswerRow[]>;
  /** Every learner with a quiz record in the platform/scope of the filter (its dates and channel do not apply). */
  learnerStates(filter: ReportFilter, nowMs: number): Promise<LearnerStateRow[]>;
  places(): Promise<PlaceRow[]>;
  close(): Promise<void>;
}
