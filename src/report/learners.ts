// Per learner: questions asked, quiz answers and accuracy (overall and per section), streak and
// review cards due. A learner is a platform user within one workspace/server.
import type { LearnerStateRow, QuestionRow, QuizAnswerRow } from './source.ts';
import { learnerKey, share } from './stats.ts';

export interface LearnerStats {
  platform: string;
  scope: string;
  user: string;
  /** The latest display name the platform gave, null when none was ever given. */
  name: string | null;
  questions: number;
  quizAnswers: number;
  quizCorrect: number;
  accuracy: number | null;
  sections: { sectionId: string; answered: number; correct: number }[];
  streak: number;
  bestStreak: number;
  due: number;
  lastAt: number;
}

/** Every learner with a question or quiz answer among the rows, most active first. */
export function learnerStats(
  questions: readonly QuestionRow[],
  quiz: readonly QuizAnswerRow[],
  states: readonly LearnerStateRow[],
): LearnerStats[] {
  const stateOf = new Map(states.map((s) => [learnerKey(s), s]));
  const by = new Map<string, LearnerStats & { bySection: Map<string, { answered: number; correct: number }> }>();
  const get = (r: QuestionRow | QuizAnswerRow) => {
    const k = learnerKey(r);
    let l = by.get(k);
    if (!l) {
      const s = stateOf.get(k);
      l = {
        platform: r.platform, scope: r.scope, user: r.user, name: s?.name ?? null, questions: 0, quizAnswers: 0, quizCorrect: 0,
        accuracy: null, sections: [], streak: s?.streak ?? 0, bestStreak: s?.bestStreak ?? 0, due: s?.due ?? 0, lastAt: 0,
        bySection: new Map(),
      };
      by.set(k, l);
    }
    // Rows arrive oldest first, so the last name seen is the newest.
    if (r.userName) l.name = r.userName;
    l.lastAt = Math.max(l.lastAt, r.at);
    return l;
  };
  for (const q of questions) get(q).questions++;
  for (const a of quiz) {
    const l = get(a);
    l.quizAnswers++;
    if (a.correct) l.quizCorrect++;
    const s = l.bySection.get(a.sectionId) ?? { answered: 0, correct: 0 };
    s.answered++;
    if (a.correct) s.correct++;
    l.bySection.set(a.sectionId, s);
  }
  return [...by.values()]
    .map(({ bySection, ...l }) => ({
      ...l,
      accuracy: share(l.quizCorrect, l.quizAnswers),
      sections: [...bySection].map(([sectionId, s]) => ({ sectionId, ...s })).sort((a, b) => compareSectionIds(a.sectionId, b.sectionId)),
    }))
    .sort((a, b) => b.questions + b.quizAnswers - (a.questions + a.quizAnswers) || (a.name ?? a.user).localeCompare(b.name ?? b.user));
}

/** "3.10" after "3.9": section ids compare part by part as numbers. */
export function compareSectionIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
