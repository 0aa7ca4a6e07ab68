// The facade every adapter calls. Adapters translate platform events into these calls and
// render the returned Reply; nothing here knows about Slack, Discord or the terminal.
import type { ActionResult, Context, Reply } from './reply.ts';
import { detectLang } from './lang.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Knowledge } from './content/load.ts';
import { createAnswerer, type Answerer } from './answer/answerer.ts';
import { answerReply, sectionReply, feedbackThanks, shareReply, unknownAction } from './answer/replies.ts';
import { createQuizService, type QuizService, type QuizStartOptions } from './quiz/service.ts';
import { advise, adviceReply, guidedStart, looksLikeWorkload, pricingAct, type PricingAnswers } from './pricing/index.ts';
import type { Store } from './store/store.ts';
import { openSqliteStore, sqliteFile } from './store/sqlite.ts';
import { createRateLimiter } from './ratelimit.ts';
import { createScheduler, type Scheduler } from './schedule.ts';
import type { Logger } from './log.ts';
import { MAX_INPUT_CHARS } from './search/normalize.ts';
import { t } from './lang.ts';

export type CommandName = 'ask' | 'quiz' | 'pricing' | 'leaderboard' | 'stats' | 'help';

export interface Tutor {
  /** Free text from a mention, a DM or the console: a question, help, or a workload for the advisor. */
  handle(text: string, ctx: Context): Promise<Reply>;
  ask(question: string, ctx: Context): Promise<Reply>;
  /** Pricing advice for a described workload or structured answers; empty text starts the guided mode. */
  advise(input: string | PricingAnswers, ctx: Context): Promise<Reply>;
  /** A slash command with its raw argument text, parsed by the core so every adapter agrees. */
  command(name: CommandName, args: string, ctx: Context): Promise<Reply>;
  quiz: {
    start(opts: QuizStartOptions, ctx: Context): Promise<Reply>;
    leaderboard(period: 'all' | 'week', ctx: Context): Promise<Reply>;
    stats(ctx: Context): Promise<Reply>;
    /** Autocomplete suggestions for a quiz topic. */
    topics(prefix: string): { value: string; label: string }[];
    /** The learner's unfinished quiz (kept in the store across restarts), offered again; undefined when none. */
    resume(ctx: Context): Promise<Reply | undefined>;
  };
  /** The whole text of one section. */
  section(sectionId: string, ctx: Context): Promise<Reply>;
  /** Any button click: pass the action id back exactly as it was rendered. */
  act(actionId: string, ctx: Context): Promise<ActionResult>;
  /**
   * True the first time a platform delivery (`slack:event:<event_id>`) is seen by any instance
   * sharing the store, false for a retry or redelivery: adapters answer only the first.
   */
  firstDelivery(key: string): Promise<boolean>;
  /** Timers (channel-quiz closes) kept in the store; adapters register how to edit and post. */
  scheduler: Scheduler;
  close(): Promise<void>;
}

export interface TutorOptions {
  knowledgeDir?: string;
  /** A ready store (`openStore`: PostgreSQL or SQLite); otherwise a SQLite file in dataDir. */
  store?: Store;
  dataDir?: string;
  now?: () => number;
  /** Seconds a channel-quiz question stays open. */
  quizChannelSeconds?: number;
  /** Questions/commands one user may send per minute on a chat platform (default 10). */
  rateLimitPerMinute?: number;
  /** How often the scheduler looks for due timers (ms; tests make it short). */
  schedulerPollMs?: number;
  log?: Logger;
}

const COMMAND_KEYWORDS = new Set(['review', 'channel', 'solo', 'leaderboard', 'stats', 'week', 'all', 'help', 'stop', 'next']);
const isKeywordsOnly = (args: string) =>
  args.trim().split(/\s+/).every((w) => !w || COMMAND_KEYWORDS.has(w.toLowerCase()) || /^[\d.]+$/.test(w));

export { DEFAULT_KNOWLEDGE_DIR };

/** How long a delivery is remembered: Slack retries for about 5 minutes, so comfortably longer. */
export const DELIVERY_MEMORY_MS = 15 * 60_000;

export function createTutor(opts: TutorOptions = {}): Tutor {
  const knowledgeDir = opts.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const knowledge: Knowledge = loadKnowledge(knowledgeDir);
  const { sections } = knowledge;
  const answerer: Answerer = createAnswerer(knowledge);
  const store = opts.store ?? openSqliteStore(sqliteFile(opts.dataDir ?? 'data'));
  const quiz: QuizService = createQuizService({
    store,
    sections,
    resolveTopic: (text) => answerer.resolveTopic(text),
    now: opts.now,
    channelSeconds: opts.quizChannelSeconds,
    knowledgeDir,
  });
  const langOf = (text: string, ctx: Context) => detectLang(text, ctx.locale);
  // Per instance, on purpose: the limit only blunts floods, and sharing it would put a database
  // write in front of every message. With N instances a user gets at most N× the limit.
  const limiter = createRateLimiter(opts.rateLimitPerMinute ?? 10, opts.now);
  /** A polite notice when the user is over the limit (chat platforms only), else undefined. */
  const limited = (ctx: Context, text: string): Reply | undefined => {
    if (ctx.platform === 'console' || ctx.platform === 'cli') return undefined;
    if (limiter.take(`${ctx.platform}:${ctx.scope}:${ctx.user}`)) return undefined;
    const lang = langOf(text, ctx);
    return {
      kind: 'notice',
      lang,
      text: t(lang, '잠시만요! 질문이 너무 빠르게 들어오고 있어요. 1분 정도 뒤에 다시 물어봐 주세요.', "Easy there! That's a lot of messages at once — please try again in a minute."),
      visibility: 'private',
    };
  };

  const ask = async (question: string, ctx: Context): Promise<Reply> => {
    const slow = limited(ctx, question);
    if (slow) return slow;
    const result = answerer.answer(question);
    const answerId = result.kind === 'help' ? undefined : await store.logAnswer({
      question: question.slice(0, 2000),
      answered: result.answered,
      sectionId: result.sectionId,
      score: result.score,
      user: ctx.user,
      scope: ctx.scope,
      platform: ctx.platform,
      channel: ctx.channel,
      userName: ctx.userName ?? null,
      passage: result.answered ? result.answer : null,
    });
    return answerReply(result, knowledge, answerId);
  };

  const adviseFn = async (input: string | PricingAnswers, ctx: Context): Promise<Reply> => {
    const lang = typeof input === 'string' ? langOf(input, ctx) : detectLang('', ctx.locale);
    if (typeof input === 'string' && input.trim() === '') return guidedStart(lang);
    if (typeof input === 'string' && input.length > MAX_INPUT_CHARS) {
      const text = t(lang, `설명이 너무 깁니다(${MAX_INPUT_CHARS}자까지). 워크로드를 몇 문장으로 요약해 주세요.`, `That description is too long (${MAX_INPUT_CHARS} characters at most). Please summarise the workload in a few sentences.`);
      return { kind: 'notice', lang, text, visibility: 'private' };
    }
    return adviceReply(advise(input, lang), sections);
  };

  // A timer's action goes through the facade like a click (`tutor` exists by the time one runs).
  const scheduler: Scheduler = createScheduler({ jobs: store.jobs, act: (id, ctx) => tutor.act(id, ctx), now: opts.now, log: opts.log, pollMs: opts.schedulerPollMs });

  const tutor: Tutor = {
    async handle(text, ctx) {
      // While a quiz waits, "2", a choice's text or "그만하기" presses its button; other text is answered as usual.
      const pressed = await quiz.typed(text, ctx, langOf(text, ctx));
      if (pressed) return pressed;
      if (looksLikeWorkload(text)) return limited(ctx, text) ?? adviseFn(text, ctx);
      return ask(text, ctx);
    },
    ask,
    advise: async (input, ctx) => limited(ctx, typeof input === 'string' ? input : '') ?? adviseFn(input, ctx),
    async command(name, args, ctx) {
      // "/quiz review 5" says nothing about the user's language; only real words do.
      const lang = isKeywordsOnly(args) ? detectLang('', ctx.locale) : langOf(args, ctx);
      switch (name) {
        case 'ask':
          return ask(args, ctx);
        case 'pricing':
          return limited(ctx, args) ?? adviseFn(args, ctx);
        case 'quiz':
          // Quiz options are a few words; the rest of an over-long message is noise.
          return limited(ctx, args) ?? quiz.command(args.slice(0, MAX_INPUT_CHARS), ctx, lang);
        case 'leaderboard':
          return quiz.leaderboard(/week|주간|이번\s*주/i.test(args) ? 'week' : 'all', ctx, lang);
        case 'stats':
          return quiz.stats(ctx, lang);
        case 'help':
          return answerReply(answerer.help(lang), knowledge);
      }
    },
    quiz: {
      start: async (o, ctx) => limited(ctx, o.topic ?? '') ?? quiz.start(o, ctx, detectLang(o.topic ?? '', ctx.locale)),
      leaderboard: async (p, ctx) => quiz.leaderboard(p, ctx, detectLang('', ctx.locale)),
      stats: async (ctx) => quiz.stats(ctx, detectLang('', ctx.locale)),
      topics: (prefix) => quiz.topics(prefix),
      resume: async (ctx) => quiz.resume(ctx),
    },
    async section(sectionId, ctx) {
      return sectionReply(knowledge, sectionId, detectLang('', ctx.locale));
    },
    async act(actionId, ctx) {
      const lang = detectLang('', ctx.locale);
      const [kind, ...rest] = actionId.split(':');
      switch (kind) {
        case 'quiz':
          return (await quiz.act(actionId, ctx, lang)) ?? { reply: unknownAction(lang) };
        case 'pricing':
          return pricingAct(actionId, lang, sections) ?? { reply: unknownAction(lang) };
        case 'section':
        case 'related':
          return { reply: sectionReply(knowledge, rest.join(':'), lang) };
        case 'feedback': {
          const [vote, answerId] = rest;
          if ((vote !== 'up' && vote !== 'down') || !answerId) return { reply: unknownAction(lang) };
          await store.recordFeedback({ answerId, vote, user: ctx.user, scope: ctx.scope, platform: ctx.platform });
          return { reply: feedbackThanks(lang, vote) };
        }
        case 'share': {
          // share:<answerId> re-answers the logged question publicly; answers are deterministic,
          // and an id fits Discord's 100-character custom_id where the question might not.
          const logged = await store.answerLog(rest.join(':'));
          if (!logged) return { reply: unknownAction(lang) };
          return { reply: shareReply(answerReply(answerer.answer(logged.question), knowledge)) };
        }
        default:
          return { reply: unknownAction(lang) };
      }
    },
    firstDelivery: (key) => store.seen.firstSeen(key, (opts.now ?? Date.now)(), DELIVERY_MEMORY_MS),
    scheduler,
    async close() {
      await scheduler.stop();
      await store.close();
    },
  };
  return tutor;
}
