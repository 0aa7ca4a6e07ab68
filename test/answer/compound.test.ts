import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/answer/compound.ts';

// Subjects by spelling, so that the split itself is what is tested.
const TERMS = ['RI', 'spot', 'EC2', 'elastic', 'task def', 'ecs', '스팟', '온디맨드', 'ECS'];
const subjects = (text: string) => TERMS.filter((t) => text.includes(t));

describe('splitCompound', () => {
  it('splits after a first ask joined to a second question', () => {
    expect(splitCompound('RI 기간이랑 spot 경고 시간 둘 다 알려줘', subjects)).toEqual(['RI 기간', 'spot 경고 시간 알려줘']);
    expect(splitCompound('EC2 약자 뜻이랑 elastic이 무슨 의미인지', subjects)).toEqual(['EC2 약자 뜻', 'elastic이 무슨 의미인지']);
    expect(splitCompound('task def max containers and how fast can ecs launch containers?', subjects)).toEqual([
      'task def max containers',
      'how fast can ecs launch containers?',
    ]);
  });

  it('keeps one question: terms joined without an ask of their own, the same term twice, a half with no term', () => {
    expect(splitCompound('EC2랑 ECS 장점', subjects)).toBeUndefined();
    expect(splitCompound('EC2 뜻이랑 EC2 의미', subjects)).toBeUndefined();
    expect(splitCompound('스팟 장점이랑 뭐가 좋은지', subjects)).toBeUndefined();
    expect(splitCompound('스팟은 언제 써? 온디맨드 얘기 나오던데', subjects)).toBeUndefined();
  });

  it('splits two sentences that both ask, and one ask said of each of two terms', () => {
    expect(splitCompound('RI 기간은 몇 년? spot 경고는 몇 분 전?', subjects)).toEqual(['RI 기간은 몇 년?', 'spot 경고는 몇 분 전?']);
    expect(splitCompound('스팟 뜻이랑 온디맨드 뜻 각각 알려줘', subjects)).toEqual(['스팟 뜻', '온디맨드 뜻 알려줘']);
    expect(splitCompound('스팟이랑 온디맨드 뜻 각각 알려줘', subjects)).toEqual(['스팟 뜻 알려줘', '온디맨드 뜻 알려줘']);
    // Three terms with one "각각" are one list.
    expect(splitCompound('EC2, ECS, spot 뜻 각각', subjects)).toBeUndefined();
  });

  it('makes "한줄씩" (a line each) one line for each of the two', () => {
    expect(splitCompound('스팟이랑 온디맨드 각각 한줄씩 설명', subjects)).toEqual(['스팟 한줄로 설명', '온디맨드 한줄로 설명']);
  });
});
