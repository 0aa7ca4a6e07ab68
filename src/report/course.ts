// What the reports need from the course itself: section titles (in order) and the quiz bank.
import { join } from 'node:path';
import { loadKnowledge } from '../content/load.ts';
import { loadQuizBank, type QuizItem } from '../quiz/bank.ts';

export interface Course {
  sections: { id: string; title: string; titleEn: string }[];
  bank: QuizItem[];
}

/** Loads the knowledge folder (throws KnowledgeError on bad content, as the tutor does). */
export function loadCourse(knowledgeDir: string): Course {
  const { sections } = loadKnowledge(knowledgeDir);
  const bank = loadQuizBank(join(knowledgeDir, 'quiz'), new Set(sections.map((s) => s.id))).items;
  return { sections: sections.map(({ id, title, titleEn }) => ({ id, title, titleEn })), bank };
}
