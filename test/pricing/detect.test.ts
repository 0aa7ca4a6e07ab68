import { describe, expect, it } from 'vitest';
import { looksLikeWorkload } from '../../src/pricing/index.ts';

describe('looksLikeWorkload', () => {
  it.each([
    '3년 동안 24시간 도는 DB',
    'a crawler that can be interrupted',
    'Windows licences per socket',
    '매일 밤 배치 돌리는 서버 1년',
    '우리 API 서버는 트래픽이 예측 불가함',
    'We need a dev/test box for two weeks',
    '웹 서버 하나 띄우려는데 어떤 요금 모델이 좋을까요?',
    'Steady production API running all year, predictable load',
    '규제 때문에 다른 고객과 물리 서버를 공유하면 안 됨',
    '서버 하나 필요해',
    'stateless workers processing images from a queue, interruptions are ok',
  ])('workload: %s', (q) => {
    expect(looksLikeWorkload(q)).toBe(true);
  });
  it.each([
    '스팟 인스턴스가 뭐야?',
    'What is a Spot Instance?',
    '예약 인스턴스 기간은?',
    '예약 인스턴스는 몇 년 약정이야?',
    '온디맨드와 예약 인스턴스 차이',
    '전용 호스트란?',
    'Explain dedicated instances',
    '스팟 인스턴스는 중단될 수 있나요?',
    'Can Spot Instances be interrupted?',
    'How much cheaper is a reserved instance for 3 years?',
    'which pricing model comes with the free tier',
    '프리 티어 적용되는 요금 모델 뭐야',
    'EBS st1과 gp2 차이',
    'Docker란?',
    'hello',
    '',
  ])('concept or other: %s', (q) => {
    expect(looksLikeWorkload(q)).toBe(false);
  });
});
