import { describe, it, expect } from 'vitest';
import { harness, ctx, choiceIds, itemOf } from './helpers.ts';
import { parseQuizAction } from '../../src/quiz/ids.ts';
import type { Reply } from '../../src/reply.ts';

const starter = ctx('S', { userName: '시작' });
const amy = ctx('A', { userName: 'Amy' });
const bob = ctx('B', { userName: 'Bob' });
const cho = ctx('C', { userName: 'Cho' });

async function startChannel(h: ReturnType<typeof harness>, args = 'channel 4 3') {
  const q = await h.quiz.command(args, starter, 'ko');
  expect(q.kind).toBe('quiz-question');
  const ids = choiceIds(q);
  const item = itemOf(h.bank, q.text);
  const session = parseQuizAction(ids[0])!.session;
  return { q, ids, item, session, right: ids[item.answer], wrong: ids[(item.answer + 1) % 4] };
}

describe('channel quiz', () => {
  it('everyone answers; first answer counts; live count; private acks; closes on time with who got it right', async () => {
    const h = harness({ deps: { channelSeconds: 20 } });
    const { q, right, wrong, item, session } = await startChannel(h);
    expect(q.visibility).toBe('public');
    expect(q.title).toBe('채널 퀴즈 1/3');
    expect(q.expires).toEqual({ atMs: h.clock.now + 20_000, actionId: `quiz:${session}:close:0` });
    expect(q.text).toContain('응답 0명');

    h.advance(2000);
    const a1 = (await h.quiz.act(right, amy, 'ko'))!;
    expect(a1.replace?.kind).toBe('quiz-question');
    expect(a1.replace?.text).toContain('응답 1명');
    expect(a1.replace?.fields?.[0]).toEqual({ label: '응답', value: '1', inline: true });
    expect(a1.replace?.expires?.atMs).toBe(q.expires!.atMs); // the timer is not pushed back
    expect(a1.reply?.visibility).toBe('private');
    expect(a1.reply?.text).toContain(`${item.answer + 1}번으로 답했습니다`);
    expect(a1.reply?.text).not.toMatch(/✅|❌|정답:/); // nothing revealed before closing

    h.advance(8000);
    const b1 = (await h.quiz.act(wrong, bob, 'ko'))!;
    expect(b1.replace?.text).toContain('응답 2명');
    // Amy changes her mind: her first answer stands
    const a2 = (await h.quiz.act(wrong, amy, 'ko'))!;
    expect(a2.replace).toBeUndefined();
    expect(a2.reply?.text).toContain('첫 답만 인정');
    h.advance(5000);
    const c1 = (await h.quiz.act(right, cho, 'ko'))!;
    expect(c1.replace?.text).toContain('응답 3명');

    // the adapter's timer fires at the deadline
    h.clock.now = q.expires!.atMs;
    const closed = (await h.quiz.act(q.expires!.actionId, ctx('system'), 'ko'))!;
    expect(closed.replace?.kind).toBe('quiz-result');
    expect(closed.replace?.title).toBe('채널 퀴즈 1/3 · 마감');
    expect(closed.replace?.text).toContain(`정답: ${item.answer + 1}. ${item.choices[item.answer]}`);
    expect(closed.replace?.text).toContain(item.explanation);
    // Amy was faster than Cho: both 10 + speed bonus; Amy's larger (2s of 20 → +5, 15s of 20 → +1)
    expect(closed.replace?.text).toContain('맞힌 사람 (2/3명): Amy +15, Cho +11');
    expect(closed.replace?.text).not.toContain('Bob');
    expect(closed.replace?.citation?.sectionId).toBe(item.sectionId);
    expect(closed.replace?.visibility).toBe('public');
    // ...and the next question follows automatically, with its own timer
    const next = closed.reply!;
    expect(next.title).toBe('채널 퀴즈 2/3');
    expect(next.expires).toEqual({ atMs: h.clock.now + 20_000, actionId: `quiz:${session}:close:1` });

    // a late click on question 1, and the timer firing twice, change nothing
    const late = (await h.quiz.act(wrong, bob, 'ko'))!;
    expect(late.reply?.text).toBe('이 문제는 마감되었습니다.');
    expect(late.replace?.title).toBe('채널 퀴즈 1/3 · 마감');
    const again = (await h.quiz.act(q.expires!.actionId, ctx('system'), 'ko'))!;
    expect(again.reply).toBeUndefined();
    expect(await h.store.quiz.responses(session, 0)).toHaveLength(3);
    expect(await h.store.quiz.userStats('T1', 'B')).toMatchObject({ answered: 1, correct: 0, streak: 0 });
  });

  it('a click after the deadline is late even when no timer fired (lazy close), and the quiz can move on', async () => {
    const h = harness({ deps: { channelSeconds: 30 } });
    const { q, right, session } = await startChannel(h, 'channel 3.3 2');
    await h.quiz.act(right, amy, 'ko');
    h.advance(31_000); // the adapter restarted; its timer is gone
    const late = (await h.quiz.act(right, bob, 'en'))!;
    expect(late.reply?.text).toBe('This question has closed.');
    expect(late.reply?.visibility).toBe('private');
    const card = late.replace!;
    expect(card.text).toContain('맞힌 사람 (1/1명): Amy');
    // the closed card offers 다음; anyone may press it once the question is closed
    const next = card.actions!.find((a) => a.group === 'nav')!;
    expect(next.id).toBe(`quiz:${session}:next:0`);
    const moved = (await h.quiz.act(next.id, bob, 'ko'))!;
    expect(moved.reply?.title).toBe('채널 퀴즈 2/2');
    // the timer (if it survived) and a second press are harmless
    expect((await h.quiz.act(q.expires!.actionId, ctx('system'), 'ko'))!.reply).toBeUndefined();
    expect((await h.quiz.act(next.id, amy, 'ko'))!.reply?.text).toContain('이미 다음 문제로');
    expect(await h.store.quiz.userStats('T1', 'B')).toBeUndefined();
  });

  it('only the starter moves on while a question is open; next closes it early', async () => {
    const h = harness();
    const { q, right, session } = await startChannel(h, 'channel 3.3 2');
    const nextBtn = q.actions!.find((a) => a.id === `quiz:${session}:next:0`)!;
    expect(nextBtn.group).toBe('nav');
    const denied = (await h.quiz.act(nextBtn.id, amy, 'ko'))!;
    expect(denied.reply?.text).toContain('시작한 사람만');
    expect(denied.replace).toBeUndefined();
    await h.quiz.act(right, amy, 'ko');
    const early = (await h.quiz.act(nextBtn.id, starter, 'ko'))!;
    expect(early.replace?.title).toBe('채널 퀴즈 1/2 · 마감');
    expect(early.reply?.title).toBe('채널 퀴즈 2/2');
    // answering the closed question now is late
    expect((await h.quiz.act(right, bob, 'ko'))!.reply?.text).toBe('이 문제는 마감되었습니다.');
    // a premature timer (clock skew) does not close question 2
    const q2 = early.reply!;
    const tooEarly = (await h.quiz.act(q2.expires!.actionId, ctx('system'), 'ko'))!;
    expect(tooEarly.replace?.kind).toBe('quiz-question');
    expect(tooEarly.reply).toBeUndefined();
  });

  it('ends with a public summary: ranking, time and sections most people missed', async () => {
    const h = harness({ deps: { channelSeconds: 10 } });
    let { q } = await startChannel(h, 'channel 2 2');
    const missed: string[] = [];
    for (let i = 0; i < 2; i++) {
      const item = itemOf(h.bank, q.text);
      const ids = choiceIds(q);
      h.advance(1000);
      await h.quiz.act(ids[item.answer], amy, 'ko');
      await h.quiz.act(ids[(item.answer + 1) % 4], bob, 'ko');
      await h.quiz.act(ids[(item.answer + (i === 0 ? 2 : 0)) % 4], cho, 'ko');
      if (i === 0) missed.push(item.sectionId);
      h.clock.now = q.expires!.atMs;
      const res = (await h.quiz.act(q.expires!.actionId, ctx('system'), 'ko'))!;
      q = res.reply as Reply;
    }
    expect(q.kind).toBe('quiz-summary');
    expect(q.visibility).toBe('public');
    expect(q.text).toContain('채널 퀴즈 끝! 2문제 · 참가 3명 · 걸린 시간 20초');
    expect(q.text).toMatch(/1\. Amy — \d+점 \(2\/2 정답\)/);
    expect(q.text).toMatch(/2\. Cho — \d+점 \(1\/2 정답\)/);
    expect(q.related?.map((r) => r.sectionId)).toEqual(missed);
    // starting another channel quiz is allowed now that this one is over
    expect((await h.quiz.command('channel', starter, 'ko')).kind).toBe('quiz-question');
  });

  it('the summary does not claim "all correct" when some answers were wrong', async () => {
    const h = harness({ deps: { channelSeconds: 10 } });
    const { q, right, wrong } = await startChannel(h, 'channel 3.3 1');
    await h.quiz.act(right, amy, 'ko');
    await h.quiz.act(right, bob, 'ko');
    await h.quiz.act(wrong, cho, 'ko'); // 2 of 3 right: no section to review, but not all correct
    h.clock.now = q.expires!.atMs;
    const summary = (await h.quiz.act(q.expires!.actionId, ctx('system'), 'ko'))!.reply!;
    expect(summary.kind).toBe('quiz-summary');
    expect(summary.related).toBeUndefined();
    expect(summary.text).not.toContain('모두 맞혔어요');
  });

  it('one channel quiz per channel at a time; a forgotten one goes stale', async () => {
    const h = harness();
    await startChannel(h);
    const busy = await h.quiz.command('채널', amy, 'ko');
    expect(busy.kind).toBe('notice');
    expect(busy.text).toContain('이미 채널 퀴즈가 진행 중');
    expect((await h.quiz.command('채널', ctx('A', { channel: 'C2' }), 'ko')).kind).toBe('quiz-question');
    h.advance(11 * 60_000);
    expect((await h.quiz.command('채널', amy, 'ko')).kind).toBe('quiz-question');
  });

  it('the starter can stop a channel quiz; others cannot', async () => {
    const h = harness();
    const { session } = await startChannel(h);
    expect((await h.quiz.act(`quiz:${session}:stop`, amy, 'ko'))!.reply?.text).toContain('시작한 사람만');
    const out = await h.quiz.command('그만', starter, 'ko');
    expect(out.kind).toBe('quiz-summary');
    expect((await h.store.quiz.session(session))?.status).toBe('finished');
  });
});
