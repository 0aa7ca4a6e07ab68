import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/lang.ts';

describe('detectLang', () => {
  it('reads Korean grammar on English terms as Korean, and English sentences with a Korean word as English', () => {
    expect(detectLang('Amazon EC2란?')).toBe('ko');
    expect(detectLang('AWS Lambda는 최대 몇 분?')).toBe('ko');
    expect(detectLang('What is the maximum memory for Lambda functions')).toBe('en');
    expect(detectLang('what is 스팟 instance used for in practice')).toBe('en');
    expect(detectLang('스팟 인스턴스는 언제 써?')).toBe('ko');
  });

  it('falls back to the platform locale when the text has no letters', () => {
    expect(detectLang('3.3', 'en-US')).toBe('en');
    expect(detectLang('3.3', 'ko')).toBe('ko');
    expect(detectLang('42')).toBe('ko');
  });
});
