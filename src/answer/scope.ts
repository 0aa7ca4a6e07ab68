// Deciding whether a question is inside the module at all, from what it is ABOUT. Two sources:
//   - knowledge/outside.yaml: subjects the module does not teach (other AWS services and
//     features, other clouds, tools and programming, chat) and things it names only in passing;
//   - how much of the question the answering section explains (SearchResult.coverage).
// A module word appearing beside an outside subject ("ECS 서비스에 ALB 붙이는 법") does not make
// the question the module's.
import type { OutsideTopic } from '../content/load.ts';
import { createConceptMatcher } from '../search/concepts.ts';
import { memo } from '../search/cache.ts';
import { isEnglishWord } from '../search/english.ts';
import { MODEL_NAME, type SearchIndex, type SearchResult } from '../search/index.ts';

export interface ScopeDecision {
  inScope: boolean;
  /** 0..1 confidence for the batch CLI's `score`. */
  confidence: number;
}

export interface OutsideLexicon {
  /**
   * The outside subjects a (normalised) question names that the module does not teach ([] when none);
   * `concepts`: the glossary concepts the question names (a neighbour beside one of the module's
   * own services is the module's: "Lambda 트리거로 DynamoDB").
   */
  declined(normalized: string, concepts: string[]): string[];
  /** True for a word the module names only in passing or not at all (it never anchors a topic). */
  unfamiliar(word: string): boolean;
}

export function createOutsideLexicon(topics: OutsideTopic[]): OutsideLexicon {
  // The glossary matcher does the spelling work (spacing, particles, whole Latin words); a term's
  // "concept" is its topic, prefixed with whether it declines.
  const kind = (t: OutsideTopic) => (t.decline === true ? 'decline' : t.decline === 'neighbour' ? 'neighbour' : 'passing');
  const matcher = createConceptMatcher(topics.map((t) => ({ canonical: `${kind(t)}:${t.topic}`, variants: t.terms })));
  const byName = new Map(topics.map((t) => [t.topic, t]));
  return {
    declined(normalized, concepts) {
      const asksHow = HOW_TO_DO.test(normalized);
      const beside = (topic: string) => byName.get(topic)!.unlessWith?.some((c) => concepts.includes(c)) ?? false;
      return matcher
        .match(normalized)
        .concepts.filter((c) => c.startsWith('decline:') || (c.startsWith('neighbour:') && (asksHow || !beside(c.slice(10)))))
        .map((c) => c.slice(c.indexOf(':') + 1));
    },
    unfamiliar: memo((word: string) => matcher.match(word).concepts.length > 0),
  };
}

/** Asking for a procedure ("…여는 법", "어떻게 만들어요", "how to …"): the module teaches none for the services beside it. */
const HOW_TO_DO = /(는\s*법|는\s*방법|하는\s*방법|어떻게\s*(만들|생성|설정|추가|연결|붙이|써|쓰|사용|적용|하나요|해요|해야|하면)|how (to|do i|can i|should i)\b|steps? to\b)/i;

const MIN_SCORE = 3.0;
/** Share of the query's content words the module must know. */
const MIN_COVERAGE = 0.45;
/** A term found in more than this share of passages is too common to anchor a topic. */
const SPECIFIC_DF = 0.12;
/** An ordinary concept in at most this many passages is rare enough to anchor a little... */
const RARE_DF = 2;
/** ...this much (two such make an anchor). */
const RARE_ORDINARY_ANCHOR = 0.3;
/** This many of a question's concepts in its best passage anchor it. */
const TOGETHER_CONCEPTS = 3;
/** Without any module term, a question needs at least this many words the module knows ("오늘 퇴근하고 뭐하지" has one). */
const MIN_KNOWN_WORDS_WITHOUT_TERM = 2;
/** A paraphrase in everyday words ("개발서버 퇴근후에 끄면 몇 퍼 절약됨?"): nearly all of it known, in several words. */
const PARAPHRASE_COVERAGE = 0.75;
const PARAPHRASE_WORDS = 3;
/**
 * Setting something up ("…설치하는 법", "how to configure …"): the module teaches no procedure for
 * a tool it never names, whatever module word stands beside it ("EKS에 karpenter 설치").
 */
const SETUP = /(설치|설정|세팅|구성하|연동|붙이|install|configur|set\s*up|setup|integrat)/i;
/**
 * Asking for steps or a place ("…접속하는 방법", "어디서 봐", "how do I …"): about a product the module
 * never names ("Session Manager로", "Compute Optimizer가"), that is a how-to for that product. (HOW_TO_DO,
 * widened by asking where and in what order.)
 */
const PROCEDURE = new RegExp(`${HOW_TO_DO.source}|방법|어떻게\\s*(해|함|하|돼|되)|순서|어디서|where (do|can|should) i`, 'i');
/** Asking for steps: a procedure, or "step(s)", "단계", "알려줘" beside the setup. */
const STEPS_ASKED = new RegExp(`${PROCEDURE.source}|\\bsteps?\\b|단계|알려`, 'i');
/** Reporting an error or a failure. */
/** Asking what is wrong with a symptom ("times out …, what's wrong?", "왜 안 돼요"). */
const WHAT_WENT_WRONG = /\bwhat'?s\s+wrong\b|\bwhat\s+is\s+wrong\b|\bwhy\s+(does|is|do)\s+(it|this|my)\b|뭐가\s*문제|왜\s*안\s*(돼|되|됨)|원인이?\s*(뭘까|뭐)/i;
/** An HTTP error status ("502 bad gateway", "403 에러", "service unavailable"). */
const HTTP_ERROR = /\b[45]\d\d\b\s*(error|에러|오류|bad\b|gateway|not found|forbidden|unauthorized|time-?out|뜨|떠|나)|bad gateway|gateway time-?out|service unavailable|internal server error/i;
/** An error message quoted ("permission denied 뜸", "connection refused"): a fault to fix, which the module does not teach. */
const ERROR_MESSAGE = /permission denied|access denied|connection (refused|reset|timed out)|\bnot authorized\b|\bunauthorized\b|no such file|command not found|에러\s*(메시지|코드)|오류\s*(메시지|코드)/i;
/** Installing anything step by step ("Apache Mesos 설치하는 방법", "how do I install …"): the module installs nothing (where Docker runs is no how-to). */
const INSTALL_STEPS = /(설치|install)\w*\s*(하는\s*|하려면\s*|할\s*때\s*)?(방법|법|순서|단계|명령|가이드)|how\s+(do|can|to|should)\s+(i\s+|we\s+|you\s+)?install\b|install(ation)?\s+(steps|guide)/i;
/** Making something the module never names ("CloudWatch 알람 만드는 단계"): its setup, not the module's. */
const MAKE = /(만들|만드|생성)/;
/** Asking for a number: a price, a count, a size ("시간당 가격 얼마", "vCPU 몇개", "how much memory"). */
const NUMBER_ASKED = /몇|얼마|how\s+(many|much)|price|가격|요금|spec|사양/i;
/** A passage stating a number with its unit (as the answer to a number would). */
const STATES_NUMBER = /\d[\d,.]*\s*(%|분|초|시간|개|년|gb|mb|달러|원|\$|vcpu|gib)|\$\s*\d/i;

/** Asking a clock time ("몇 시에 해요", "what time does class start"): the module states none, so it is the course's schedule. */
const CLOCK_TIME = /몇\s*시에|\bwhat\s+time\b|\bat\s+what\s+time\b/i;
/** Debugging a fault: "디버깅", "troubleshoot", "keeps restarting", "계속 재시작돼요". */
const DEBUGGING = /디버깅|디버그|트러블\s*슈팅|\bdebug(ging)?\b|\btroubleshoot(ing)?\b|\bkeeps? (restarting|crashing|failing|dying)\b|계속\s*(재시작|죽|꺼지|꺼져|멈|튕|실패|stopped|종료\s*(돼|되|됨)|중지\s*(돼|되|됨))|\bkeeps? (stopping|exiting)\b|exit\s*code|종료\s*코드|\bstuck (in|at|on)\b|\bhang(s|ing)?\b|먹통|멈춰\s*(있|버|서)|crash\s*loop|\b(oom|out of memory)\b/i;
const TROUBLE = /(에러|오류|실패|error|exception|denied|refused|fails?|failed|failure|tim(ing|es|ed)\s*out|(되는데|돼서|되는데요)\s*(왜|어떻게)|can'?t (ssh|connect|log ?in)|cannot (ssh|connect)|접속이?\s*안|떠요|뜨는데|뜨네|떴는데|떴어|안\s*돼요|안\s*되는데|분실|잃어버|\blost\b|locked out|get back in)/i;
/** A word that is not English (crontab, chmod), nor English words hyphenated ("cost-to-performance"). */
const isForeignWord = (w: string) => !w.split('-').every((part) => part.length < 4 || isEnglishWord(part));

/**
 * Asking for code to be written ("…stop하는 bash 스크립트 좀 만들어줘", "write me a boto3 script"): the
 * module teaches no code, whatever module word the code would touch.
 */
const CODE_ASKED = /(스크립트|코드|yaml|json)\s*(좀\s*)?(만들어|짜\s*줘|짜줘|짜\s*주|작성해|작성\s*좀|써\s*줘|예시|예제|샘플)|\bwrite\s+(me\s+)?(a|an|the|some)?\s*(\w+\s+){0,2}(script|code|function|program|snippet|template|handler|policy|policies|yaml|manifest)\b|\b(handler|script)\s+code\b|\bcode\s+(that|which)\s+\w+/i;
/** Asking for a command to type. */
const COMMAND_ASKED = /명령어|커맨드|\bcommands?\b/i;
/** The tools whose commands the module does speak of (aws ec2 run-instances, the EB CLI, Docker's). */
const AWS_TOOL = /\b(aws|cli|eb|sdk|docker)\b|콘솔|console|빈스톡|beanstalk|도커/i;
/** Asking what something is or means. */
const DEFINITION_ASKED = /(뭐야|뭐임|머임|뭔데|뭔가요|뭐예요|뭐에요|이란|란\s*[?？]?$|의미|뜻|what\s+(is|are|does)|what's|\bmeans?\b|stands? for|define)/i;
/** The glossary concept of prices: a price question needs a passage that prices its subject. */
export const PRICE_CONCEPT = '요금';
/** Words that ask for a price (the 요금 concept also covers "얼마", which asks how much of anything; "시간당 얼마 나옴" asks a price). */
const PRICE_WORDS = /요금|가격|비용|과금|price|pricing|cost|billing|\bfee|(시간당|한\s*달|월|하루)\s*(에\s*)?얼마|얼마\s*(나와|나옴|나오|들어|드나|내야|예요|에요|임|일까|인가)/i;

/**
 * In scope when the best section scores well, most of the question is words the answering section
 * explains (SearchResult.coverage), no unknown product name is the subject, the question has at
 * least one anchor (a module term, or a word few passages use), and a price question's subject
 * is priced somewhere in the module.
 */
export function decideScope(result: SearchResult, index: SearchIndex, question: string): ScopeDecision {
  const top = result.hits[0];
  if (!top) return { inScope: false, confidence: 0 };
  const confidence = 1 - Math.exp(-top.score / 8);
  if (top.score < MIN_SCORE) return { inScope: false, confidence };
  const limit = Math.max(3, SPECIFIC_DF * index.docCount);
  let anchors = 0;
  let bigramHits = 0;
  let bigrams = 0;
  for (const t of result.query.terms.keys()) {
    const df = index.df(t);
    if (t.startsWith('b:')) {
      bigrams++;
      if (df > 0) bigramHits++;
      continue;
    }
    // Ordinary words (glossary-*.yaml) help find the passage; only a rare one ("퇴근", in one
    // example of the module) anchors a little.
    if (t.startsWith('c:') && !index.matcher.isModuleTerm(t.slice(2))) {
      if (df > 0 && df <= RARE_DF) anchors += RARE_ORDINARY_ANCHOR;
      continue;
    }
    if (df > 0 && df <= limit) anchors += t.startsWith('c:') ? 1 : 0.6;
    else if (df > 0 && t.startsWith('c:')) anchors += 0.35;
  }
  // A paraphrase in everyday words that one passage says nearly word for word ("handle peaks w/o
  // paying for max capacity": 프로덕션 … 최대 용량): several of its concepts together anchor it.
  const topPassage = top.passages[0]?.passage;
  const together = topPassage ? result.query.concepts.filter((c) => index.termsOf(topPassage).has('c:' + c)).length : 0;
  if (together >= TOGETHER_CONCEPTS) anchors += 0.6;
  // Most of what was asked must be the module's vocabulary: "축구 경기 결과" shares one word
  // (결과) with the notes, which is not a question about them.
  const bigramCoverage = bigrams ? bigramHits / bigrams : 0;
  const mostlyKnown = result.coverage >= MIN_COVERAGE;
  const subjects = result.query.concepts.filter((c) => index.matcher.isModuleTerm(c));
  const moduleTerms = subjects.length;
  // An unknown product name with none of the module's terms is a question about that product.
  // A model-like name (t3.micro, gp2) or a rare name (Blox) the module itself uses is a subject on its own.
  // (So is a percentage it states: "65% 그거 뭐였지".)
  const namesModelTheModuleUses = result.query.words.some(
    (w) => (/^[a-z][a-z0-9.-]+$/.test(w) || /^\d[\d~.]*%$/.test(w)) && index.df('w:' + w) > 0 && (/\d/.test(w) || index.df('w:' + w) <= RARE_DF),
  );
  const aboutSomethingElse =
    (result.unknownNames.length > 0 && moduleTerms === 0) ||
    (CLOCK_TIME.test(question) && moduleTerms === 0) ||
    (moduleTerms === 0 && result.knownWords < MIN_KNOWN_WORDS_WITHOUT_TERM && !namesModelTheModuleUses);
  // Steps for something the module never names: an English word or a product name beside a setup
  // verb, a name or a non-English word beside any how-to ("crontab으로 … 돌리는 법"), or an unknown
  // Korean word as the setup's object ("웜풀 설정").
  const setsUpUnknown =
    // (An everyday English word beside a setup verb only when steps are asked: "after setup most of
    // that capacity sits unused" asks no steps.)
    (SETUP.test(question) &&
      (result.unknownLatin.some(isForeignWord) || result.unknownNames.length > 0 || (result.unknownLatin.length > 0 && STEPS_ASKED.test(question)))) ||
    (PROCEDURE.test(question) && (result.unknownNames.length > 0 || result.unknownLatin.some(isForeignWord))) ||
    result.unknownHangul.some((w) => objectOf(w, SETUP, question)) ||
    // "Permission denied (publickey) 떠요": fixing an error the module never names is troubleshooting, which it does not teach.
    (TROUBLE.test(question) && (result.unknownNames.length > 0 || result.unknownLatin.length > 0 || PROCEDURE.test(question) || WHAT_WENT_WRONG.test(question))) ||
    // "nginx 502 bad gateway 원인": an HTTP error is a fault to debug, whatever known word stands beside it;
    // so is debugging or a service that keeps failing ("태스크를 계속 재시작해요").
    HTTP_ERROR.test(question) ||
    ERROR_MESSAGE.test(question) ||
    INSTALL_STEPS.test(question) ||
    (STEPS_ASKED.test(question) && result.unknownHangul.some((w) => objectOf(w, MAKE, question))) ||
    DEBUGGING.test(question);
  // "chmod 755 의미가 뭐야": a definition asked of a name the module never uses (no English word, no
  // typo of a module word) is a definition of something else, whatever module word stands beside it.
  const definesUnknown = DEFINITION_ASKED.test(question) && result.unknownLatin.some(isForeignWord);
  // "… 찾는 명령어 뭐였지": the module speaks of AWS's tools and Docker's commands, no OS or other tools' commands.
  const asksOtherCommand = (COMMAND_ASKED.test(question) && !AWS_TOOL.test(question)) || CODE_ASKED.test(question);
  // "EC2 p4d 시간당 가격", "io2 최대 IOPS": a model the module never names is a question about that
  // model, whatever module word stands beside it.
  const namesOtherModel = result.unknownModels.length > 0 || asksNumberOfExample(result, index, question);
  const inScope =
    !namesOtherModel &&
    !definesUnknown &&
    !asksOtherCommand &&
    mostlyKnown &&
    !aboutSomethingElse &&
    !setsUpUnknown &&
    (!PRICE_WORDS.test(question) || pricedSomewhere(subjects, index)) &&
    (anchors >= 0.6 || moduleTerms > 0 || (result.coverage >= PARAPHRASE_COVERAGE && result.knownWords >= PARAPHRASE_WORDS) || (bigrams >= 3 && bigramCoverage >= 0.75 && top.score >= 2 * MIN_SCORE));
  return { inScope, confidence: inScope ? confidence : Math.min(confidence, 0.3) };
}

/** Words by which a passage states a price or a charge. */
const PRICED_TEXT = /요금|가격|비용|결제|과금|청구|무료|할인|지불/;
const pricedPassages = new WeakMap<SearchIndex, number[]>();

/** "EKS 컨트롤 플레인 요금", "Lightsail 가격표": the module prices none of these, so it cannot answer. */
function pricedSomewhere(subjects: string[], index: SearchIndex): boolean {
  const priced = subjects.filter((c) => c !== PRICE_CONCEPT);
  if (!priced.length) return true;
  let list = pricedPassages.get(index);
  // Overview sections name every topic at once ("요금 모델 … EKS"), which prices nothing.
  if (!list) pricedPassages.set(index, (list = index.passages.flatMap((p, i) => (PRICED_TEXT.test(p.text) && !index.sections.get(p.sectionId)!.overview ? [i] : []))));
  return priced.some((c) => list.some((i) => index.passageTerms[i].has('c:' + c)));
}

/** The unknown Korean word `w` is the object of `verb` in the question ("웜풀 설정", "알람 만드는"). */
const objectOf = (w: string, verb: RegExp, question: string) => new RegExp(`${w}(을|를)?\\s*${verb.source}`).test(question);

/**
 * "t3.micro vCPU 몇개", "t3.micro 시간당 가격": a number asked of a model the module names only as an
 * example (no passage naming it states a number), which it therefore cannot answer.
 */
function asksNumberOfExample(result: SearchResult, index: SearchIndex, question: string): boolean {
  if (!NUMBER_ASKED.test(question)) return false;
  // (A model with its size, "t3.micro": a family alone, "t3", names no machine to count.)
  const models = result.query.words.filter((w) => MODEL_NAME.test(w) && w.includes('.') && index.df('w:' + w) > 0);
  return models.length > 0 && models.every((m) => !index.passages.some((p) => index.termsOf(p).has('w:' + m) && STATES_NUMBER.test(p.text)));
}
