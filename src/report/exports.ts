// The dashboard's tables as CSV files: one function per export, columns named in English
// (stable for scripts and spreadsheets whatever the page language).
import { toCsv, csvTime } from './csv.ts';
import type { ItemStats, SectionStats } from './items.ts';
import type { LearnerStats } from './learners.ts';
import type { QuestionGroup } from './questions.ts';
import type { QuestionRow } from './source.ts';

/** The bank allows at most this many choices per item (src/quiz/bank.ts). */
const MAX_CHOICES = 5;
const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

export function questionsCsv(rows: readonly QuestionRow[]): string {
  return toCsv(
    ['time', 'platform', 'scope', 'channel', 'user', 'user_name', 'question', 'answered', 'section', 'score', 'votes_up', 'votes_down', 'passage'],
    rows.map((r) => [csvTime(r.at), r.platform, r.scope, r.channel, r.user, r.userName, r.question, r.answered, r.sectionId, r.score, r.up, r.down, r.passage]),
  );
}

export function questionGroupsCsv(groups: readonly QuestionGroup[]): string {
  return toCsv(
    ['question', 'times', 'declined', 'low_confidence', 'learners', 'last_time', 'other_wordings'],
    groups.map((g) => [g.text, g.count, g.declined, g.lowConfidence, g.learners, csvTime(g.lastAt), g.variants.slice(1).map((v) => v.text).join(' | ')]),
  );
}

export function quizItemsCsv(items: readonly ItemStats[]): string {
  const choiceCols = Array.from({ length: MAX_CHOICES }, (_, i) => `choice_${i + 1}_picked`);
  return toCsv(
    ['item_id', 'section', 'prompt', 'correct_choice', 'attempts', 'correct', 'facility', 'discrimination', 'discrimination_learners', ...choiceCols, 'flags'],
    items.map((s) => [
      s.itemId, s.sectionId, s.item?.prompt ?? null, s.item ? s.item.answer + 1 : null, s.attempts, s.correct,
      round(s.facility), round(s.discrimination), s.learners,
      ...Array.from({ length: MAX_CHOICES }, (_, i) => (i < s.choiceCounts.length ? s.choiceCounts[i] : null)),
      s.flags.join(' '),
    ]),
  );
}

export function quizSectionsCsv(sections: readonly SectionStats[], titleOf: (id: string) => string | undefined): string {
  return toCsv(
    ['section', 'title', 'attempts', 'correct', 'accuracy', 'learners'],
    sections.map((s) => [s.sectionId, titleOf(s.sectionId) ?? null, s.attempts, s.correct, round(s.accuracy), s.learners]),
  );
}

export function learnersCsv(learners: readonly LearnerStats[]): string {
  return toCsv(
    ['platform', 'scope', 'user', 'name', 'questions', 'quiz_answers', 'quiz_correct', 'accuracy', 'streak', 'best_streak', 'review_due', 'last_time', 'sections'],
    learners.map((l) => [
      l.platform, l.scope, l.user, l.name, l.questions, l.quizAnswers, l.quizCorrect, round(l.accuracy), l.streak, l.bestStreak, l.due,
      csvTime(l.lastAt), l.sections.map((s) => `${s.sectionId}:${s.correct}/${s.answered}`).join(' '),
    ]),
  );
}
