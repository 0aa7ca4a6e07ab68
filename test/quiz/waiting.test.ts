// The unfinished quiz lives in the store: after a restart (a new service on the same file) it is
// offered again, and typed text presses its buttons.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { choiceIds, ctx, harness, itemOf, makeBank } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'quiz-waiting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the waiting quiz', () => {
  it('survives a restart: a bare /quiz offers the same question again instead of a new quiz', async () => {
    const file = join(dir, 'restart.db');
    const bank = makeBank();
    const before = harness({ file, bank });
    const first = await before.quiz.command('', ctx(), 'ko');
    const afterFirst = (await before.quiz.act(choiceIds(first)[0], ctx(), 'ko'))!.replace!;
    const waitingPrompt = itemOf(bank, afterFirst.text).prompt;
    await before.store.close();

    const after = harness({ file, bank });
    const offered = (await after.quiz.resume(ctx()))!;
    expect(offered.text).toContain('끝나지 않은 퀴즈');
    expect(offered.text).toContain(waitingPrompt);
    expect(offered.title).toMatch(/2\/5/);
    const again = await after.quiz.command('', ctx(), 'ko');
    expect(again.text).toContain(waitingPrompt);
    expect(choiceIds(again)).toEqual(choiceIds(offered));
    // Someone else, or a channel, has nothing waiting.
    expect(await after.quiz.resume(ctx('U2'))).toBeUndefined();
    await after.store.close();
  });

  it('a number, a choice text or its numbered label answers; a stop word stops; other text is left alone', async () => {
    const h = harness();
    const q1 = await h.quiz.command('', ctx(), 'ko');
    const item1 = itemOf(h.bank, q1.text);
    expect(await h.quiz.typed('EC2가 뭐야?', ctx(), 'ko')).toBeUndefined();
    expect(await h.quiz.typed('9', ctx(), 'ko')).toBeUndefined(); // not a choice: left to the caller

    const r1 = (await h.quiz.typed(String(item1.answer + 1), ctx(), 'ko'))!;
    expect(r1.text).toMatch(/^✅/);
    const item2 = itemOf(h.bank, r1.text);
    const r2 = (await h.quiz.typed(`  ${item2.choices[item2.answer]} `, ctx(), 'ko'))!;
    expect(r2.text).toMatch(/^✅/);
    const item3 = itemOf(h.bank, r2.text);
    const wrong = (item3.answer + 1) % item3.choices.length;
    const r3 = (await h.quiz.typed(`${wrong + 1}. ${item3.choices[wrong]}`, ctx(), 'ko'))!;
    expect(r3.text).toMatch(/^❌/);

    const summary = (await h.quiz.typed('그만하기', ctx(), 'ko'))!;
    expect(summary.kind).toBe('quiz-summary');
    expect(summary.text).toMatch(/2\/5/);
    expect(await h.quiz.typed('1', ctx(), 'ko')).toBeUndefined(); // nothing waits any more
    expect(await h.quiz.resume(ctx())).toBeUndefined();
  });

  it('asking for a topic or a count starts a new quiz even while one waits', async () => {
    const h = harness();
    const old = await h.quiz.command('', ctx(), 'ko');
    const fresh = await h.quiz.command('3.3 3', ctx(), 'ko');
    expect(fresh.text).not.toContain('끝나지 않은');
    expect(choiceIds(fresh)[0]).not.toEqual(choiceIds(old)[0]);
  });
});

describe('the summary of a quiz stopped early', () => {
  it('does not say "all correct" when questions were left unanswered', async () => {
    const h = harness();
    const q = await h.quiz.command('', ctx(), 'ko');
    const item = itemOf(h.bank, q.text);
    expect((await h.quiz.typed(String(item.answer + 1), ctx(), 'ko'))!.text).toMatch(/^✅/);
    const summary = (await h.quiz.typed('stop', ctx(), 'ko'))!;
    expect(summary.text).toMatch(/4문제는 답하지 않았습니다/);
    expect(summary.text).not.toMatch(/모두 맞혔어요/);
  });
});
