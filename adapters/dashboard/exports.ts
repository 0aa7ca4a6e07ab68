// The CSV downloads: name → how to build it from the store, under the page's filters.
import { dislikedAnswers, groupQuestions } from '../../src/report/questions.ts';
import { itemStats, sectionStats } from '../../src/report/items.ts';
import { learnerStats } from '../../src/report/learners.ts';
import { learnersCsv, questionGroupsCsv, questionsCsv, quizItemsCsv, quizSectionsCsv } from '../../src/report/exports.ts';
import type { Course } from '../../src/report/course.ts';
import type { ReportFilter, ReportSource } from '../../src/report/source.ts';
import type { Messages } from './i18n.ts';

type Build = (source: ReportSource, course: Course, filter: ReportFilter, now: number) => Promise<string>;

export interface CsvExport {
  name: string;
  describe: (m: Messages) => string;
  build: Build;
}

export const EXPORTS: CsvExport[] = [
  { name: 'questions.csv', describe: (m) => m.exportQuestions, build: async (s, _c, f) => questionsCsv(await s.questions(f)) },
  { name: 'question-groups.csv', describe: (m) => m.exportGroups, build: async (s, _c, f) => questionGroupsCsv(groupQuestions(await s.questions(f))) },
  { name: 'disliked.csv', describe: (m) => m.exportDisliked, build: async (s, _c, f) => questionsCsv(dislikedAnswers(await s.questions(f))) },
  { name: 'quiz-items.csv', describe: (m) => m.exportItems, build: async (s, c, f) => quizItemsCsv(itemStats(await s.quizAnswers(f), c.bank)) },
  {
    name: 'quiz-sections.csv',
    describe: (m) => m.exportSections,
    build: async (s, c, f) => quizSectionsCsv(sectionStats(await s.quizAnswers(f), c.sections.map((x) => x.id)), (id) => c.sections.find((x) => x.id === id)?.title),
  },
  {
    name: 'learners.csv',
    describe: (m) => m.exportLearners,
    build: async (s, _c, f, now) => {
      const [q, a, st] = await Promise.all([s.questions(f), s.quizAnswers(f), s.learnerStates(f, now)]);
      return learnersCsv(learnerStats(q, a, st));
    },
  },
];
