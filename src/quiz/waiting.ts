// The learner's unfinished solo/review quiz, found in the store (so it survives a restart and
// works on every platform): offering to continue it, and reading typed text as a press of one of
// its buttons — "2" or "2. 스팟 인스턴스" answers it, "그만하기" stops it. Anything else is left
// to the caller, so a question typed mid-quiz is answered without ending the quiz.
import type { ActionResult, Context, Lang, Reply } from '../reply.ts';
import { t } from '../lang.ts';
import type { QuizSessionRow, QuizStore } from '../store/store.ts';
import type { QuizItem } from './bank.ts';
import { answerId, stopId } from './ids.ts';
import { questionReply } from './replies.ts';

export interface WaitingDeps {
  store: QuizStore;
  items: Map<string, QuizItem>;
  act: (actionId: string, ctx: Context, lang: Lang) => Promise<ActionResult | undefined>;
}

/** Words that stop the quiz when typed alone (the stop button's labels included). */
const STOP_WORDS = new Set(['그만하기', '그만', '종료', '중단', '끝', '끝내기', 'stop', 'quit', 'end', 'cancel']);

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?。]+$/, '');

export function createWaiting(d: WaitingDeps) {
  /** The learner's unfinished solo or review quiz in this scope, most recent first. */
  async function find(ctx: Context): Promise<QuizSessionRow | undefined> {
    return (await d.store.activeSessions({ scope: ctx.scope, starter: ctx.user }))
      .filter((s) => s.mode !== 'channel' && s.current < s.itemIds.length)
      .sort((a, b) => b.startedAt - a.startedAt)[0];
  }

  /** The waiting question again, introduced as an unfinished quiz; undefined when none waits. */
  async function offer(ctx: Context): Promise<Reply | undefined> {
    const s = await find(ctx);
    if (!s) return undefined;
    const L = s.lang;
    const intro = t(L,
      `끝나지 않은 퀴즈가 있어요 (${s.itemIds.length}문제 중 ${s.current + 1}번째). 답하면 이어서 풀고, '그만하기'로 끝낼 수 있어요. 새 퀴즈: /quiz 3.3 처럼 주제나 문제 수를 정해 시작하세요.`,
      `You have an unfinished quiz (question ${s.current + 1} of ${s.itemIds.length}). Answer to continue, or 'Stop' to end it. For a new quiz, give a topic or a count, e.g. /quiz 3.3.`);
    return questionReply(s, s.current, d.items.get(s.itemIds[s.current]), { intro });
  }

  /**
   * Typed text as a button of the waiting question: a choice's number, its text (with or without
   * the number), or a stop word. Undefined when no quiz waits or the text is none of those.
   */
  async function typed(text: string, ctx: Context, lang: Lang): Promise<ActionResult | undefined> {
    const said = norm(text);
    if (!said || said.length > 200) return undefined;
    const s = await find(ctx);
    if (!s) return undefined;
    const item = d.items.get(s.itemIds[s.current]);
    if (STOP_WORDS.has(said)) return d.act(stopId(s.id), ctx, lang);
    if (!item) return undefined;
    const n = /^(\d{1,2})(번)?$/.exec(said);
    if (n) {
      const k = Number(n[1]);
      return k >= 1 && k <= item.choices.length ? d.act(answerId(s.id, s.current, k - 1), ctx, lang) : undefined;
    }
    const i = item.choices.findIndex((c, k) => norm(c) === said || norm(`${k + 1}. ${c}`) === said);
    return i >= 0 ? d.act(answerId(s.id, s.current, i), ctx, lang) : undefined;
  }

  return { find, offer, typed };
}
