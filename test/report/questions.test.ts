import { describe, expect, it } from 'vitest';
import { dislikedAnswers, groupQuestions, LOW_CONFIDENCE } from '../../src/report/questions.ts';
import type { QuestionRow } from '../../src/report/source.ts';

let n = 0;
const q = (question: string, over: Partial<QuestionRow> = {}): QuestionRow => ({
  id: `q${++n}`, at: n, platform: 'slack', scope: 'T1', channel: 'C1', user: `U${n}`, userName: null, question,
  answered: false, sectionId: null, score: 0.1, passage: null, up: 0, down: 0, ...over,
});

describe('groupQuestions', () => {
  it('groups wordings that differ in spacing, particles and punctuation, and counts them', () => {
    const rows = [
      q('스팟 인스턴스 가격은?'),
      q('스팟인스턴스 가격'),
      q('스팟 인스턴스의 가격이 얼마야?', { user: 'U1' }),
      q('오늘 점심 뭐 먹지'),
      q('오늘 점심은 뭐 먹지?'),
      q('spot instance price'),
      q('Spot instances price?'),
      q('쿠버네티스 설치 방법'),
      q('<b>쿠버네티스</b> 설치 <img src=x onerror=alert(1)>방법'),
    ];
    const groups = groupQuestions(rows);
    expect(groups.map((g) => [g.text, g.count])).toEqual([
      ['스팟 인스턴스 가격은?', 3],
      ['쿠버네티스 설치 방법', 2], // markup ignored; ties: the latest asked first
      ['spot instance price', 2],
      ['오늘 점심 뭐 먹지', 2],
    ]);
    expect(groups[0].variants.map((v) => v.text)).toEqual(['스팟 인스턴스 가격은?', '스팟인스턴스 가격', '스팟 인스턴스의 가격이 얼마야?']);
  });

  it('lists declined and low-confidence questions only, and says which is which', () => {
    const rows = [
      q('EC2 요금 모델', { answered: true, score: LOW_CONFIDENCE + 0.2 }), // confident: not listed
      q('EC2 요금 모델?', { answered: true, score: LOW_CONFIDENCE - 0.1 }),
      q('EC2 요금 모델은', { answered: false }),
      q('EC2 요금 모델', { answered: false, user: 'U9' }),
    ];
    const [g, ...rest] = groupQuestions(rows);
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ count: 3, declined: 2, lowConfidence: 1, learners: 3, lastAt: rows[3].at });
    // Identical after normalising ("EC2 요금 모델?" and "EC2 요금 모델") is one wording counted twice.
    expect(g.variants).toEqual([{ text: 'EC2 요금 모델?', count: 2 }, { text: 'EC2 요금 모델은', count: 1 }]);
  });
});

describe('dislikedAnswers', () => {
  it('answers with a 👎, most disliked first', () => {
    const rows = [q('a', { down: 1, up: 2 }), q('b', { down: 0, up: 3 }), q('c', { down: 2 }), q('d', { down: 1 })];
    expect(dislikedAnswers(rows).map((r) => r.question)).toEqual(['c', 'd', 'a']);
  });
});
