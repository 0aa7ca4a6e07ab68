// Review scheduling, stats, leaderboards, and surviving a restart.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, ctx, choiceIds, itemOf } from './helpers.ts';
import type { Reply } from '../../src/reply.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

const DAY = 86_400_000;

/** Answers every question of a solo quiz; `right(item)` decides. Returns the item ids asked and the summary. */
async function play(h: ReturnType<typeof harness>, first: Reply, right: (id: string) => boolean, who = ctx()) {
  const asked: string[] = [];
  let r = first;
  while (choiceIds(r).length) {
    const item = itemOf(h.bank, r.text);
    asked.push(item.id);
    const ids = choiceIds(r);
    h.advance(1000);
    r = (await h.quiz.act(ids[right(item.id) ? item.answer : (item.answer + 1) % item.choices.length], who, 'ko'))!.replace!;
  }
  return { asked, summary: r };
}

describe('spaced review (Leitner)', () => {
  it('missed questions are due for /quiz review at once; known ones are not', async () => {
    const h = harness();
    const { asked } = await play(h, await h.quiz.command('3 6', ctx(), 'ko'), (id) => !id.endsWith('-0') && !id.endsWith('-1'));
    const missed = asked.filter((id) => id.endsWith('-0') || id.endsWith('-1'));
    expect(missed.length).toBeGreaterThan(0);
    const review = await h.quiz.command('복습', ctx(), 'ko');
    expect(review.title).toBe(`복습 1/${missed.length}`);
    const { asked: reviewed } = await play(h, review, () => true);
    expect(reviewed.sort()).toEqual(missed.sort());
    // all answered right: nothing due until tomorrow
    const none = await h.quiz.command('review', ctx(), 'en');
    expect(none.kind).toBe('notice');
    expect(none.text).toContain('Nothing is due for review');
    h.advance(DAY + 1);
    const again = await h.quiz.command('review', ctx(), 'en');
    expect(again.kind).toBe('quiz-question');
  });

  it('/quiz review on a topic counts only that topic\'s due questions in its intro', async () => {
    const h = harness();
    await play(h, await h.quiz.command('3.3 3', ctx(), 'ko'), () => false);
    await play(h, await h.quiz.command('4.2 2', ctx(), 'ko'), () => false);
    const r = await h.quiz.command('복습 3.3', ctx(), 'ko');
    expect(r.title).toBe('복습 1/3');
    expect(r.text).toContain('복습할 때가 된 문제 3개 중 3문제');
  });

  it('a new learner has nothing to review', async () => {
    const h = harness();
    expect((await h.quiz.command('review', ctx(), 'ko')).text).toContain('아직 복습할 문제가 없습니다');
  });

  it('later quizzes bring missed questions back sooner than known ones', async () => {
    const h = harness();
    // one quiz on section 4.2 (6 questions): miss two
    const first = await play(h, await h.quiz.command('4.2 6', ctx(), 'ko'), (id) => !/-(2|3)$/.test(id));
    const missed = first.asked.filter((id) => /-(2|3)$/.test(id));
    h.advance(60_000);
    // a 2-question quiz on the same section: exactly the two missed ones come first
    const second = await play(h, await h.quiz.command('4.2 2', ctx(), 'ko'), () => true);
    expect(second.asked.sort()).toEqual(missed.sort());
  });
});

describe('stats and leaderboards', () => {
  it('per-user stats: answered, correct, accuracy per section, streaks', async () => {
    const h = harness();
    expect((await h.quiz.command('stats', ctx(), 'ko')).text).toContain('아직 푼 퀴즈가 없습니다');
    await play(h, await h.quiz.command('3.3 4', ctx(), 'ko'), () => true);
    await play(h, await h.quiz.command('4.2 2', ctx(), 'ko'), () => false);
    const s = await h.quiz.command('통계', ctx(), 'ko');
    expect(s.kind).toBe('stats');
    expect(s.visibility).toBe('private');
    expect(s.text).toContain('푼 문제 6 · 정답 4 (67%)');
    expect(s.text).toContain('연속 정답: 현재 0 · 최고 4');
    // weakest section first
    expect(s.text.indexOf('§4.2 Docker란?: 0/2 (0%)')).toBeGreaterThan(-1);
    expect(s.text.indexOf('§4.2')).toBeLessThan(s.text.indexOf('§3.3'));
    expect(s.text).toContain('§3.3 Amazon EC2 요금 모델: 사용 사례: 4/4 (100%)');
    expect(s.text).toContain('복습할 문제 2개');
  });

  it('leaderboards per scope, all time and this ISO week', async () => {
    const h = harness();
    // last week: Amy scores big
    await play(h, await h.quiz.command('1 5', ctx('A', { userName: 'Amy' }), 'ko'), () => true, ctx('A', { userName: 'Amy' }));
    h.advance(7 * DAY);
    // this week: Bob a little, Amy one right answer
    await play(h, await h.quiz.command('2 2', ctx('B', { userName: 'Bob' }), 'ko'), () => true, ctx('B', { userName: 'Bob' }));
    await play(h, await h.quiz.command('3.3 1', ctx('A', { userName: 'Amy' }), 'ko'), () => true, ctx('A', { userName: 'Amy' }));
    // another workspace does not count
    const other = ctx('Z', { scope: 'T2', userName: 'Zed' });
    await play(h, await h.quiz.command('3.3 6', other, 'ko'), () => true, other);

    const all = await h.quiz.command('leaderboard', ctx('B'), 'ko');
    expect(all.kind).toBe('leaderboard');
    expect(all.title).toBe('리더보드 · 전체 기간');
    const allLines = all.text.split('\n');
    expect(allLines[0]).toMatch(/^1\. Amy — 90점 \(정답 6\/6, 100%\)$/); // 10+12+14+16+18, then streak 5 → +10: 20
    expect(allLines[1]).toMatch(/^2\. Bob — 22점/);
    expect(all.text).not.toContain('Zed');

    const week = await h.quiz.command('순위 주간', ctx('B'), 'ko');
    expect(week.title).toBe('리더보드 · 이번 주');
    const weekLines = week.text.split('\n');
    expect(weekLines[0]).toMatch(/^1\. Bob — 22점/);
    expect(weekLines[1]).toMatch(/^2\. Amy — 20점/);

    expect((await h.quiz.leaderboard('week', ctx('Q', { scope: 'T3' }), 'en')).text).toContain('No quiz points yet this week');
  });
});

describe('persistence across a restart', () => {
  let dir: string | undefined;
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = undefined; });

  it('start a quiz, close the store, reopen the file, finish the quiz with scores intact', async () => {
    dir = mkdtempSync(join(tmpdir(), 'quiz-restart-'));
    const file = join(dir, 'nested', 'tutor.db'); // the directory is created on open
    const h1 = harness({ file });
    let r = await h1.quiz.command('3 3', ctx(), 'ko');
    const first = itemOf(h1.bank, r.text);
    r = (await h1.quiz.act(choiceIds(r)[first.answer], ctx(), 'ko'))!.replace!;
    const pending = choiceIds(r);
    const second = itemOf(h1.bank, r.text);
    await h1.store.close();

    // a new process: new store, new service, same file; the old message's buttons still work
    const h2 = harness({ file, start: h1.clock.now + 5000 });
    expect(await h2.store.quiz.userStats('T1', 'U1')).toMatchObject({ answered: 1, correct: 1, points: 10 });
    r = (await h2.quiz.act(pending[second.answer], ctx(), 'ko'))!.replace!;
    expect(r.text).toMatch(/^✅ 정답입니다! \+12점/);
    const third = itemOf(h2.bank, r.text);
    const done = (await h2.quiz.act(choiceIds(r)[(third.answer + 1) % 4], ctx(), 'ko'))!.replace!;
    expect(done.kind).toBe('quiz-summary');
    expect(done.text).toContain('점수 2/3 · 22점');
    // a press on a pre-restart button is still recognized as already answered
    expect((await h2.quiz.act(pending[0], ctx(), 'ko'))!.reply?.text).toContain('이미 답한 문제');
    expect((await h2.quiz.command('leaderboard', ctx(), 'ko')).text).toContain('1. name-U1 — 22점');
    await h2.store.close();

    const raw = openSqliteStore(file);
    expect(await raw.quiz.userStats('T1', 'U1')).toMatchObject({ answered: 3, correct: 2, points: 22, bestStreak: 2, streak: 0 });
    await raw.close();
  });
});
