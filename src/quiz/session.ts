// The quiz engine: starting a quiz and handling its clicks. Every state change runs inside one
// store transaction (read the session, check, write), so a double press, a late click or two
// answers arriving at once are each counted at most once. Nothing lives in memory between calls:
// any process can handle any click, and a restart loses nothing.
import type { ActionResult, Context, Lang, Reply } from '../reply.ts';
import { t } from '../lang.ts';
import type { ClickState, QuizResponseRow, QuizSessionRow, QuizStore } from '../store/store.ts';
import type { QuizItem } from './bank.ts';
import type { QuizMode } from './service.ts';
import { newSessionId, parseQuizAction, type QuizAction } from './ids.ts';
import { pickItems } from './select.ts';
import { cleanName, namePlaceholder } from '../text/names.ts';
import { schedule, nextDue, dueCards } from './review.ts';
import { nextStats, pointsFor } from './scoring.ts';
import {
  channelClosedReply,
  citationFor,
  formatWait,
  notice,
  questionReply,
  soloResultReply,
  soloResultText,
  summaryReply,
  type ReplyDeps,
} from './replies.ts';

export interface EngineDeps extends ReplyDeps {
  store: QuizStore;
  items: Map<string, QuizItem>;
  now: () => number;
  random: () => number;
  /** How long a channel question stays open. */
  channelMs: number;
  /** A channel quiz untouched this long after its question's deadline no longer blocks a new one. */
  staleMs: number;
}

export interface StartPlan {
  mode: QuizMode;
  count: number;
  /** Items to choose from (the topic's subtree, or the whole bank). */
  pool: QuizItem[];
  /** Section roots, stored for display; null for the whole module. */
  topic: string | null;
  /** "§3.3 ..." or "전체 모듈", shown above the first question. */
  topicLabel: string;
}

const priv = (lang: Lang, ko: string, en: string): ActionResult => ({ reply: notice(lang, ko, en) });

// What a transaction is about (QuizStore.transaction's keys): a learner's scores and review cards,
// a channel's one running channel quiz, and (in act) the session clicked.
const learnerKey = (ctx: Context) => `learner:${ctx.scope}:${ctx.user}`;
const channelKey = (ctx: Context) => `channel:${ctx.scope}:${ctx.channel}`;

export function createEngine(d: EngineDeps) {
  const { store } = d;

  async function abandon(s: QuizSessionRow, now: number) {
    await store.updateSession(s.id, { status: 'abandoned', finishedAt: now });
  }

  async function start(plan: StartPlan, ctx: Context, lang: Lang): Promise<Reply> {
    const now = d.now();
    return store.transaction(async (): Promise<Reply> => {
      if (plan.mode === 'channel') {
        for (const s of await store.activeSessions({ scope: ctx.scope, channel: ctx.channel, mode: 'channel' })) {
          if (now > (s.deadline ?? s.openedAt) + d.staleMs) await abandon(s, now);
          else
            return notice(lang,
              '이 채널에서 이미 채널 퀴즈가 진행 중입니다. 끝나면 다시 시작해 주세요 (시작한 사람은 /quiz 그만 으로 끝낼 수 있습니다).',
              'A channel quiz is already running here. Start another when it ends (its starter can end it with /quiz stop).');
        }
      }
      const cards = plan.mode === 'channel' ? [] : await store.reviewCards(ctx.scope, ctx.user);
      const picked = pickItems(plan.pool, cards, plan.count, plan.mode, now, d.random);
      // Cards of this topic still in the bank (others may be due, but cannot be asked here).
      const poolIds = new Set(plan.pool.map((i) => i.id));
      const poolCards = cards.filter((c) => poolIds.has(c.itemId));
      if (!picked.length) {
        if (plan.mode === 'review') {
          const next = nextDue(poolCards);
          return notice(lang,
            next === undefined
              ? '아직 복습할 문제가 없습니다. 먼저 /quiz 로 문제를 풀어 보세요. 틀린 문제가 복습 목록에 쌓입니다.'
              : `지금 복습할 문제가 없습니다. 다음 복습까지 ${formatWait(next - now, 'ko')}. 그동안 /quiz 로 새 문제를 풀어 보세요.`,
            next === undefined
              ? 'Nothing to review yet. Take a /quiz first; missed questions are queued for review.'
              : `Nothing is due for review right now (next in ${formatWait(next - now, 'en')}). Try a new /quiz meanwhile.`);
        }
        return notice(lang, '이 주제에는 아직 퀴즈 문제가 없습니다.', 'There are no quiz questions on this topic yet.');
      }
      // One solo/review quiz per learner: a new one replaces the old (its buttons then say so).
      if (plan.mode !== 'channel') {
        for (const s of await store.activeSessions({ scope: ctx.scope, starter: ctx.user })) if (s.mode !== 'channel') await abandon(s, now);
      }
      const s: QuizSessionRow = {
        id: newSessionId(),
        scope: ctx.scope,
        channel: ctx.channel,
        platform: ctx.platform,
        starter: ctx.user,
        starterName: ctx.userName ?? null,
        mode: plan.mode,
        lang,
        topic: plan.topic,
        itemIds: picked.map((i) => i.id),
        current: 0,
        closed: false,
        openedAt: now,
        deadline: plan.mode === 'channel' ? now + d.channelMs : null,
        status: 'active',
        startedAt: now,
        finishedAt: null,
      };
      await store.insertSession(s);
      const n = picked.length;
      let intro: string;
      if (plan.mode === 'review') {
        const due = dueCards(poolCards, now).length;
        intro = t(lang, `복습: 복습할 때가 된 문제 ${due}개 중 ${n}문제`, `Review: ${n} of ${due} questions due`);
      } else {
        intro = `${plan.topicLabel} · ${t(lang, `${n}문제`, `${n} question${n === 1 ? '' : 's'}`)}`;
        if (n < plan.count) intro += t(lang, ` (이 주제의 문제가 ${n}개뿐입니다)`, ` (only ${n} on this topic)`);
        if (plan.mode === 'channel') {
          const who = cleanName(ctx.userName) || namePlaceholder(lang);
          intro = t(lang, `${who} 님이 채널 퀴즈를 시작했습니다! 모두 답할 수 있고, 첫 답만 인정됩니다.\n`, `${who} started a channel quiz! Everyone can answer; your first answer counts.\n`) + intro;
        }
      }
      return questionReply(s, 0, d.items.get(s.itemIds[0]), { intro, answered: 0 });
    }, [plan.mode === 'channel' ? channelKey(ctx) : learnerKey(ctx)]);
  }

  /** Handles a `quiz:` action id; undefined when the id is not one. */
  async function act(actionId: string, ctx: Context, lang: Lang): Promise<ActionResult | undefined> {
    if (!actionId.startsWith('quiz:')) return undefined;
    const a = parseQuizAction(actionId);
    if (!a) return priv(lang, '알 수 없는 퀴즈 버튼입니다.', 'Unknown quiz button.');
    return store.transaction(async (): Promise<ActionResult> => {
      // The session with the clicker's answer, stats and card for the question clicked, read at once.
      const c = await store.clickState(a.session, ctx.user, 'index' in a ? a.index : undefined);
      if (!c) return priv(lang, '이 퀴즈를 찾을 수 없습니다. /quiz 로 새 퀴즈를 시작하세요.', 'That quiz no longer exists. Start a new one with /quiz.');
      if (ctx.scope !== c.session.scope) return priv(lang, '다른 워크스페이스의 퀴즈입니다.', 'That quiz belongs to another workspace.');
      return c.session.mode === 'channel' ? await channelAct(c, a, ctx, lang) : await soloAct(c, a, ctx, lang);
    }, [`quiz:${a.session}`, learnerKey(ctx)]);
  }

  // ---- solo and review -------------------------------------------------------------------------

  async function soloAct(c: ClickState, a: QuizAction, ctx: Context, lang: Lang): Promise<ActionResult> {
    const s = c.session;
    const L = s.lang;
    if (a.kind === 'close') return {}; // no timers in solo
    if (ctx.user !== s.starter) {
      return priv(lang, '다른 사람의 퀴즈에는 답할 수 없습니다. /quiz 로 내 퀴즈를 시작하세요.', "You can't answer someone else's quiz. Start your own with /quiz.");
    }
    if (s.status === 'abandoned') return priv(L, '이 퀴즈는 새 퀴즈를 시작해서 종료되었습니다.', 'This quiz ended when you started a new one.');
    const now = d.now();
    if (a.kind === 'stop') {
      if (s.status === 'finished') return priv(L, '이미 끝난 퀴즈입니다.', 'This quiz is already over.');
      const done = await finish(s, now);
      return { replace: summaryReply(d, done, d.items, await store.responses(s.id)) };
    }
    const index = a.index ?? s.current;
    if (s.status === 'finished' || index < s.current) {
      const prev = c.response;
      return prev
        ? priv(L, `이미 답한 문제입니다 (${prev.choice + 1}번). 답은 한 번만 인정됩니다.`, `You already answered this one (${prev.choice + 1}). Only one answer counts.`)
        : priv(L, '이미 지나간 문제입니다.', 'That question is over.');
    }
    if (index > s.current) return priv(L, '아직 열리지 않은 문제입니다.', 'That question is not open yet.');
    const item = d.items.get(s.itemIds[index]);

    if (a.kind === 'next' || !item) {
      // Skip (offered only when the bank lost the question): move on without an answer.
      return { replace: await advanceSolo(s, index, now, t(L, '건너뛰었습니다.', 'Skipped.'), undefined) };
    }
    if (a.kind !== 'answer' || a.choice >= item.choices.length) return priv(L, '알 수 없는 선택지입니다.', 'Unknown choice.');

    const rec = await record(c, index, item, ctx, a.choice, now);
    if (!rec) return priv(L, '이미 답한 문제입니다. 답은 한 번만 인정됩니다.', 'You already answered this one. Only one answer counts.');
    return { replace: await advanceSolo(s, index, now, soloResultText(item, a.choice, rec.pts, rec.stats.streak, L), item) };
  }

  /** After question `index`: the result followed by the next question, or the summary. */
  async function advanceSolo(s: QuizSessionRow, index: number, now: number, resultText: string, item: QuizItem | undefined): Promise<Reply> {
    const next = index + 1;
    if (next >= s.itemIds.length) {
      const done = await finish({ ...s, current: next }, now);
      const summary = summaryReply(d, done, d.items, await store.responses(s.id), resultText);
      return item ? { ...summary, citation: citationFor(d.sectionsById.get(item.sectionId), item.sectionId) } : summary;
    }
    await store.updateSession(s.id, { current: next, openedAt: now });
    const s2 = { ...s, current: next, openedAt: now };
    const q = questionReply(s2, next, d.items.get(s.itemIds[next]));
    return item ? soloResultReply(d, item, resultText, q) : { ...q, text: `${resultText}\n\n${q.text}` };
  }

  /** Marks `s` finished (keeping its `current` and `closed` as given) and returns the finished row. */
  async function finish(s: QuizSessionRow, now: number): Promise<QuizSessionRow> {
    const done: QuizSessionRow = { ...s, status: 'finished', finishedAt: now };
    await store.updateSession(s.id, { current: s.current, closed: s.closed, status: 'finished', finishedAt: now });
    return done;
  }

  /**
   * Records one answer (to question `index`, the one `c` was read for) with its points, the
   * learner's stats and review card. Undefined (nothing written) when this learner already
   * answered this question.
   */
  async function record(c: ClickState, index: number, item: QuizItem, ctx: Context, choice: number, now: number) {
    const { session: s, stats: before, card } = c;
    const correct = choice === item.answer;
    const channel = s.mode === 'channel';
    const elapsedMs = Math.max(0, now - s.openedAt);
    const pts = pointsFor({ correct, streakBefore: before?.streak ?? 0, channel, elapsedMs, limitMs: channel ? s.deadline! - s.openedAt : 0 });
    const row: QuizResponseRow = {
      sessionId: s.id, index, user: ctx.user, userName: ctx.userName ?? null, scope: s.scope, itemId: item.id,
      sectionId: item.sectionId, choice, correct, points: pts.total, elapsedMs, at: now,
    };
    const stats = nextStats(before, { scope: s.scope, user: ctx.user, name: ctx.userName ?? null }, correct, pts.total, now);
    const nextCard = schedule(card, { scope: s.scope, user: ctx.user, itemId: item.id }, correct, now);
    if (!await store.recordAnswer(row, stats, nextCard)) return undefined;
    return { pts, stats };
  }

  // ---- channel ---------------------------------------------------------------------------------

  const closedCard = async (s: QuizSessionRow, index: number, nextButton: boolean) =>
    channelClosedReply(d, s, index, d.items.get(s.itemIds[index]), await store.responses(s.id, index), { nextButton });

  /** Closes question `index` (if still open) and moves on: the closed card, plus the next question or the summary. */
  async function closeAndAdvance(s: QuizSessionRow, index: number, now: number): Promise<ActionResult> {
    const closed = { ...s, closed: true };
    const next = index + 1;
    if (next >= s.itemIds.length) {
      const done = await finish({ ...closed, current: next }, now);
      return { replace: await closedCard(done, index, false), reply: summaryReply(d, done, d.items, await store.responses(s.id)) };
    }
    const s2: QuizSessionRow = { ...s, current: next, closed: false, openedAt: now, deadline: now + d.channelMs };
    await store.updateSession(s.id, { current: next, closed: false, openedAt: now, deadline: s2.deadline });
    return { replace: await closedCard(s2, index, false), reply: questionReply(s2, next, d.items.get(s.itemIds[next]), { answered: 0 }) };
  }

  async function channelAct(c: ClickState, a: QuizAction, ctx: Context, lang: Lang): Promise<ActionResult> {
    const s = c.session;
    const now = d.now();
    const isOpen = (x: QuizSessionRow) => x.status === 'active' && !x.closed && x.deadline !== null && now < x.deadline;
    const closedMsg = () => notice(lang, '이 문제는 마감되었습니다.', 'This question has closed.');

    if (a.kind === 'stop') {
      if (ctx.user !== s.starter) return priv(lang, '채널 퀴즈는 시작한 사람만 끝낼 수 있습니다.', 'Only the person who started the channel quiz can end it.');
      if (s.status !== 'active') return priv(lang, '이미 끝난 퀴즈입니다.', 'This quiz is already over.');
      const index = s.current;
      const done = await finish({ ...s, closed: true }, now);
      return { replace: await closedCard(done, index, false), reply: summaryReply(d, done, d.items, await store.responses(s.id)) };
    }

    const index = a.index ?? s.current;
    if (index >= s.itemIds.length || index > s.current) return priv(lang, '알 수 없는 퀴즈 버튼입니다.', 'Unknown quiz button.');
    const past = s.status !== 'active' || index < s.current;

    if (a.kind === 'close') {
      // The adapter's timer. Idempotent: a second firing (or one after a click moved on) re-renders.
      if (past) return { replace: await closedCard(s, index, false) };
      if (isOpen(s) && now < s.deadline! - 1000) {
        return { replace: questionReply(s, index, d.items.get(s.itemIds[index]), { answered: await store.responseCount(s.id, index) }) };
      }
      return await closeAndAdvance(s, index, now);
    }

    if (a.kind === 'next') {
      if (past) return priv(lang, '이미 다음 문제로 넘어갔습니다.', 'The quiz has already moved on.');
      if (isOpen(s) && ctx.user !== s.starter) {
        return priv(lang, '문제가 열려 있는 동안에는 퀴즈를 시작한 사람만 다음으로 넘길 수 있습니다.', 'While the question is open, only the person who started the quiz can move on.');
      }
      return await closeAndAdvance(s, index, now);
    }

    // An answer.
    if (past) return { replace: await closedCard(s, index, false), reply: closedMsg() };
    const item = d.items.get(s.itemIds[index]);
    if (!isOpen(s) || !item) {
      // Late: closed lazily even if no timer fired (timers die with the process). The card shows
      // the result and a 다음 button; the timer, if alive, moves on as well (whichever comes first).
      if (!s.closed) await store.updateSession(s.id, { closed: true });
      return { replace: await closedCard({ ...s, closed: true }, index, true), reply: closedMsg() };
    }
    if (a.choice >= item.choices.length) return priv(lang, '알 수 없는 선택지입니다.', 'Unknown choice.');
    const prev = c.response;
    if (prev) {
      return priv(lang, `이미 답했습니다 (${prev.choice + 1}번). 첫 답만 인정됩니다.`, `You already answered (${prev.choice + 1}). Only your first answer counts.`);
    }
    if (!await record(c, index, item, ctx, a.choice, now)) {
      return priv(lang, '이미 답했습니다. 첫 답만 인정됩니다.', 'You already answered. Only your first answer counts.');
    }
    const count = await store.responseCount(s.id, index);
    const secs = Math.max(0, Math.ceil((s.deadline! - now) / 1000));
    return {
      replace: questionReply(s, index, item, { answered: count }),
      reply: notice(lang,
        `${a.choice + 1}번으로 답했습니다. ${secs}초 뒤 마감되면 정답이 공개됩니다.`,
        `Your answer: ${a.choice + 1}. The answer is revealed when the question closes in ${secs}s.`),
    };
  }

  /** `/quiz stop`: ends the learner's running quiz (solo, or a channel quiz they started here). */
  async function stopFor(ctx: Context, lang: Lang): Promise<Reply> {
    return store.transaction(async (): Promise<Reply> => {
      const mine = await store.activeSessions({ scope: ctx.scope, starter: ctx.user });
      const s = mine.find((x) => x.mode === 'channel' && x.channel === ctx.channel) ?? mine.find((x) => x.mode !== 'channel');
      if (!s) return notice(lang, '진행 중인 퀴즈가 없습니다.', 'You have no quiz running.');
      const done = await finish({ ...s, closed: s.mode === 'channel' || s.closed }, d.now());
      return summaryReply(d, done, d.items, await store.responses(s.id));
    }, [learnerKey(ctx)]);
  }

  return { start, act, stopFor };
}

export type QuizEngine = ReturnType<typeof createEngine>;
