// Text normalisation shared by indexing and querying, so both sides agree on what a "word" is:
// platform markup and noise stripped, Korean particles and endings cut, spacing ignored.

/** Longest input the core reads; longer messages get a polite "too long" (see answer/replies.ts). */
export const MAX_INPUT_CHARS = 2000;

/** Removes Slack/Discord markup, markdown emphasis, emoji and control characters. */
export function cleanInput(text: string): string {
  return text
    .slice(0, MAX_INPUT_CHARS * 2)
    .replace(/<[@#!][^>\s]*>/g, ' ') // <@U123>, <#C1|general>, <!here>
    .replace(/(^|\s)@[\p{L}\p{N}_.-]+/gu, ' ') // "@tutor" typed as plain text (a copied or unresolved mention)
    .replace(/<(https?:[^|>\s]+)\|([^>]*)>/g, '$2') // <http://x|label> → label
    .replace(/<(https?:[^>\s]+)>/g, ' ') // bare links
    .replace(/<a?:\w+:\d+>/g, ' ') // Discord custom emoji
    .replace(/[*_~`|>]+/g, ' ')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    // "like I'm 5", "ELI5", "5살한테 설명하듯": how simply to answer, whose number is no quantity asked.
    .replace(ASKED_SIMPLY, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ASKED_SIMPLY = /\b(like|as if|as though)\s+(i'?m|i am|im|you'?re talking to)\s+(5|five|a (kid|child|5[- ]?year[- ]?old|five[- ]year[- ]old))\b|\beli5\b|(5|다섯)\s*살(짜리)?\s*(한테|에게|도|아이한테|애한테)/gi;

/** The last text normalised and its result: a question is normalised by several steps in turn. */
let last = { text: '', normalized: '' };

/** NFKC, lower case, punctuation to spaces; keeps Hangul, Latin, digits, '.', '-' inside words. */
export function normalize(text: string): string {
  if (text === last.text) return last.normalized;
  last = { text, normalized: normalizeText(text) };
  return last.normalized;
}

function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // Bare consonants and vowels are chat noise, not words: ㅋㅋ, ㅎㅎ, ㅠㅠ, ㄱㄱ (NFKC makes them conjoining jamo).
    .replace(/[\u1100-\u11ff\u3131-\u318e]+/g, ' ')
    .replace(/[^\p{L}\p{N}.\-+/%~]+/gu, ' ')
    // "EC2가", "ECS의", "모듈6": split Latin/digits from Hangul so the English term or number stands alone.
    .replace(/([a-z0-9])(?=[\uac00-\ud7a3])|([\uac00-\ud7a3])(?=[a-z0-9])/g, '$1$2 ')
    // "65퍼", "30프로": a percentage said in chat ("몇퍼" stays a question word).
    .replace(/(\d)\s*(퍼센트|프로|퍼)(?![가-힣])/g, '$1%')
    // "500gb" → "500 gb", so the number stands alone as it does in "500기가" (but "ec2", "gp2" stay whole).
    .replace(/(^|\s)(\d+)(?=[a-z])/g, '$1$2 ')
    .replace(/(^|\s)[.\-+/~]+|[.\-+/~]+(?=\s|$)/g, ' ')
    // "pick/manage", "compliance/regulatory": words offered as alternatives are words ("24/7" stays whole).
    .replace(/(?<=[a-z\uac00-\ud7a3])\/(?=[a-z\uac00-\ud7a3])/g, ' ')
    // "bid-for-spare-capacity": words strung together with hyphens are words ("pay-as-you-go" too,
    // whose glossary spelling is normalised the same way); "short-term", "us-east-1" stay whole.
    .replace(/(?<![\p{L}\p{N}-])[a-z]+(?:-[a-z]+){2,}(?![\p{L}\p{N}-])/gu, (m) => m.replace(/-/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const HANGUL = /[\uac00-\ud7a3]/;
export const isHangul = (s: string) => HANGUL.test(s);

// Particles and question endings, longest first. Cut only when a stem of two or more
// syllables remains, so 스팟은 → 스팟 but 이 / 가 inside short words survive.
const ENDINGS = [
  '이었나요', '였나요', '인가요', '인가여', '입니까', '입니다', '이에요', '이예요', '에서는', '으로는', '이라는', '이라고',
  '이랑은', '한테서', '이란게', '이란건', '란게', '란건', '에는', '이야', '이란', '이냐', '이지', '인가', '인지', '이죠', '에서', '에게',
  '으로', '로는', '라는', '라고', '하고', '이랑', '까지', '부터', '보다', '처럼', '이나', '이며', '예요', '에요', '가요',
  '는요', '은요', '이고', '들이', '들은', '들의', '들을', '들', '란', '야', '냐', '은', '는', '이', '가', '을', '를', '의',
  '에', '엔', '도', '만', '와', '과', '로', '랑', '나', '요', '죠', '임', '끼리', '좀',
];
// Verb endings on nouns used as verbs: 시작돼 → 시작, 중단되면 → 중단, 설명해줘 → 설명.
const VERB_ENDINGS = [
  '되었나요', '되나요', '됩니까', '됐나요', '해주세요', '되어있음', '되어있는', '되어', '되어서', '하나요', '합니까', '해줘요', '시키는', '되었', '되는', '되면', '되기', '된다',
  '돼요', '됐어', '되나', '되지', '해줘', '하는', '하면', '하기', '한다', '해요', '해야', '할까', '했어', '하고', '하려면',
  '시켜', '돼', '됨', '된', '되', '했', '함', '해', '한', '할',
];

/** Endings grouped by their last syllable, longest first, so a word checks only its few candidates. */
function byLastSyllable(endings: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of endings) map.set(e.slice(-1), [...(map.get(e.slice(-1)) ?? []), e]);
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}
const VERB_BY_LAST = byLastSyllable(VERB_ENDINGS);
const ENDING_BY_LAST = byLastSyllable(ENDINGS);

function cut(word: string, table: Map<string, string[]>): string {
  for (const e of table.get(word.slice(-1)) ?? []) {
    if (word.length - e.length >= 2 && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}

export function stripKoreanEnding(word: string): string {
  if (!isHangul(word)) return word;
  return cut(cut(word, VERB_BY_LAST), ENDING_BY_LAST);
}

/** English plural/verb endings, lightly: containers → container, runs → run; keeps 'ss', 'us', 'is'. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  // ("IaaS", "PaaS" are no plurals.)
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os|aas)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words of a normalised text with particles/plurals cut. */
export function words(normalized: string): string[] {
  return normalized
    .split(' ')
    .filter(Boolean)
    .map((w) => (isHangul(w) ? stripKoreanEnding(w) : stemEnglish(w)));
}

/** Hangul character bigrams with spacing ignored (스팟 인스턴스 and 스팟인스턴스 give the same set). */
export function hangulBigrams(normalized: string): string[] {
  const out: string[] = [];
  const runs = normalized.replace(/(?<=[\uac00-\ud7a3])\s+(?=[\uac00-\ud7a3])/g, '').match(/[\uac00-\ud7a3]+/g) ?? [];
  for (const r of runs) {
    if (r.length === 1) out.push(r);
    for (let i = 0; i + 1 < r.length; i++) out.push(r.slice(i, i + 2));
  }
  return out;
}

/** Normalized and spacing-free: "원칙3" names what "원칙 3" does. */
export const squashed = (text: string) => normalize(text).replace(/\s+/g, '');

/** Spacing- and punctuation-free form, for matching glossary variants inside Korean text. */
export function compact(normalized: string): string {
  return normalized.replace(/[\s.\-+/]+/g, '');
}
