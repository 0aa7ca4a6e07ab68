import { describe, expect, it } from 'vitest';
import { cleanInput, hangulBigrams, normalize, stripKoreanEnding, words } from '../../src/search/normalize.ts';

describe('normalize', () => {
  it('cuts particles and endings but keeps short words whole', () => {
    expect(stripKoreanEnding('인스턴스는')).toBe('인스턴스');
    expect(stripKoreanEnding('컨테이너를')).toBe('컨테이너');
    expect(stripKoreanEnding('스팟이야')).toBe('스팟');
    expect(stripKoreanEnding('시작돼')).toBe('시작');
    expect(stripKoreanEnding('중단되면')).toBe('중단');
    expect(stripKoreanEnding('도커')).toBe('도커');
    expect(stripKoreanEnding('이해')).toBe('이해');
    // 엔, 에는: "시간엔" is 시간에는.
    expect(stripKoreanEnding('시간엔')).toBe('시간');
    expect(stripKoreanEnding('주말에는')).toBe('주말');
  });

  it('splits words strung together with hyphens, but keeps two-part words and names with digits whole', () => {
    expect(normalize('bid-for-spare-capacity pay-as-you-go')).toBe('bid for spare capacity pay as you go');
    expect(normalize('short-term us-east-1')).toBe('short-term us-east-1');
  });

  it('splits English terms glued to Korean particles', () => {
    expect(words(normalize('EC2가 뭐야'))).toContain('ec2');
    expect(words(normalize('ECS의 기본 기능'))).toContain('ecs');
  });

  it('gives the same bigrams with or without spaces', () => {
    expect(new Set(hangulBigrams('스팟 인스턴스'))).toEqual(new Set(hangulBigrams('스팟인스턴스')));
  });

  it('strips Slack and Discord markup, emoji and control characters', () => {
    expect(cleanInput('<@U123ABC> *스팟* 인스턴스 <#C1|general> 🚀\u0007')).toBe('스팟 인스턴스');
    expect(cleanInput('<https://aws.amazon.com|AWS> 요금')).toBe('AWS 요금');
    expect(cleanInput('<:party:12345> hi')).toBe('hi');
  });

  it('drops "like I\'m 5" and its kin, whose number is no quantity asked', () => {
    expect(cleanInput("explain containers like i'm 5")).toBe('explain containers');
    expect(cleanInput('ELI5 spot instances')).toBe('spot instances');
    expect(cleanInput('5살한테 설명하듯 람다')).toBe('설명하듯 람다');
    expect(cleanInput('5 instances like that')).toBe('5 instances like that');
  });

  it('drops bare jamo (ㅋㅋ, ㄱㄱ) but keeps syllables', () => {
    expect(normalize('뭐임ㅋㅋ 요약ㄱㄱ')).toBe('뭐임 요약');
  });

  it('drops a mention typed as plain text but keeps an e-mail address', () => {
    expect(cleanInput('@tutor 스팟 인스턴스')).toBe('스팟 인스턴스');
    expect(cleanInput('질문 @튜터봇 도커')).toBe('질문 도커');
    expect(cleanInput('mail me at kim@example.com')).toBe('mail me at kim@example.com');
  });
});
