// The overview's figures: questions per day (answered vs declined), quiz answers per day, votes,
// and how many learners were active in the last week. Days are the server's local calendar days.
import type { QuestionRow, QuizAnswerRow } from './source.ts';
import { learnerKey } from './stats.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** Longest span the daily charts draw; a longer range shows its last days. */
export const MAX_CHART_DAYS = 92;

export interface DayRow {
  /** YYYY-MM-DD, local time. */
  day: string;
  answered: number;
  declined: number;
  quizAnswers: number;
  quizCorrect: number;
}

export interface OverviewTotals {
  questions: number;
  answered: number;
  declined: number;
  up: number;
  down: number;
  quizAnswers: number;
  quizCorrect: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of the day holding `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** One row per day from the day of `fromMs` to the day before `toMs` (at most MAX_CHART_DAYS, the latest). */
export function dailySeries(questions: readonly QuestionRow[], quiz: readonly QuizAnswerRow[], fromMs: number, toMs: number): DayRow[] {
  const days: DayRow[] = [];
  const index = new Map<string, DayRow>();
  for (let t = startOfDay(fromMs); t < toMs; ) {
    const row = { day: dayKey(t), answered: 0, declined: 0, quizAnswers: 0, quizCorrect: 0 };
    days.push(row);
    index.set(row.day, row);
    const d = new Date(t);
    t = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(); // DST-safe: calendar days, not 24 h
  }
  for (const q of questions) {
    const row = index.get(dayKey(q.at));
    if (row) q.answered ? row.answered++ : row.declined++;
  }
  for (const a of quiz) {
    const row = index.get(dayKey(a.at));
    if (!row) continue;
    row.quizAnswers++;
    if (a.correct) row.quizCorrect++;
  }
  return days.slice(-MAX_CHART_DAYS);
}

export function overviewTotals(questions: readonly QuestionRow[], quiz: readonly QuizAnswerRow[]): OverviewTotals {
  const answered = questions.filter((q) => q.answered).length;
  return {
    questions: questions.length,
    answered,
    declined: questions.length - answered,
    up: questions.reduce((n, q) => n + q.up, 0),
    down: questions.reduce((n, q) => n + q.down, 0),
    quizAnswers: quiz.length,
    quizCorrect: quiz.filter((a) => a.correct).length,
  };
}

/** Learners who asked a question or answered a quiz item at or after `sinceMs`. */
export function activeLearners(questions: readonly QuestionRow[], quiz: readonly QuizAnswerRow[], sinceMs: number): number {
  const who = new Set<string>();
  for (const r of [...questions, ...quiz]) if (r.at >= sinceMs) who.add(learnerKey(r));
  return who.size;
}
