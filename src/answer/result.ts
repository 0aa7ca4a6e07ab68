import type { Lang } from '../reply.ts';

/** What the answerer decided for one question: the batch CLI's `ask` fields plus what chat needs. */
export interface AnswerResult {
  kind: 'answer' | 'help' | 'not-covered';
  answered: boolean;
  sectionId: string | null;
  title: string | null;
  /** Plain text the tutor would send (the passage, or the help / not-covered text). */
  answer: string;
  score: number;
  related: string[];
  /** The evidence was thin: the answer says so, and `related` holds the two closest sections (offered as buttons). */
  weak?: boolean;
  lang: Lang;
}
