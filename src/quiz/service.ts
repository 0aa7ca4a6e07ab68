// The quiz engine's entry point: the facade (src/tutor.ts) calls this. It parses `/quiz` text,
// resolves topics to sections, and hands the rest to the session engine (session.ts); replies
// are built in replies.ts, points in scoring.ts, review scheduling in review.ts, question choice
// in select.ts, the bank in bank.ts.
import { join } from 'node:path';
import type { ActionResult, Context, Lang, Reply } from '../reply.ts';
import { t } from '../lang.ts';
import type { Store } from '../store/store.ts';
import type { Section } from '../content/section.ts';
import { citationLabel } from '../content/section.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../content/load.ts';
import { loadQuizBank, type QuizItem } from './bank.ts';
import { parseQuizCommand, DEFAULT_COUNT, MAX_COUNT } from './command.ts';
import { createEngine, type StartPlan } from './session.ts';
import { inSubtree, topicPool } from './select.ts';
import { isoWeekStart } from './scoring.ts';
import { dueCards, nextDue } from './review.ts';
import { leaderboardReply, notice, quizHelp, sectionLabel, statsReply } from './replies.ts';
import { createWaiting } from './waiting.ts';

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
  /** The question bank; when absent it is loaded from `<knowledgeDir>/quiz`. */
  bank?: QuizItem[];
  /** Where `quiz/` lives when `bank` is absent (default: the project's knowledge/). */
  knowledgeDir?: string;
  /** Told about invalid bank files/items when the bank is loaded here (default: stderr). */
  onBankErrors?: (errors: string[]) => void;
  /** Randomness for question choice (tests pass a seeded one). */
  random?: () => number;
  /** The leaderboard's week starts Monday 00:00 at this UTC offset (default +540, Korea). */
  weekUtcOffsetMinutes?: number;
}

export interface QuizService {
  /** Parses the text after `/quiz` ('3.3 channel 10', 'review', 'leaderboard week'...). */
  command(args: string, ctx: Context, lang: Lang): Promise<Reply>;
  start(opts: QuizStartOptions, ctx: Context, lang: Lang): Promise<Reply>;
  /** Handles ids that start with `quiz:`; undefined for any other id. */
  act(actionId: string, ctx: Context, lang: Lang): Promise<ActionResult | undefined>;
  leaderboard(period: 'all' | 'week', ctx: Context, lang: Lang): Promise<Reply>;
  stats(ctx: Context, lang: Lang): Promise<Reply>;
  /** Autocomplete for a topic option: section ids/titles and topic words matching the prefix. */
  topics(prefix: string): { value: string; label: string }[];
  /** Ends the caller's running quiz with its summary (`/quiz stop`). */
  stop?(ctx: Context, lang: Lang): Promise<Reply>;
  /** The learner's unfinished solo/review quiz, shown again with an offer to continue; undefined when none. */
  resume(ctx: Context): Promise<Reply | undefined>;
  /** Typed text that presses a button of the waiting quiz ("2", a choice's text, "그만하기"); undefined otherwise. */
  typed(text: string, ctx: Context, lang: Lang): Promise<Reply | undefined>;
  /** The bank in use (for `quiz --dump`) and the problems found loading it. */
  bank?: { items: QuizItem[]; errors: string[] };
}


const SECTION_ID = /^\d+(\.\d+)*$/;
/** How many resolved sections a topic word may gather when its best section has too few questions. */
const MAX_TOPIC_SECTIONS = 3;
/** Title head words too general to name a chapter ('Amazon EC2', 'AWS Lambda 소개'). */
const GENERIC_HEADS = new Set(['amazon', 'aws']);

export function createQuizService(deps: QuizDeps): QuizService {
  const sectionsById = new Map(deps.sections.map((s) => [s.id, s]));
  let bankErrors: string[] = [];
  let items: QuizItem[];
  if (deps.bank) items = deps.bank;
  else {
    const loaded = loadQuizBank(join(deps.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, 'quiz'), new Set(sectionsById.keys()));
    items = loaded.items;
    bankErrors = loaded.errors;
    if (bankErrors.length) (deps.onBankErrors ?? ((e) => process.stderr.write(e.map((l) => `[warn] quiz bank: ${l}\n`).join(''))))(bankErrors);
  }
  const itemsById = new Map(items.map((i) => [i.id, i]));
  const now = deps.now ?? Date.now;
  const channelMs = Math.max(1, deps.channelSeconds ?? 30) * 1000;
  const engine = createEngine({
    store: deps.store.quiz,
    items: itemsById,
    sectionsById,
    now,
    random: deps.random ?? Math.random,
    channelMs,
    staleMs: 10 * 60_000,
  });
  const waiting = createWaiting({ store: deps.store.quiz, items: itemsById, act: (id, ctx, lang) => engine.act(id, ctx, lang) });
  const countIn = (root: string) => items.filter((i) => inSubtree(i.sectionId, root)).length;

  /** A topic to its section roots (best first, subtrees implied), or a reply saying why not. */
  function resolve(topic: string | undefined, count: number, lang: Lang): { roots?: string[]; label: string } | Reply {
    const text = topic?.trim();
    if (!text) return { label: t(lang, '모듈 전체', 'Whole module') };
    if (SECTION_ID.test(text)) {
      if (!sectionsById.has(text)) {
        return notice(lang, `${text} 섹션은 이 모듈에 없습니다. 예: /quiz 3.3`, `There is no section ${text} in this module. Try /quiz 3.3`);
      }
      return { roots: [text], label: sectionLabel({ sectionsById }, text) };
    }
    const named = namedSection(text);
    if (named) return { roots: [named], label: sectionLabel({ sectionsById }, named) };
    const ids = deps.resolveTopic(text).filter((id) => sectionsById.has(id));
    if (!ids.length) {
      return notice(lang,
        `'${text}'에 맞는 주제를 찾지 못했습니다. 예: /quiz 3.3, /quiz 스팟, /quiz 컨테이너`,
        `No topic matches '${text}'. Try /quiz 3.3, /quiz spot, /quiz containers`);
    }
    // The best section (and its subsections); when it has too few questions, the next best join.
    const roots: string[] = [];
    let have = 0;
    for (const id of ids) {
      if (roots.length >= MAX_TOPIC_SECTIONS || (roots.length && have >= count)) break;
      if (roots.some((r) => inSubtree(id, r))) continue;
      const n = countIn(id);
      if (!n && roots.length) continue;
      for (let k = roots.length - 1; k >= 0; k--) if (inSubtree(roots[k], id)) roots.splice(k, 1);
      roots.push(id);
      have = topicPool(items, roots).length;
    }
    return { roots, label: roots.map((r) => sectionLabel({ sectionsById }, r)).join(', ') };
  }

  /**
   * A topic that names a section outright: its exact title ('Docker란?'), or the head word of a
   * chapter's title ('컨테이너' / 'containers' → 4 컨테이너 서비스). The search's best passage is
   * right for a question, but a quiz on a named topic should cover all of it. Anything else (aliases
   * included) goes by the resolver's ranking.
   */
  function namedSection(text: string): string | undefined {
    const norm = (x: string) => x.toLowerCase().replace(/[\s()?:·,.\-]/g, '');
    const stem = (x: string) => norm(x).replace(/(es|s)$/, '');
    const want = norm(text);
    const exact = deps.sections.find((s) => norm(s.title) === want || norm(s.titleEn) === want);
    if (exact) return exact.id;
    return deps.sections.find((s) => !s.id.includes('.') &&
      [s.title, s.titleEn].some((x) => { const w = x.split(/\s+/)[0]; return w.length > 1 && !GENERIC_HEADS.has(w.toLowerCase()) && stem(w) === stem(text); }))?.id;
  }

  const service: QuizService = {
    async command(args, ctx, lang) {
      const cmd = parseQuizCommand(args, (id) => sectionsById.has(id));
      switch (cmd.kind) {
        case 'help':
          return quizHelp(lang);
        case 'leaderboard':
          return service.leaderboard(cmd.period, ctx, lang);
        case 'stats':
          return service.stats(ctx, lang);
        case 'stop':
          return engine.stopFor(ctx, lang);
        case 'start':
          return service.start({ topic: cmd.topic, count: cmd.count, mode: cmd.mode }, ctx, lang);
      }
    },
    async start(opts, ctx, lang) {
      const mode: QuizMode = opts.mode ?? 'solo';
      // A bare /quiz offers the unfinished quiz again rather than silently replacing it (it may
      // predate a restart); asking for a topic, a count or a review says "a new one", and gets it.
      const bare = mode === 'solo' && !opts.topic?.trim() && opts.count === undefined;
      const unfinished = bare ? await waiting.offer(ctx) : undefined;
      if (unfinished) return unfinished;
      const count = Math.min(Math.max(Math.floor(opts.count ?? DEFAULT_COUNT), 1), MAX_COUNT);
      if (!items.length) return notice(lang, '퀴즈 문제 은행이 비어 있습니다.', 'The quiz bank is empty.');
      const r = resolve(opts.topic, count, lang);
      if ('kind' in r) return r;
      const pool = topicPool(items, r.roots);
      if (!pool.length) {
        return notice(lang, `${r.label}에는 아직 퀴즈 문제가 없습니다.`, `There are no quiz questions on ${r.label} yet.`);
      }
      const plan: StartPlan = { mode, count, pool, topic: r.roots ? r.roots.join(',') : null, topicLabel: r.label };
      return engine.start(plan, ctx, lang);
    },
    act: (id, ctx, lang) => engine.act(id, ctx, lang),
    async leaderboard(period, ctx, lang) {
      const since = period === 'week' ? isoWeekStart(now(), deps.weekUtcOffsetMinutes) : null;
      return leaderboardReply(await deps.store.quiz.leaderboard(ctx.scope, since, 10, ctx.user), period, lang, ctx.user);
    },
    async stats(ctx, lang) {
      const q = deps.store.quiz;
      const at = now();
      const cards = (await q.reviewCards(ctx.scope, ctx.user)).filter((c) => itemsById.has(c.itemId));
      const due = dueCards(cards, at).length;
      return statsReply({ sectionsById }, await q.userStats(ctx.scope, ctx.user), await q.sectionTally(ctx.scope, ctx.user),
        { due, total: cards.length, nextDueAt: nextDue(cards) }, lang, at);
    },
    topics(prefix) {
      const p = prefix.trim().toLowerCase();
      const hit = (s: Section) =>
        !p || s.id.startsWith(p) || s.title.toLowerCase().includes(p) || s.titleEn.toLowerCase().includes(p) ||
        s.aliases.some((a) => a.toLowerCase().startsWith(p));
      let found = deps.sections.filter(hit);
      if (!found.length && p) found = deps.resolveTopic(p).map((id) => sectionsById.get(id)).filter((s): s is Section => !!s);
      return found
        .map((s) => ({ s, n: countIn(s.id) }))
        .filter(({ n }) => n > 0)
        .slice(0, 25)
        .map(({ s, n }) => ({ value: s.id, label: `${citationLabel(s)} (${n})`.slice(0, 100) }));
    },
    stop: (ctx, lang) => engine.stopFor(ctx, lang),
    resume: (ctx) => waiting.offer(ctx),
    async typed(text, ctx, lang) {
      const r = await waiting.typed(text, ctx, lang);
      return r && (r.replace ?? r.reply);
    },
    bank: { items, errors: bankErrors },
  };
  return service;
}
