import type { Lang } from './reply.ts';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;
const LATIN = /[A-Za-z]/g;

/**
 * The language the bot should answer in. Any Hangul makes it Korean unless the text is
 * overwhelmingly English (a stray 한글 term in an English sentence); no letters at all fall
 * back to the platform locale, then Korean (the module's language).
 */
export function detectLang(text: string, locale?: string): Lang {
  const ko = text.match(HANGUL)?.length ?? 0;
  const en = text.match(LATIN)?.length ?? 0;
  if (ko === 0 && en === 0) return locale && !locale.toLowerCase().startsWith('ko') ? 'en' : 'ko';
  if (ko === 0) return 'en';
  // A Korean particle or ending on an English term ("Amazon EC2란?", "Lambda는") is Korean grammar.
  if (/[A-Za-z0-9][가-힣]/.test(text)) return 'ko';
  // Hangul syllables carry about three Latin letters' worth of text each.
  return en > ko * 6 ? 'en' : 'ko';
}

/** Picks the phrase for the language. */
export function t(lang: Lang, ko: string, en: string): string {
  return lang === 'ko' ? ko : en;
}
