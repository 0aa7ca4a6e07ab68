import { describe, expect, it } from 'vitest';
import { advisedModel } from '../../src/answer/advised.ts';

describe('advisedModel', () => {
  it('names the pricing model the advisor picks for a workload that asks for one', () => {
    expect(advisedModel('웹서비스 하나를 1년 내내 24시간 돌릴 예정인데 요금 모델 뭐가 나아요?')).toBe('예약 인스턴스');
    expect(advisedModel('빅데이터 배치 처리인데 중간에 끊겨도 다시 돌리면 됨. 최대한 싸게 하고싶음')).toBe('스팟 인스턴스');
    expect(advisedModel('we have a CI runner for short test jobs, load is totally unpredictable. pricing model?')).toBe('온디맨드 인스턴스');
    // Asked as a choice, or "which pricing": the same question.
    expect(advisedModel('라이선스가 소켓 단위로 묶여 있는 소프트웨어 돌려야 하면 뭐 골라?')).toBe('전용 호스트');
    expect(advisedModel('a demo server for just two days of testing, which EC2 pricing fits?')).toBe('온디맨드 인스턴스');
    // A model checked against a workload: the advisor's pick answers, agreeing or not.
    expect(advisedModel("If it's a batch job that can restart, is spot ok?")).toBe('스팟 인스턴스');
    expect(advisedModel('우리 결제 DB 1년 내내 24시간 도는데 스팟으로 해도 됨?')).toBe('예약 인스턴스');
  });

  it('names none for a question about the models themselves, or a workload that asks for no model', () => {
    expect(advisedModel('요금 모델 종류 다 알려줘')).toBeUndefined();
    expect(advisedModel('예약 인스턴스는 몇 년 약정이야?')).toBeUndefined();
    expect(advisedModel('우리 팀 배치 서버가 매일 밤 2시간 돌아')).toBeUndefined();
    expect(advisedModel('스팟 인스턴스 써도 돼?')).toBeUndefined();
  });
});
