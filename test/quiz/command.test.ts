import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseQuizCommand } from '../../src/quiz/command.ts';
import { parseQuizAction, answerId, nextId, closeId, stopId, newSessionId } from '../../src/quiz/ids.ts';
import { SECTIONS } from './helpers.ts';

const ids = new Set(SECTIONS.map((s) => s.id));
const parse = (s: string) => parseQuizCommand(s, (id) => ids.has(id));

describe('/quiz text', () => {
  it.each([
    ['', { kind: 'start', mode: 'solo' }],
    ['3.3', { kind: 'start', mode: 'solo', topic: '3.3' }],
    ['스팟', { kind: 'start', mode: 'solo', topic: '스팟' }],
    ['containers', { kind: 'start', mode: 'solo', topic: 'containers' }],
    ['spot instances', { kind: 'start', mode: 'solo', topic: 'spot instances' }],
    ['review', { kind: 'start', mode: 'review' }],
    ['복습', { kind: 'start', mode: 'review' }],
    ['복습 4', { kind: 'start', mode: 'review', topic: '4' }],
    ['channel 3.3 10', { kind: 'start', mode: 'channel', topic: '3.3', count: 10 }],
    ['채널 스팟 3문제', { kind: 'start', mode: 'channel', topic: '스팟', count: 3 }],
    ['10', { kind: 'start', mode: 'solo', count: 10 }],
    ['4', { kind: 'start', mode: 'solo', topic: '4' }],
    ['4 10', { kind: 'start', mode: 'solo', topic: '4', count: 10 }],
    ['5문제', { kind: 'start', mode: 'solo', count: 5 }],
    ['3.4 퀴즈 99', { kind: 'start', mode: 'solo', topic: '3.4', count: 20 }],
    ['0', { kind: 'start', mode: 'solo', count: 1 }],
    ['leaderboard', { kind: 'leaderboard', period: 'all' }],
    ['leaderboard week', { kind: 'leaderboard', period: 'week' }],
    ['순위', { kind: 'leaderboard', period: 'all' }],
    ['리더보드 이번 주', { kind: 'leaderboard', period: 'week' }],
    ['랭킹 주간', { kind: 'leaderboard', period: 'week' }],
    ['stats', { kind: 'stats' }],
    ['통계', { kind: 'stats' }],
    ['내 기록', { kind: 'stats' }],
    ['stop', { kind: 'stop' }],
    ['그만', { kind: 'stop' }],
    ['help', { kind: 'help' }],
    ['도움말', { kind: 'help' }],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('never throws and always yields a count within 1..20', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const c = parse(s);
        if (c.kind === 'start' && c.count !== undefined) expect(c.count >= 1 && c.count <= 20).toBe(true);
      }),
    );
  });
});

describe('quiz action ids', () => {
  it('round-trip and stay well under 100 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 4 }), (i, c) => {
        const s = newSessionId();
        expect(s).toMatch(/^[a-z0-9]{8}$/);
        expect(parseQuizAction(answerId(s, i, c))).toEqual({ kind: 'answer', session: s, index: i, choice: c });
        expect(parseQuizAction(nextId(s, i))).toEqual({ kind: 'next', session: s, index: i });
        expect(parseQuizAction(closeId(s, i))).toEqual({ kind: 'close', session: s, index: i });
        expect(parseQuizAction(stopId(s))).toEqual({ kind: 'stop', session: s });
        expect(closeId(s, i).length).toBeLessThan(40);
      }),
    );
    expect(parseQuizAction('quiz:abcd1234:next')).toEqual({ kind: 'next', session: 'abcd1234' });
  });

  it('rejects malformed ids', () => {
    for (const bad of ['quiz', 'quiz:', 'quiz:ab:0:1', 'quiz:ABCDEFGH:0:1', 'quiz:abcd1234:x:1', 'quiz:abcd1234:0', 'quiz:abcd1234:0:1:2', 'quiz:abcd1234:close', 'section:abcd1234:0:1', 'quiz:abcd1234:-1:0']) {
      expect(parseQuizAction(bad), bad).toBeUndefined();
    }
  });
});
