import { describe, it, expect } from 'vitest';
import { harness, ctx, choiceIds, itemOf } from './helpers.ts';
import { parseQuizAction } from '../../src/quiz/ids.ts';
import type { Reply } from '../../src/reply.ts';

const pick = (r: Reply, correct: boolean, bank: ReturnType<typeof harness>['bank']) => {
  const item = itemOf(bank, r.text);
  const ids = choiceIds(r);
  return { item, id: ids[correct ? item.answer : (item.answer + 1) % item.choices.length] };
};

describe('solo quiz', () => {
  it('asks N distinct questions from the topic subtree, grades each answer and ends with a summary', async () => {
    const h = harness();
    let r = await h.quiz.command('3.4 4', ctx(), 'ko');
    expect(r.kind).toBe('quiz-question');
    expect(r.visibility).toBe('private');
    expect(r.title).toBe('문제 1/4');
    expect(r.text).toContain('§3.4 비용 최적화의 4가지 원칙');
    const seen = new Set<string>();
    const plan = [true, false, true, true];
    for (let i = 0; i < plan.length; i++) {
      const { item, id } = pick(r, plan[i], h.bank);
      expect(item.sectionId === '3.4' || item.sectionId.startsWith('3.4.')).toBe(true);
      expect(seen.has(item.id)).toBe(false);
      seen.add(item.id);
      // choices: group 'choices', labels '1. ...', ids that fit Discord's custom_id
      const choices = (r.actions ?? []).filter((a) => a.group === 'choices');
      expect(choices.map((a) => a.label)).toEqual(item.choices.map((c, k) => `${k + 1}. ${c}`));
      for (const a of r.actions ?? []) expect(a.id.length).toBeLessThanOrEqual(100);
      h.advance(3000);
      const res = (await h.quiz.act(id, ctx(), 'ko'))!;
      expect(res.reply).toBeUndefined();
      const out = res.replace!;
      expect(out.text.startsWith(plan[i] ? '✅ 정답' : '❌ 오답')).toBe(true);
      expect(out.text).toContain(`정답: ${item.answer + 1}. ${item.choices[item.answer]}`);
      expect(out.text).toContain(item.explanation);
      expect(out.citation?.sectionId).toBe(item.sectionId);
      expect(out.citation?.label).toMatch(new RegExp(`^§${item.sectionId.replace(/\./g, '\\.')} `));
      if (i < plan.length - 1) {
        expect(out.kind).toBe('quiz-result');
        expect(out.title).toBeUndefined();
        expect(out.text).toContain(`──────────\n문제 ${i + 2}/4\n`);
        expect(choiceIds(out)).toHaveLength(4);
      } else {
        expect(out.kind).toBe('quiz-summary');
        expect(out.text).toContain('점수 3/4');
        expect(out.text).toContain('걸린 시간 12초');
        expect(out.text).toContain('복습할 섹션');
        const missed = [...seen][1];
        const missedSection = h.bank.find((b) => b.id === missed)!.sectionId;
        expect(out.related?.map((s) => s.sectionId)).toEqual([missedSection]);
        expect(choiceIds(out)).toHaveLength(0);
      }
      r = out;
    }
    // points: 10 (streak 0) + 0 + 10 + 12 (one in a row before)
    const stats = (await h.store.quiz.userStats('T1', 'U1'))!;
    expect(stats).toMatchObject({ answered: 4, correct: 3, points: 32, streak: 2, bestStreak: 2 });
  });

  it('speaks English when asked in English; module content stays Korean', async () => {
    const h = harness();
    const r = await h.quiz.command('containers', ctx(), 'en');
    expect(r.title).toBe('Question 1/5');
    const { id, item } = pick(r, false, h.bank);
    expect(item.sectionId.startsWith('4')).toBe(true);
    const out = (await h.quiz.act(id, ctx(), 'en'))!.replace!;
    expect(out.text).toMatch(/^❌ Wrong/);
    expect(out.text).toContain(`Answer: ${item.answer + 1}. ${item.choices[item.answer]}`);
  });

  it('counts a double press once and tells the learner', async () => {
    const h = harness();
    const r = await h.quiz.command('', ctx(), 'ko');
    const { id } = pick(r, true, h.bank);
    const first = (await h.quiz.act(id, ctx(), 'ko'))!;
    expect(first.replace?.text).toMatch(/^✅/);
    const again = (await h.quiz.act(id, ctx(), 'ko'))!;
    expect(again.replace).toBeUndefined();
    expect(again.reply?.visibility).toBe('private');
    expect(again.reply?.text).toContain('이미 답한 문제');
    // another choice on the same (answered) question does not count either
    const other = id.replace(/:(\d)$/, (_, c) => `:${(Number(c) + 1) % 4}`);
    expect((await h.quiz.act(other, ctx(), 'ko'))!.reply?.text).toContain('이미 답한 문제');
    expect(await h.store.quiz.userStats('T1', 'U1')).toMatchObject({ answered: 1, correct: 1 });
  });

  it('two answers arriving at once: one counts', async () => {
    const h = harness();
    const r = await h.quiz.command('', ctx(), 'ko');
    const ids = choiceIds(r);
    const results = await Promise.all([0, 1, 2, 3].map(async (k) => (await h.quiz.act(ids[k], ctx(), 'ko'))!));
    expect(results.filter((x) => x.replace).length).toBe(1);
    expect(results.filter((x) => x.reply?.text.includes('이미 답한')).length).toBe(3);
    expect((await h.store.quiz.userStats('T1', 'U1'))!.answered).toBe(1);
    const session = parseQuizAction(ids[0])!.session;
    expect(await h.store.quiz.responses(session)).toHaveLength(1);
  });

  it("refuses answers to someone else's solo quiz", async () => {
    const h = harness();
    const r = await h.quiz.command('', ctx('U1'), 'ko');
    const res = (await h.quiz.act(choiceIds(r)[0], ctx('U2'), 'ko'))!;
    expect(res.replace).toBeUndefined();
    expect(res.reply?.text).toContain('다른 사람의 퀴즈');
    expect(await h.store.quiz.userStats('T1', 'U2')).toBeUndefined();
    // the owner can still answer
    expect((await h.quiz.act(choiceIds(r)[0], ctx('U1'), 'ko'))!.replace).toBeDefined();
  });

  it('a new quiz ends the old one; its buttons say so', async () => {
    const h = harness();
    const old = await h.quiz.command('', ctx(), 'ko');
    await h.quiz.command('3.3', ctx(), 'ko');
    const res = (await h.quiz.act(choiceIds(old)[0], ctx(), 'ko'))!;
    expect(res.reply?.text).toContain('새 퀴즈');
    expect(await h.store.quiz.userStats('T1', 'U1')).toBeUndefined();
  });

  it('unknown or malformed quiz ids get a clear private message; other ids are not ours', async () => {
    const h = harness();
    expect((await h.quiz.act('quiz:zzzzzzzz:0:1', ctx(), 'ko'))!.reply?.text).toContain('찾을 수 없습니다');
    expect((await h.quiz.act('quiz:bad id', ctx(), 'en'))!.reply?.text).toBe('Unknown quiz button.');
    expect(await h.quiz.act('section:3.3', ctx(), 'ko')).toBeUndefined();
    const r = await h.quiz.command('', ctx(), 'ko');
    const s = parseQuizAction(choiceIds(r)[0])!.session;
    expect((await h.quiz.act(`quiz:${s}:3:1`, ctx(), 'ko'))!.reply?.text).toContain('아직 열리지 않은');
    expect((await h.quiz.act(`quiz:${s}:0:9`, ctx(), 'ko'))!.reply?.text).toContain('알 수 없는 선택지');
  });

  it('stop ends the quiz with a summary counting what was answered', async () => {
    const h = harness();
    const r = await h.quiz.command('', ctx(), 'ko');
    const { id } = pick(r, true, h.bank);
    const next = (await h.quiz.act(id, ctx(), 'ko'))!.replace!;
    const stop = next.actions!.find((a) => a.id.endsWith(':stop'))!;
    const out = (await h.quiz.act(stop.id, ctx(), 'ko'))!.replace!;
    expect(out.kind).toBe('quiz-summary');
    expect(out.text).toContain('점수 1/5');
    expect(out.text).toContain('4문제는 답하지 않았습니다');
    expect((await h.quiz.act(choiceIds(next)[0], ctx(), 'ko'))!.reply?.text).toContain('이미 지나간');
    expect((await h.quiz.command('stop', ctx(), 'ko')).text).toContain('진행 중인 퀴즈가 없습니다');
  });

  it('topic words resolve through resolveTopic; unknown topics and sections are explained', async () => {
    const h = harness();
    const r = await h.quiz.command('스팟 3', ctx(), 'ko');
    expect(r.title).toBe('문제 1/3');
    expect(r.text).toContain('§3.3');
    expect((await h.quiz.command('양자컴퓨터', ctx(), 'ko')).text).toContain("'양자컴퓨터'에 맞는 주제를 찾지 못했습니다");
    expect((await h.quiz.command('3.9', ctx(), 'ko')).text).toContain('3.9 섹션은 이 모듈에 없습니다');
    // a section with fewer questions than asked: the quiz shrinks and says so
    const small = await h.quiz.command('3.3 20', ctx(), 'ko');
    expect(small.title).toBe('문제 1/6');
    expect(small.text).toContain('6개뿐입니다');
  });

  it("a word naming a chapter ('컨테이너', 'containers') quizzes the whole chapter, whatever the search's best passage", async () => {
    const h = harness({ deps: { resolveTopic: () => ['4.4', '1.2'] } });
    for (const word of ['containers', '컨테이너', 'Container']) {
      const r = await h.quiz.command(`${word} 20`, ctx(), 'ko');
      expect(r.text.split('\n')[0]).toBe('§4 컨테이너 서비스 · 20문제');
    }
    // an exact section title wins too
    expect((await h.quiz.command('Docker란?', ctx(), 'ko')).text.split('\n')[0]).toBe('§4.2 Docker란? · 5문제');
    // generic head words ('Amazon EC2', 'AWS Lambda') do not name a chapter; other words go by the resolver
    expect((await h.quiz.command('amazon', ctx(), 'ko')).text.split('\n')[0]).toContain('§4.4 Amazon ECS');
    expect((await h.quiz.command('오케스트레이션', ctx(), 'ko')).text.split('\n')[0]).toContain('§4.4 Amazon ECS');
  });

  it('a word whose best section is thin gathers the next resolved sections', async () => {
    const bank = harness().bank.filter((i) => i.sectionId !== '3.3' || i.id.endsWith('-0'));
    const h = harness({ bank });
    const r = await h.quiz.command('spot 5', ctx(), 'en');
    expect(r.title).toBe('Question 1/5');
    expect(r.text).toContain('§3.3');
    expect(r.text).toContain('§3.1');
  });
});

describe('topics (autocomplete)', () => {
  it('matches ids and titles, only sections with questions, labels with counts, at most 25', async () => {
    const h = harness({ bank: harness().bank.filter((i) => i.sectionId !== '3.4.4') });
    expect(h.quiz.topics('3.4').map((t) => t.value)).toEqual(['3.4', '3.4.1', '3.4.2', '3.4.3']);
    // 3.4 itself (6) + 3.4.1-3.4.3 (6 each); 3.4.4 has none here
    expect(h.quiz.topics('3.4')[0].label).toBe('§3.4 비용 최적화의 4가지 원칙 (24)');
    expect(h.quiz.topics('docker').map((t) => t.value)).toEqual(['4.2']);
    expect(h.quiz.topics('스팟').map((t) => t.value)).toEqual(['3.3', '3.1']); // via the resolver
    expect(h.quiz.topics('').length).toBeLessThanOrEqual(25);
    for (const t of h.quiz.topics('')) expect(t.label.length).toBeLessThanOrEqual(100);
    expect(h.quiz.topics('zzz')).toEqual([]);
  });
});
