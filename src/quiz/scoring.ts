// Points and per-user running stats. Pure functions: the session engine calls them inside the
// answer's transaction.
import type { QuizUserStatsRow } from '../store/store.ts';

export const POINTS = {
  /** A right answer. */
  correct: 10,
  /** Added per right answer already in the learner's current streak... */
  streakStep: 2,
  /** ...up to this much. */
  streakCap: 10,
  /** Channel mode: an instant right answer earns this much extra, falling linearly to 0 at the deadline. */
  speedMax: 5,
} as const;

export interface PointsInput {
  correct: boolean;
  /** Right answers in a row before this one. */
  streakBefore: number;
  channel: boolean;
  elapsedMs: number;
  limitMs: number;
}

export interface Points {
  total: number;
  base: number;
  streakBonus: number;
  speedBonus: number;
}

export function pointsFor(p: PointsInput): Points {
  if (!p.correct) return { total: 0, base: 0, streakBonus: 0, speedBonus: 0 };
  const base = POINTS.correct;
  const streakBonus = Math.min(Math.max(0, p.streakBefore) * POINTS.streakStep, POINTS.streakCap);
  const speedBonus =
    p.channel && p.limitMs > 0 ? Math.round(POINTS.speedMax * Math.max(0, Math.min(1, 1 - p.elapsedMs / p.limitMs))) : 0;
  return { total: base + streakBonus + speedBonus, base, streakBonus, speedBonus };
}

/** The learner's stats after one answer. */
export function nextStats(
  prev: QuizUserStatsRow | undefined,
  who: { scope: string; user: string; name: string | null },
  correct: boolean,
  points: number,
  now: number,
): QuizUserStatsRow {
  const streak = correct ? (prev?.streak ?? 0) + 1 : 0;
  return {
    scope: who.scope,
    user: who.user,
    name: who.name ?? prev?.name ?? null,
    answered: (prev?.answered ?? 0) + 1,
    correct: (prev?.correct ?? 0) + (correct ? 1 : 0),
    points: (prev?.points ?? 0) + points,
    streak,
    bestStreak: Math.max(prev?.bestStreak ?? 0, streak),
    updatedAt: now,
  };
}

/** Start of the ISO week (Monday 00:00) containing `now`, in a fixed UTC offset (default KST, +9h). */
export function isoWeekStart(now: number, utcOffsetMinutes = 540): number {
  const shift = utcOffsetMinutes * 60_000;
  const local = new Date(now + shift);
  const day = (local.getUTCDay() + 6) % 7; // Monday = 0
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return midnight - day * 86_400_000 - shift;
}

export function accuracy(correct: number, answered: number): number {
  return answered ? Math.round((100 * correct) / answered) : 0;
}
