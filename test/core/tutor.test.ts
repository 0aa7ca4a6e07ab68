// The facade as every adapter sees it: replies, buttons and what they do.
import { describe, expect, it } from 'vitest';
import { createTutor } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Context } from '../../src/reply.ts';

const ctx = (over: Partial<Context> = {}): Context => ({ platform: 'slack', scope: 'T1', channel: 'C1', user: 'U1', ...over });

describe('tutor facade', () => {
  it('answers with a citation label, related sections and buttons whose ids it understands', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    const reply = await tutor.ask('스팟 인스턴스는 언제 써?', ctx());
    expect(reply.kind).toBe('answer');
    expect(reply.citation?.label).toBe('§3.3 Amazon EC2 요금 모델: 사용 사례');
    expect(reply.related!.length).toBeLessThanOrEqual(3);
    const ids = reply.actions!.map((a) => a.id);
    expect(ids).toContain('section:3.3');
    const whole = await tutor.act('section:3.3', ctx());
    expect(whole.reply?.kind).toBe('section');
    expect(whole.reply?.text).toContain('2분');
    const related = reply.actions!.find((a) => a.group === 'related');
    if (related) expect((await tutor.act(related.id, ctx())).reply?.citation?.sectionId).toBe(related.id.split(':')[1]);
    await tutor.close();
  });

  it('shares an answer publicly through its share button', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    const reply = await tutor.ask('도커가 뭐야', ctx());
    const share = reply.actions!.find((a) => a.group === 'share')!;
    const shared = await tutor.act(share.id, ctx());
    expect(shared.reply?.visibility).toBe('public');
    expect(shared.reply?.text).toBe(reply.text);
    expect(shared.reply?.actions?.some((a) => a.group === 'feedback' || a.group === 'share')).toBe(false);
    await tutor.close();
  });

  it('records thumbs up/down against the answer', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    const reply = await tutor.ask('ECS 클러스터 옵션', ctx());
    const down = reply.actions!.find((a) => a.id.startsWith('feedback:down:'))!;
    const r = await tutor.act(down.id, ctx());
    expect(r.reply?.visibility).toBe('private');
    expect(r.reply?.text).toMatch(/기록/);
    await tutor.close();
  });

  it('answers an unknown or stale button with a clear private message', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    for (const id of ['nonsense', 'share:does-not-exist', 'feedback:sideways:x', 'section:9.9']) {
      const r = await tutor.act(id, ctx());
      expect(r.reply?.visibility, id).toBe('private');
      expect(r.reply?.kind, id).toBe('error');
    }
    await tutor.close();
  });

  it('slows down one user who floods, without affecting others', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:'), rateLimitPerMinute: 3 });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await tutor.ask('EC2가 뭐야', ctx()));
    expect(replies.slice(0, 3).every((r) => r.kind === 'answer')).toBe(true);
    expect(replies[3].kind).toBe('notice');
    expect(replies[3].visibility).toBe('private');
    expect((await tutor.ask('EC2가 뭐야', ctx({ user: 'U2' }))).kind).toBe('answer');
    // Every entry point a platform calls counts against the same limit.
    expect((await tutor.advise('3년 동안 24시간 도는 DB', ctx())).kind).toBe('notice');
    expect((await tutor.quiz.start({ topic: '3.3' }, ctx())).kind).toBe('notice');
    expect((await tutor.command('quiz', '', ctx())).kind).toBe('notice');
    // The console is one person at a keyboard: never limited.
    for (let i = 0; i < 5; i++) expect((await tutor.ask('EC2가 뭐야', ctx({ platform: 'console' }))).kind).toBe('answer');
    await tutor.close();
  });

  it('answers a huge message at once with a request to shorten it, on every entry point', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    for (const huge of ['1'.repeat(100_000), '3년 동안 24시간 도는 DB '.repeat(5_000)]) {
      expect((await tutor.advise(huge, ctx({ user: 'big' }))).text).toMatch(/너무 깁니다|too long/);
      expect((await tutor.handle(huge, ctx({ user: 'big2' }))).text).toMatch(/너무 깁니다|too long/);
      expect((await tutor.ask(huge, ctx({ user: 'big3' }))).text).toMatch(/너무 깁니다|too long/);
    }
    await tutor.close();
  });

  it('answers in the language of the question', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    expect((await tutor.ask('What is the weather today?', ctx())).text).toMatch(/isn't covered/);
    expect((await tutor.ask('hello', ctx())).kind).toBe('help');
    expect((await tutor.command('help', '', ctx())).text).toMatch(/\/quiz/);
    await tutor.close();
  });
});

describe('feedback report', () => {
  it('shows instructors what was voted down and what could not be answered', async () => {
    const store = openSqliteStore(':memory:');
    const tutor = createTutor({ store });
    const good = await tutor.ask('도커가 뭐야', ctx());
    await tutor.act(good.actions!.find((a) => a.id.startsWith('feedback:down:'))!.id, ctx());
    await tutor.act(good.actions!.find((a) => a.id.startsWith('feedback:down:'))!.id, ctx({ user: 'U2' }));
    await tutor.ask('오늘 날씨 어때?', ctx());
    await tutor.ask('오늘 날씨 어때?', ctx({ user: 'U3' }));
    const report = await store.feedbackReport();
    expect(report.disliked).toEqual([{ question: '도커가 뭐야', sectionId: '4.2', down: 2, up: 0 }]);
    expect(report.unanswered[0]).toMatchObject({ question: '오늘 날씨 어때?', times: 2 });
    expect((await store.feedbackReport({ scope: 'other' })).unanswered).toEqual([]);
    await tutor.close();
  });
});
