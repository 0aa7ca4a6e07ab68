// STUB: the quiz engine's entry point (issue: quizzes). Replaced by the real engine.
import type { ActionResult, Context, Lang, Reply } from '../reply.ts';
import type { Store } from '../store/store.ts';
import type { Section } from '../content/section.ts';

export type QuizMode = 'solo' | 'channel' | 'review';

export interface QuizStartOptions {
  /** A section id ('3.3'), a topic word ('스팟', 'containers'), or undefined for the whole module. */
  topic?: string;
  count?: number;
  mode?: QuizMode;
}

export interface QuizDeps {
  store: Store;
  sections: Section[];
  /** Resolves free text ('스팟', 'containers', '3.3') to section ids, best first; [] when nothing fits. */
  resolveTopic: (text: string) => string[];
  now?: () => number;
  /** Seconds a channel-quiz question stays open (config QUIZ_CHANNEL_SECONDS). */
  channelSeconds?: number;
}

export interface QuizService {
  /** Parses the text after `/quiz` ('3.3 channel 10', 'review', 'leaderboard week'...). */
  command(args: string, ctx: Context, lang: Lang): Reply;
  start(opts: QuizStartOptions, ctx: Context, lang: Lang): Reply;
  /** Handles ids that start with `quiz:`; undefined for any other id. */
  act(actionId: string, ctx: Context, lang: Lang): ActionResult | undefined;
  leaderboard(period: 'all' | 'week', ctx: Context, lang: Lang): Reply;
  stats(ctx: Context, lang: Lang): Reply;
  /** Autocomplete for a topic option: section ids/titles and topic words matching the prefix. */
  topics(prefix: string): { value: string; label: string }[];
}

export function createQuizService(_deps: QuizDeps): QuizService {
  const notYet = (lang: Lang): Reply => ({
    kind: 'notice',
    lang,
    text: lang === 'ko' ? '퀴즈는 아직 준비 중입니다.' : 'Quizzes are not ready yet.',
    visibility: 'private',
  });
  return {
    command: (_a, _c, lang) => notYet(lang),
    start: (_o, _c, lang) => notYet(lang),
    act: () => undefined,
    leaderboard: (_p, _c, lang) => notYet(lang),
    stats: (_c, lang) => notYet(lang),
    topics: () => [],
  };
}
