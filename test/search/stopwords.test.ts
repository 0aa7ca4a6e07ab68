import { describe, expect, it } from 'vitest';
import { isStopword } from '../../src/search/stopwords.ts';

describe('stopwords', () => {
  it('takes "is it fine" however it ends for how a question asks, not what about', () => {
    for (const w of ['괜찮음', '괜찮을까요', '괜찮나', '괜찮아']) expect(isStopword(w), w).toBe(true);
    for (const w of ['컨테이너', '스팟', '배치']) expect(isStopword(w), w).toBe(false);
  });

  it('takes "애임", "얘야" (chat for "this thing") for how a question asks', () => {
    for (const w of ['애임', '애야', '얘는']) expect(isStopword(w), w).toBe(true);
  });

  it('takes 안 (not) glued to a stopword for one, and "되지" for how a check is asked', () => {
    for (const w of ['안되지', '되지', '안써도']) expect(isStopword(w), w).toBe(true);
    expect(isStopword('안정')).toBe(false);
  });
});
