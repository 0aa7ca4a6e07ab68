// Text helpers shared by the extractors: normalising, number words, and a regex test.

export const NUM_WORDS: Record<string, number> = {
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 열한: 11, 열두: 12,
  // Sino-Korean, used before 년/개월 (일 년, 삼 년, 육 개월, 삼십육 개월).
  일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 십이: 12, 십팔: 18, 이십사: 24, 삼십육: 36,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, a: 1, an: 1, couple: 2, 'a couple of': 2, few: 3, 'a few': 3, several: 4,
  once: 1, twice: 2, thrice: 3,
};

export function num(s: string): number {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return NUM_WORDS[t] ?? NaN;
}

export const KO_NUM = '(\\d+(?:\\.\\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)';
/** Native-Korean counts for hours and times (두 시간, 열두 시간, 세 번). */
export const KO_CNT = '(\\d{1,2}(?:\\.\\d+)?|열한|열두|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)';
/** Sino-Korean counts only before 년/개월 (일 년, 삼 년, 육 개월, 삼십육 개월). */
export const KO_SINO = '(삼십육|이십사|십이|십팔|일|이|삼|사|오|육)';
export const EN_NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|an?|several)';

/** Lower-cased, width-normalised, single-spaced; typos we see often are folded in. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/interr?upp?t/g, 'interrupt')
    .replace(/intterupt/g, 'interrupt')
    .replace(/predicatble|predictible|preditable/g, 'predictable')
    .replace(/tollerat/g, 'tolerat')
    .trim();
}

export const any = (s: string, ...res: RegExp[]) => res.some((r) => r.test(s));
