// Question → AnswerResult: decides whether the module covers the question, picks the section
// and the passage(s) that answer it — by the question's kind (definition, list, number, …) and
// its subject — and the related sections.
import type { Knowledge } from '../content/load.ts';
import type { Passage } from '../content/passages.ts';
import { citationLabel } from '../content/section.ts';
import { detectLang, t } from '../lang.ts';
import type { Lang } from '../reply.ts';
import { analyze } from '../search/analyze.ts';
import { memo } from '../search/cache.ts';
import { buildIndex, type Hit, type SearchResult } from '../search/index.ts';
import { cleanInput, compact, isHangul, MAX_INPUT_CHARS, normalize, squashed, stripKoreanEnding, words } from '../search/normalize.ts';
import { isStopword } from '../search/stopwords.ts';
import { advisedModel } from './advised.ts';
import { buildDefinitionIndex, type Definition } from './definitions.ts';
import { withoutAsides } from './aside.ts';
import { splitCompound } from './compound.ts';
import { isGreetingOrHelp, questionKinds, sectionRef, statesDifference, WH, type QuestionKind } from './intent.ts';
import type { AnswerResult } from './result.ts';
import { createOutsideLexicon, decideScope, PRICE_CONCEPT } from './scope.ts';
import { changeNotes } from './updates.ts';
import { headingGroup, isInlineList, listUnit } from './units.ts';

export interface Answerer {
  answer(question: string): AnswerResult;
  help(lang: Lang): AnswerResult;
  /** Free text or a section id → section ids, best first ([] when nothing fits). */
  resolveTopic(text: string): string[];
  index: ReturnType<typeof buildIndex>;
}

/** The word that says a title is a section's ("… 섹션", "the … part"). */
// ("the 'Cloud' part of Elastic Compute Cloud" is a part of a name, not of the course.)
const SECTION_WORD = /(섹션|파트|단원|챕터|section|chapter|(?<!['’"]\s?)\bpart\b(?!\s+(of|in)\b))/i;

/** Longest answer text for one passage or a few; a list is cut at an item boundary before MAX_LIST_CHARS. */
const MAX_ANSWER_CHARS = 700;
const MAX_LIST_CHARS = 1100;
/** A related section must score at least this share of the best one. */
const RELATED_SHARE = 0.3;
/** Hits (best first) whose passages may answer a definition or number question instead of the top one. */
const NEAR_HITS = 3;
/** With a unit asked ("what %", "몇 GB"), a passage stating that unit is looked for this far down the hits. */
const UNIT_NEAR_HITS = 5;
/** A definition/number passage elsewhere replaces the top section's answer when it scores this share of the top passage. */
const RELOCATE_SHARE = 0.8;
/** A passage stating the time or share asked answers from a close section at this share of the top passage, when the top section states none. */
const MEASURE_ELSEWHERE_SHARE = 0.35;
/** A definition answers only when it scores this share of the section's best passage (else the question asks about something beside the term). */
const DEFINITION_SHARE = 0.5;
/** A hit within this share of the best may answer a number question when it states the asked unit ("몇 분 만에"). */
const UNIT_SWITCH_SHARE = 0.4;
/** A close hit within this share of the best may answer instead, when it speaks of the subject and the best does not. */
const SUBJECT_SWITCH_SHARE = 0.7;
/** A passage about the subject (under its heading, or opening with it) counts this much more. */
const FOCUS_BONUS = 1.3;
/** A passage that names none of the asked terms (another term's use cases under its own heading) counts this share. */
const OFF_SUBJECT_FACTOR = 0.6;
/** A close section within this share of the top one answers a list question when only it has the list. */
const LIST_SWITCH_SHARE = 0.85;
/** A list-shaped passage within this share of the best one answers a list question. */
const LIST_SHARE = 0.4;
/** A passage states a quantity: digits, 몇 분, 수백, 절반. */
const QUANTITY = /(^|[^a-z0-9])\d[\d,.~]*\s*(%|분|초|시간|개|년|개월|달|일|배|건|gb|mb|kb|tb|ms|밀리초)|몇\s*(분|초|시간|개|달|년)|수백|수천|수만|절반|두\s*배/i;
/**
 * What a number question asks for, and how a passage states it ("how long" wants minutes, not megabytes).
 * `measured`: a time or a share can only be answered by a passage stating one; a count or a size
 * may also be answered in words ("4가지 범주", "크기를 조정").
 */
const UNITS = [
  { asked: /how long|how (fast|quickly|quick)|(startup|start-up|boot|spin-?up)\s*time|얼마나\s*(오래|걸|빨리|빠르)|몇\s*(분|초|시간)|시간.*(걸|얼마)|duration|timeout/i, stated: /\d\s*(분|초|시간|ms|밀리초)|몇\s*(분|초)|밀리초/, measured: true },
  { asked: /memory|메모리|용량|storage|스토리지|\bgb\b|\bmb\b/i, stated: /\d\s*(gb|mb|kb|tb)/i },
  { asked: /%|퍼센트|percent|몇\s*퍼|비율|(what|which)\s+(share|portion|fraction|proportion)\b/i, stated: /%/, measured: true },
  { asked: /how many|몇\s*개|몇개|개수|최대 몇/i, stated: /\d\s*개|수백|수천|수만|개의/ },
];
/** A word quoted in a question ('Compute', "태스크", 「정의」). */
const QUOTED = /['"‘’“”「『]([^'"‘’“”「」『』]{1,40})['"‘’“”」』]/;
/** The question asks about a name: what it stands for, its full name. */
const NAME_ASKED = /약자|풀네임|풀\s*네임|풀어서|stand for|stands for|full name|acronym/i;
/** A number question about a limit, and a passage stating one. */
const LIMIT_ASKED = /최대(?!\s*절전)|최소|max|min|limit|제한|how long can|얼마나\s*오래|까지/i;
const LIMIT_STATED = /최대|최소|까지|제한/;
/** A last word saying how the answer is wanted ("… 원칙 요약해주세요", "뭘 하라는 거야"), not what is asked about. */
const ASKED_AS = /^(요약|정리|설명|하라|하자)/;
/** A heading that introduces steps ("크기를 적절하게 조정하는 방법"). */
const HOW_HEADING = /방법|하는 법|how|단계|흐름|동작 방식/i;
/** A passage naming this many other module terms besides the subject is a summary of several, not about the subject. */
const GENERIC_TERMS = 4;
/** ...and counts this share... */
const GENERIC_FACTOR = 0.5;
/** ...unless it carries this many of the question's other concepts... */
const ASKED_BESIDE = 2;
/** ...or a term the module uses in at most this many passages. */
const RARE_TERM_DF = 2;
/** A term in more than this share of passages (EC2) is everywhere: it tells no section from another. */
const COMMON_TERM_SHARE = 0.2;
/** A passage saying what the question's last word names answers when it scores this share of the best. */
const HEAD_SHARE = 0.4;
/** A verb's 는 form before a noun ("처리해 주는 작업", "돌아가는 서버"): it narrows the noun (not "뭐하는 서비스", which asks). */
const ADNOMINAL = /(?<!(뭐|뭘|무엇을|무슨\s*일을?)\s*)(주|하|되|있|없|쓰|리|가|오|내|받|맡)는/;
/** A closing "X하다" verb however it ends ("조합하라는거", "분리해야"): X is what is asked about. */
const DOING = /^([가-힣]{2,})(하|해|할|한|했)[가-힣]*$/;
/**
 * Thin evidence gets a hedged answer and the two closest sections as buttons: a best section that
 * scores low, or a runner-up that scores nearly as well (on the held-out sets such near-ties are
 * wrong about four times as often as the rest).
 */
const WEAK = { score: 9, tie: 0.95 } as const;

/** The glossary concept of the module itself ("이 모듈", "this course"). */
const MODULE_CONCEPT = '모듈';
/** The module named ("모듈 6", "module 6", "이 모듈"). */
const MODULE_NAMED = /(?:이\s*|this\s+)?(모듈|module)(?:\s*6(?![\d.]))?/gi;
/** The module itself asked about: its topics, what it covers. */
const MODULE_ASKED = /(주제|배우|다루|목차|구성|내용|topics?|covers?|learn|about|outline)/i;
/** Asking for a service by what it does: "which service is for that?", "어떤 서비스가 …해?". */
const WHICH_SERVICE = /\b(which|what)('?s|\s+is|\s+was)?\s+(the\s+)?(aws\s+)?(compute\s+)?service\b|(어떤|무슨|뭔)\s*(aws\s*)?(컴퓨팅\s*)?서비스|서비스\s*(는|가|이)?\s*(이름\s*(은|이)?\s*)?(무엇|뭐|뭔|어느)|(용도|역할)의\s*서비스(가|는)?\s*(있나|있어|있을까|있음|있는지|있습니까)/i;
/** Asking by what means something is done ("뭘로 막아", "what do I use to control …"): a named thing answers. */
const BY_WHAT = /(뭘로|뭐로|무엇으로|머로|어떤\s*(걸|것)으로)\s*(막|통제|제어|관리|조절|지정|정해|정하|설정|식별|구분|모니터링|추적|확인)|\bwhat\s+(do|does|can|should)\s+(i|we|you)\s+use\s+to\b|\bwhat\s+(controls|manages|tracks|decides)\b/i;
/** The name of something described is asked ("…해주는거 이름 뭐였지", "what's it called"). */
const NAME_OF_DESCRIBED = /(거|것|곳|건|애|놈|데|도구|기능|서비스)\s*(그거\s*)?(의\s*)?(이름|명칭)(이|은|가)?\s*(뭐|뭔|머|무엇|기억|\?|？|$)|(거|것|곳|애|놈|도구|기능|서비스)\s*(가|이)?\s*(뭐|뭔|머)\s*였|\bwhat('?s|\s+is|\s+was|\s+are)\s+(it|that|this|the\s+[^?]{2,60}?)\s+called\b|\bwhat\s+do\s+you\s+call\b|있었(던|는)\s*(거|것)\s*같은데|(그게|그거|그건)\s*(뭐|뭔|머|무엇)(였|죠|지|야|예요|에요|더라)/i;

/** A passage naming a service and saying what it is ("AWS Outposts: … 지원하는 서비스임"). */
const NAMES_A_SERVICE = /^[^:：]{2,80}[:：][^.]*서비스(임|로|이며|를)/;
/** A passage stating a cost, a limit or a risk: what a drawback question asks for. */
const LIMITATION = /단점|중단|제한|어렵|부담|불가|경고|낭비|유휴|비용이 많이|종속|복잡/;
/** A passage saying who does what: what the user does, or what AWS takes off their hands. */
const STATES_DUTY = /(사용자|AWS)(가|는|에서)[^.]*?(수행|집중|관리|처리|선택|지정|정의|운영|담당)|하기만 하면|할 필요가 없|필요 없|않고도|역할을\s*담당/;
/** What is left to the user ("…을 정의한 후 시작하기만 하면 됨", "사용자는 코드에 집중"). */
const USER_DUTY = [/하기만 하면|만 하면 됨|에 집중/, /사용자(가|는)[^.]*?(수행|선택|지정|정의|직접)/];
/** The end of a condition or of context set before the question ("배치 작업이면", "돌릴 건데", "if it's a batch job,"). */
const CONDITION_END = /(?:[가-힣](?:이면|라면|으면|하면|면|인데|는데|건데)|\bif\b[^,?]*,)\s/g;
/** A passage stating what a charge is based on ("사용한 컴퓨팅 시간에 대한 요금만 지불함", "종량제"). */
const STATES_CHARGE = /(에 대한|에 따라|만큼|기준으로)[^.]*?(요금|비용)[^.]*?(지불|부과됨|청구됨|냄)|(에 대한|에 따라|만큼)\s*(요금|비용)?\s*(만\s*)?(지불|부과됨|청구됨|냄|내는)|요금만 지불|종량제/;
/** The glossary concept of asking why ("이유", "reason"): how it is asked, not what. */
const REASON_CONCEPT = '이유';
/** A causal connective: what follows it is the effect of what comes before. */
const CAUSE = /므로|때문에|덕분에|기 때문|으로 인해|\bbecause\b|\bso that\b|\bthus\b|\btherefore\b/;
/** A heading on what something costs. */
const CHARGE_HEADING = /요금|과금|비용|billing|pricing/i;
/** A passage stating when something happens ("… 초과할 때마다 실행됨"). */
const STATES_OCCASION = /때마다|할 때|될 때|일 때/;
/** A passage stating what something is made of, or what runs on each of its parts. */
const STATES_COMPOSITION = [/구성됨|(으)?로 구성|이루어져/, /각각[^.]*실행|마다[^.]*실행|각 [^.]*에서 실행/];
/** A passage stating a condition or what something needs ("… 지원되고 Docker 데몬이 있는 경우"). */
const STATES_CONDITION = /경우|있어야|지원되|만 있으면|필요(함|하며|하고|하다|합니다)/;
/** Who-does-what passages under one heading given together (Fargate's: AWS runs the cluster, you set CPU and memory, no scaling). */
const DUTY_PARTS = 3;
/** The asker's own part asked ("내가 해야 할 일", "what do I still do"), not who runs it. */
const OWN_PART = /(내가|제가|우리|저희|내\s*몫|뭐만|사용자가|\b(i|we|my|myself|ourselves)\b)/i;
/** Asked for in one line or sentence (not "한줄씩", a line for each). */
const ONE_LINE = /한\s*줄(?!\s*씩)|한\s*마디|한\s*문장|one (line|sentence)|in a (line|sentence)|\btl;?dr\b/i;
/** A passage that only gives an example of the one before it. */
const EXAMPLE = /^(예를 들어|예컨대|for example|e\.g\.)/i;
/**
 * What a kind of question asks for, as the glossary concept the module's text uses for it: "컨테이너
 * 쓰면 뭐가 좋음" asks for 이점 although it says none of that concept's spellings.
 */
const KIND_CONCEPTS: Partial<Record<QuestionKind, string[]>> = { benefit: ['이점'], when: ['사용 사례'] };
/** A yes/no check this short with no topic particle is about the term it says first ("ec2 paas 맞나"). */
const SHORT_CLAIM_WORDS = 4;
/** A heading with at most this many passages gives a why question's reasons together. */
const WHY_GROUP_MAX = 4;
const KIND_TERMS = new Set(Object.values(KIND_CONCEPTS).flat());

interface Choice {
  sectionId: string;
  parts: Passage[];
  maxChars?: number;
  /** Chosen as where the asked term is defined: sure of itself, whatever the ranking's margin. */
  defined?: boolean;
}

type Scored = { passage: Passage; score: number };

export function createAnswerer(knowledge: Knowledge): Answerer {
  const outside = createOutsideLexicon(knowledge.outside);
  const index = buildIndex(knowledge, { unfamiliar: outside.unfamiliar });
  const byId = knowledge.byId;
  const definitions = buildDefinitionIndex(index);
  const sectionPassages = new Map<string, Passage[]>();
  for (const p of index.passages) {
    const list = sectionPassages.get(p.sectionId);
    if (list) list.push(p);
    else sectionPassages.set(p.sectionId, [p]);
  }
  const restated = restatements(index);
  // Section titles as a question would contain them: spacing and the vendor prefix dropped.
  const titles = knowledge.sections.flatMap((s) =>
    [s.title, s.titleEn].map((title) => ({ id: s.id, key: compact(normalize(title.replace(/\b(amazon|aws)\s+/gi, ''))) })).filter((x) => x.key.length >= 3),
  );
  const readingOrder = new Map(knowledge.sections.map((s, i) => [s.id, i]));
  /** Sections about when to use what (titled 사용 사례). */
  const useCaseSections = knowledge.sections.filter((s) => index.matcher.match(normalize(s.title)).concepts.some((c) => KIND_CONCEPTS.when!.includes(c))).map((s) => s.id);
  const hasChildren = new Set(knowledge.sections.flatMap((s) => (s.parent ? [s.parent] : [])));
  // Numbered labels that name a section as a whole ("원칙 3", "Pillar 3" of "원칙 3: 최적의 요금 모델").
  const numberedLabels = knowledge.sections.flatMap((s) => [s.title, s.titleEn ?? ''].map((t) => t.split(':')[0]).filter((l) => l !== s.title && /\d$/.test(l)).map(squashed));

  const help = (lang: Lang): AnswerResult => ({
    kind: 'help',
    answered: false,
    sectionId: null,
    title: null,
    answer: helpText(lang),
    score: 0,
    related: [],
    lang,
  });

  const notCovered = (lang: Lang, score: number, why?: string): AnswerResult => ({
    kind: 'not-covered',
    answered: false,
    sectionId: null,
    title: null,
    answer: why ?? notCoveredText(lang),
    score,
    related: [],
    lang,
  });

  /** The module terms a text names, beside the module itself and what a kind of question asks for (사용 사례, 이점). */
  const askedTerms = (text: string) =>
    index.matcher.match(normalize(text)).concepts.filter((c) => index.matcher.isModuleTerm(c) && c !== MODULE_CONCEPT && !KIND_TERMS.has(c));

  function answer(question: string): AnswerResult {
    // Two questions in one message, each about its own term: each answered, the second under its own citation.
    // (A comparison or a relation of the two is one question.)
    const cleaned = question.length > MAX_INPUT_CHARS ? undefined : cleanInput(question);
    const parts = cleaned === undefined ? undefined : splitCompound(cleaned, askedTerms);
    if (parts && !questionKinds(question).some((k) => k === 'comparison' || k === 'relationship')) {
      const [first, second] = parts.map((p) => answerOne(p));
      if (first.answered && second.answered && !first.weak && !second.weak && first.answer !== second.answer) return both(first, second);
    }
    return answerOne(question, cleaned);
  }

  /** One answer after the other; the second's section is cited above it and offered as a button. */
  function both(first: AnswerResult, second: AnswerResult): AnswerResult {
    // What the first answer already says (a passage, a note) is not said again.
    const line = (x: string) => x.replace(/^\s*•\s*/, '');
    const said = new Set(first.answer.split('\n').map(line));
    const kept = second.answer.split('\n').filter((x) => !x.trim() || !said.has(line(x)));
    // (A kept bullet whose lead was cut leads now.)
    const rest = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim().replace(/^•\s*/, '');
    if (!rest) return first;
    const label = second.sectionId === first.sectionId ? '' : `${citationLabel(byId.get(second.sectionId!)!)}\n`;
    const related = [...new Set([second.sectionId!, ...first.related, ...second.related])].filter((id) => id !== first.sectionId).slice(0, 3);
    return { ...first, answer: `${first.answer}\n\n${label}${rest}`, related };
  }

  /** `cleaned`: the question through cleanInput, when the caller has it. */
  function answerOne(question: string, cleaned = cleanInput(question)): AnswerResult {
    // "모듈6에 나온 서비스 …": naming the module says where, not what, unless the module itself is asked about.
    const q = MODULE_ASKED.test(cleaned) ? cleaned.replace(MODULE_NAMED, '$1') : cleaned.replace(MODULE_NAMED, ' ').trim();
    const lang = detectLang(q);
    const n = normalize(q);
    if (!n) return help(lang);
    if (question.length > MAX_INPUT_CHARS)
      return notCovered(lang, 0, t(lang, `질문이 너무 깁니다(${MAX_INPUT_CHARS}자까지). 핵심만 짧게 물어봐 주세요.`, `That message is too long (${MAX_INPUT_CHARS} characters at most). Please ask the core question briefly.`));
    if (isGreetingOrHelp(q)) return help(lang);
    // What it sets aside ("도커 허브 말고") or only compares to ("도시락 싸가는 것처럼,") is not its subject.
    const declines = (text: string) => outside.declined(text, index.matcher.match(text).concepts).length > 0;
    const unaside = withoutAsides(q);
    // Context said after what is asked ("… 목록 뽑아줘 시험범위 정리중 ㅠ") names nothing asked.
    const unasideN = unaside === q ? n : normalize(unaside);
    let core = unaside;
    if (declines(unasideN)) {
      const asking0 = askingSentence(unaside);
      if (asking0 === unaside || declines(normalize(asking0))) return notCovered(lang, 0);
      core = asking0;
    }
    // What was set aside names something outside the module: the rest is the whole question.
    const asked = core !== q && declines(n) ? core : q;

    const named = namedSection(q);
    if (named) return named;

    const kinds = questionKinds(q);
    const asks = kinds.flatMap((k) => KIND_CONCEPTS[k] ?? []);
    const answeredBy = kinds.includes('comparison') || kinds.includes('relationship') ? 2 : 1;
    let result = index.search(asked, asks, answeredBy);
    let scope = decideScope(result, index, asked);
    // A message that asks, then says why ("컨테이너를 한 문장으로 정의하면? 신입한테 설명해야 돼서"):
    // the sentence that asks is the question, the rest is context.
    // Else, the message without what it sets aside or compares to.
    for (const part of [askingSentence(asked), core]) {
      if (scope.inScope || part === asked) continue;
      const alone = index.search(part, asks, answeredBy);
      const aloneScope = decideScope(alone, index, part);
      if (aloneScope.inScope) (result = alone), (scope = aloneScope);
    }
    // A workload asking which pricing model ("…for load testing over one weekend, which pricing suits
    // that?") is about EC2 pricing, however many everyday words it is told in.
    // (Only with something found to answer from: a run-together "whichpricingmodelfor…" finds nothing.)
    // So is the name of something described in the module's own terms ("온프렘 데이터센터에서 AWS 서비스
    // 골라서 돌리게 해주는거 이름 뭐였지"): a definition in the best sections says two of them.
    const described = () => NAME_OF_DESCRIBED.test(asked) && result.unknownNames.length === 0 && describedBy(result) !== undefined;
    if (!scope.inScope && !(result.hits.length && result.unknownNames.length === 0 && advisedModel(asked)) && !described()) return notCovered(lang, scope.confidence);

    const chosen = withExamples(cite(choose(result, kinds, q)));
    // "한줄로", "in one sentence": the first passage only, not its neighbours.
    // (The one about the subject: "온디맨드 이점 한줄로" is On-Demand's bullet, not the list's lead.)
    const aboutSubject = (p: Passage) => !p.intro && result.query.concepts.some((c) => index.matcher.isModuleTerm(c) && shape[indexOf(p)].opening.includes(c));
    const choice =
      ONE_LINE.test(q) && chosen.parts.length > 1 && !kinds.includes('list') ? { ...chosen, parts: [chosen.parts.find(aboutSubject) ?? chosen.parts[0]] } : chosen;
    const section = byId.get(choice.sectionId)!;
    const passageText = join(choice.parts, choice.maxChars ?? MAX_ANSWER_CHARS);
    const top = result.hits[0];
    const runnerUp = result.hits[1]?.score ?? 0;
    // A kind-specific rule that moved the answer (a definition, a list, a quantity found elsewhere)
    // rests on that passage's own evidence, not on the ranking.
    const weak = choice.sectionId === top.sectionId && !choice.defined && (top.score < WEAK.score || runnerUp >= WEAK.tie * top.score);
    const notes = [
      ...changeNotes(section, passageText, lang),
      ...(section.supplementary ? [supplementNote(lang)] : []),
    ];
    const text = [weak ? `${hedge(lang)}\n${passageText}` : passageText, ...notes].join('\n\n');
    const others = result.hits.filter((h) => h.sectionId !== section.id);
    return {
      kind: 'answer',
      answered: true,
      sectionId: section.id,
      title: section.title,
      answer: text,
      score: round(scope.confidence),
      // Weak evidence: the two closest other sections, offered as buttons; else the usual related list.
      related: weak ? others.slice(0, 2).map((h) => h.sectionId) : relatedOf(section.id, others, top.score),
      weak: weak || undefined,
      lang,
    };
  }

  /**
   * "섹션3 요약좀", "section 4 summary": a section named by its number, with nothing else asked, is
   * answered with that section's own passages (a section of the module is in scope by definition).
   * A question that also asks about something ("섹션 3.3에서 스팟 언제 써?") goes through the search.
   */
  function namedSection(q: string): AnswerResult | undefined {
    const ref = sectionRef(q) ?? titledRef(q);
    if (!ref) return undefined;
    const section = byId.get(ref.id);
    if (!section && ref.bare) return undefined; // "Kubernetes 1.24 정리": a version, not a section
    if (!section) {
      const lang = detectLang(q);
      const tops = knowledge.sections.filter((s) => !s.parent).map((s) => s.id).join(', ');
      return notCovered(lang, 0, t(lang, `이 모듈에는 §${ref.id}가 없어요. 섹션 번호는 ${tops}와 그 아래 번호(예: 3.3)예요.`, `This module has no §${ref.id}. Its sections are ${tops} and the numbers under them (e.g. 3.3).`));
    }
    const asked = index.search(ref.rest).query;
    const named = new Set(index.matcher.match(normalize(section.title)).concepts);
    if (asked.concepts.some((c) => index.matcher.isModuleTerm(c) && !named.has(c)) && !questionKinds(ref.rest).includes('summary')) return undefined;
    const lang = detectLang(q);
    const text = [join(sectionPassages.get(section.id)!, MAX_LIST_CHARS), ...(section.supplementary ? [supplementNote(lang)] : [])].join('\n\n');
    const children = knowledge.sections.filter((s) => s.parent === section.id).map((s) => s.id);
    return { kind: 'answer', answered: true, sectionId: section.id, title: section.title, answer: text, score: 1, related: children.slice(0, 3), lang };
  }

  /**
   * A supplementary section (5, 6) repeats some of the notes' own sentences ("노트에 실린 내용"): an
   * answer made only of those is the notes' answer, cited from where they say it (§1.1, §1.2). (One
   * that adds the section's own facts stays the section's: graders and learners look there.)
   */
  function cite(choice: Choice): Choice {
    const from = choice.parts.map((p) => restated.get(p));
    if (!from.every((p): p is Passage => !!p) || from.some((p) => p.sectionId !== from[0].sectionId)) return choice;
    return { ...choice, sectionId: from[0].sectionId, parts: from };
  }

  /** An example ("예를 들어, …") continues the passage before it: an answer ending there carries it. */
  function withExamples(choice: Choice): Choice {
    const all = sectionPassages.get(choice.sectionId);
    if (!all) return choice;
    const parts: Passage[] = [];
    for (const p of choice.parts) {
      parts.push(p);
      const next = all.find((x) => x.index === p.index + 1);
      if (next && EXAMPLE.test(next.text) && next.depth === p.depth && !choice.parts.includes(next)) parts.push(next);
    }
    return parts.length === choice.parts.length ? choice : { ...choice, parts };
  }

  /**
   * "컨테이너 서비스 섹션에 나오는 …", "the Amazon EC2 section": a section named by its title beside the
   * word section/part; the longest title the question contains wins (3 "Amazon EC2 비용 최적화" over 2).
   */
  function titledRef(q: string): { id: string; rest: string; bare?: boolean } | undefined {
    if (!SECTION_WORD.test(q)) return undefined;
    const text = compact(normalize(q));
    const found = titles.filter((x) => text.includes(x.key)).sort((a, b) => b.key.length - a.key.length)[0];
    return found && { id: found.id, rest: q };
  }

  /** The terms of a section's parent titles ("3.4.4" → 3.4's 비용 최적화), worked out once per section. */
  const parentTopicsOf = new Map<string, string[]>();
  function parentTopics(id: string): string[] {
    let found = parentTopicsOf.get(id);
    if (!found) {
      const parents = id.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'));
      found = parents.filter((p) => p !== id && byId.has(p)).flatMap((p) => termsIn(byId.get(p)!.title));
      parentTopicsOf.set(id, found);
    }
    return found;
  }

  // The numbers the question being answered states ("20기가 … 500기가"): set by choose() for focus().
  let askedNumbers: string[] = [];

  /** The section and passages that answer, by the question's kinds and subject. */
  function choose(result: SearchResult, asked: QuestionKind[], question: string): Choice {
    askedNumbers = result.query.words.filter((w) => /^\d/.test(w));
    // "What use cases does the course list?": the module named beside another term says where to look, not what about.
    const terms = result.query.concepts.filter((c) => index.matcher.isModuleTerm(c));
    const subject = terms.length > 1 ? terms.filter((c) => c !== MODULE_CONCEPT) : terms;
    // One term's use cases or benefits "다/예시" are that term's own group of passages, not the
    // section's list of every term's ("온디맨드 쓰기 좋은 케이스 예시").
    const kinds = subject.length === 1 && (asked.includes('when') || asked.includes('benefit')) ? asked.filter((k) => k !== 'list') : asked;
    const has = (k: QuestionKind) => kinds.includes(k);
    // The subject is not ignored: among close hits, a section that speaks of every asked term
    // comes before one that speaks of the question's other words only ("람다 장점" is not §3.2).
    // (A term in a good share of all passages, EC2, says nothing about which section: not counted.)
    const telling = subject.filter((c) => index.df('c:' + c) <= COMMON_TERM_SHARE * index.docCount);
    // (A sub-section speaks of its parent's topic: 3.4.4 on storage is cost optimisation although it never says so.)
    const covered = (h: Hit) => telling.filter((c) => index.sectionHas(h.sectionId, 'c:' + c) || parentTopics(h.sectionId).includes(c));
    // Between sections speaking of as many asked terms, the one speaking of the rarer terms (what
    // the question is specifically about: Beanstalk rather than 컨테이너) comes first.
    // (Above all, the one speaking of the most specific term asked: "per-second billing … which
    // instance types and OSes" is about per-second billing, however many general terms stand beside it.)
    // (Of the terms the question asks about, not those of a condition it sets: "배치 작업이면 스팟 써도
    // 괜찮음?" asks about Spot, for a batch job.)
    const focus = askedPast(question, subject);
    const mostSpecific = bySpecificity(focus)[0];
    const rarity = (cs: string[]) => cs.reduce((sum, c) => sum + Math.log(1 + index.docCount / Math.max(1, index.df('c:' + c))), 0);
    const near = result.hits
      .slice(0, NEAR_HITS)
      // (A check of a term under a condition reaches further for it: the condition's rarer term lifts
      // its own section far above.)
      .filter((h) => h.score >= (focus.length < subject.length ? RELATED_SHARE : SUBJECT_SWITCH_SHARE) * result.hits[0].score)
      .map((h, rank) => ({ h, rank, covers: covered(h) }))
      .sort((a, b) => Number(b.covers.includes(mostSpecific)) - Number(a.covers.includes(mostSpecific)) || b.covers.length - a.covers.length || rarity(b.covers) - rarity(a.covers) || a.rank - b.rank)
      .map((x) => x.h);
    if (has('summary')) {
      const s = summarySection(result.hits);
      if (s) return { sectionId: s, parts: sectionPassages.get(s)!, maxChars: MAX_LIST_CHARS };
    }
    // A workload asking which pricing model: the section on use cases, under the advised model's heading.
    const model = advisedModel(question);
    const home = model ? useCaseSections.find((id) => headedFor(sectionPassages.get(id)!, [model])) : undefined;
    if (home) return { sectionId: home, parts: headingGroup(sectionPassages.get(home)!, headedFor(sectionPassages.get(home)!, [model!])!) };
    // "Which service does …?": the passage that names a service and says what it does, from a close section.
    if (WHICH_SERVICE.test(question) && !has('list')) {
      // (Or a term defined in a list the section introduces as services: "아래는 … 컴퓨팅 서비스(13개)가 제공하는 기능".)
      const listedService = (p: Passage) => {
        const lead = sectionPassages.get(p.sectionId)![0];
        return !!p.defines && !!lead.intro && /서비스/.test(lead.text);
      };
      const named = near.map((h) => ({ h, best: focused(h, subject)[0]?.passage })).find((x) => x.best && (NAMES_A_SERVICE.test(x.best.text) || listedService(x.best)));
      if (named) return { sectionId: named.h.sectionId, parts: [named.best!] };
    }
    // "온프레미스에서 AWS 서비스 돌리게 해주는거 이름 뭐였지": a term not named in the question, by its
    // definition that says what was described, from a close section.
    if (NAME_OF_DESCRIBED.test(question) && !has('list')) {
      const pick = bestAcross(near, subject, (p) => !!p.defines && !index.conceptsOf(p.defines).some((c) => subject.includes(c)));
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    // "트래픽은 뭘로 막아?", "what do I use to …": the thing that does it, by its definition, from a close section.
    if (BY_WHAT.test(question) && !has('list')) {
      // (One whose definition speaks of what is done to what: "트래픽을 제어", not any term defined nearby.)
      const done = result.query.concepts.filter((c) => !subject.includes(c));
      // (In its own words, not its heading's: "인스턴스 시작과 트래픽 제어" heads the AMI's definition too.)
      const pick = done.length ? bestAcross(near, subject, (p) => !!p.defines && termsIn(p.text).some((c) => done.includes(c))) : undefined;
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    const top = near[0];
    // "EC2는 PaaS 맞지?" checks a claim about its topic (EC2), so passages about EC2 answer, not PaaS's.
    const lead = has('yesno') ? topicOf(normalize(askingSentence(question)), subject) : undefined;
    const ranked = focused(top, subject, has('list'), result.query.concepts.filter((c) => !subject.includes(c)), lead);
    const best = ranked[0]?.passage ?? sectionPassages.get(top.sectionId)![0];
    const all = sectionPassages.get(top.sectionId)!;

    if (has('relationship') && subject.length >= 2) {
      // "A랑 B는 무슨 관계": where one is defined in terms of the other.
      const rel = definitions.find(subject, []).find((d) => subject.filter((c) => mentions(d.passage, [c])).length >= 2);
      if (rel) return { sectionId: rel.passage.sectionId, parts: [rel.passage] };
    }
    if (has('comparison') || has('relationship')) {
      const both2 = (p: Passage) => subject.filter((c) => index.matcher.match(normalize(p.text)).concepts.includes(c)).length >= 2;
      const both = (p: Passage) => subject.filter((c) => mentions(p, [c])).length >= Math.min(subject.length, Math.max(2, subject.length - 1));
      // "A와 B의 차이: …" compares what it names before the colon.
      const named = (p: Passage) => ({ ...p, text: p.text.split(/[:：]/)[0] });
      const fits = (x: Scored) => subject.length < 2 || (both(x.passage) && (!x.passage.text.includes(':') || both2(named(x.passage))));
      // Of the passages stating a difference, the one whose lead names nothing else ("컨테이너와 가상
      // 머신의 차이점은" before "VM 기반 배포와 컨테이너 기반 배포의 차이:" when 배포 was not asked).
      const unasked = (x: Scored) => termsIn(x.passage.text.split(/[:：,]/)[0]).filter((c) => index.matcher.isModuleTerm(c) && !subject.includes(c)).length;
      const stating = ranked.filter((x) => statesDifference(x.passage.text) === 'states' && fits(x));
      // Each one's definition, side by side, from a section that defines two of them ("작업과 작업
      // 정의는 어떻게 다름": both in 4.4.1, whatever ECS, named for context, is defined elsewhere).
      // (Not when an aspect is asked, "예약 인스턴스 장점, 온디맨드랑 비교": their benefits follow below.)
      const defs = subject.map((c) => definitions.find([c], [])[0]).filter((d): d is Definition => !!d && d.strength >= 2);
      const home = defs.map((d) => d.passage.sectionId).find((id, i, all) => all.indexOf(id) !== i);
      const sideBySide = home && !has('benefit') && !has('when') ? defs.filter((d) => d.passage.sectionId === home) : undefined;
      const cmp =
        (stating.length ? stating.reduce((best, x) => (unasked(x) < unasked(best) ? x : best)) : undefined) ??
        // A passage that names both among many others (a category list) relates them less than their
        // definitions do ("how does ECR relate to ECS"); one about the two does ("Fargate 시작 유형 … ECS").
        ranked.find((x) => (statesDifference(x.passage.text) || (has('relationship') && !(sideBySide && listsMany(x.passage, subject)))) && fits(x));
      if (cmp) return { sectionId: top.sectionId, parts: [cmp.passage] };
      // (Each with the bullet that goes on about it, when there is one: "작업 정의는 애플리케이션의 청사진".)
      if (sideBySide) return { sectionId: home!, parts: sideBySide.flatMap((d) => definitionUnit(d.passage, termsIn(d.passage.defines ?? '')).slice(0, 2)) };
    }
    if (has('number') && !has('list')) {
      // A unit narrows what can answer, so a passage stating it may be looked for further down.
      const pool = UNITS.some((u) => u.asked.test(question))
        ? [...near, ...result.hits.slice(0, UNIT_NEAR_HITS).filter((h) => !near.includes(h) && h.score >= UNIT_SWITCH_SHARE * result.hits[0].score)]
        : near;
      const n = quantityPassage(pool, ranked[0]?.score ?? 0, question, subject);
      if (n) return { sectionId: n.sectionId, parts: [n] };
    }
    // Passages about the subject that state what the question asks for, whatever section they sit in.
    const stating = (re: RegExp, about = subject) => (p: Passage) => re.test(p.text) && (!about.length || mentions(p, about));
    if (has('drawback') && !has('list')) {
      // "spot 단점": the subject's passage that states a limit or a risk (interrupted with two
      // minutes' notice), from any close section; never its benefits.
      // (With the others under its heading that state one too: "비용이 많이 듦", "유휴 … 낭비".)
      const limits = stating(LIMITATION);
      const pick = bestAcross(near, subject, limits);
      if (pick) return { sectionId: pick.h.sectionId, parts: headingGroup(sectionPassages.get(pick.h.sectionId)!, pick.x.passage).filter(limits).slice(0, 3) };
    }
    if (has('billing') && !has('comparison') && !has('yesno')) {
      // "람다 과금 방식": the subject's passage stating what the charge is based on, from any close section.
      // (One under a heading on charges first: Lambda's "## 요금" goes on to requests and duration.)
      // (Of the subject itself: "요금" asked beside EBS is how the question is asked, not a topic.)
      const charges = stating(STATES_CHARGE, subject.filter((c) => c !== PRICE_CONCEPT));
      for (const h of near) {
        const headed = sectionPassages.get(h.sectionId)!.find((p) => CHARGE_HEADING.test(p.heading ?? '') && charges(p));
        if (headed) return { sectionId: h.sectionId, parts: [headed] };
      }
      const pick = bestAcross(near, subject, charges);
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    if (has('why') && !has('comparison')) {
      // "컨테이너는 왜 빨리 떠?": a passage that gives a cause for what is asked ("…격리된 프로세스로
      // 실행되므로 빠르고"), not one that only restates it as the cause of something else ("더 빠르게
      // 구동되므로, … 응답 성능이 향상됨"); with the others under its heading, which go on about it.
      const effects = result.query.concepts.filter((c) => !subject.includes(c) && !KIND_TERMS.has(c) && c !== REASON_CONCEPT);
      const caused = stating(CAUSE);
      // (Most of what is asked, after the cause: "인프라에 구애받지 않는" is no cause of 인프라 효율 개선.)
      const gives = (p: Passage) =>
        caused(p) && termsIn(p.text.slice(p.text.search(CAUSE))).filter((c) => effects.includes(c)).length >= Math.ceil(effects.length / 2);
      const pick = effects.length ? bestAcross(near, subject, gives) : undefined;
      if (pick) {
        const group = headingGroup(sectionPassages.get(pick.h.sectionId)!, pick.x.passage);
        const rest = group.length <= WHY_GROUP_MAX ? group.filter((p) => p !== pick.x.passage) : [];
        return { sectionId: pick.h.sectionId, parts: [pick.x.passage, ...rest] };
      }
    }
    if (has('occasion')) {
      // "스팟 인스턴스는 언제 실행돼?": the subject's passage stating when that happens ("입찰이 현재 시장
      // 가격을 초과할 때마다 실행됨"), from any close section.
      const happens = result.query.concepts.filter((c) => !subject.includes(c));
      // (Only with the happening named as a term: "실행" in the passage, not any "경우".)
      const occasion = stating(STATES_OCCASION);
      const pick = happens.length ? bestAcross(near, subject, (p) => occasion(p) && termsIn(p.text).some((c) => happens.includes(c))) : undefined;
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    if (has('composition') && !has('yesno')) {
      // "EC2 시작 유형이면 클러스터는 뭘로 구성돼?": the subject's passage stating what it is made of
      // ("… 컨테이너 에이전트를 실행하는 EC2 인스턴스 그룹으로 구성됨"), from any close section.
      // (What it is made of first; what runs on each part after: the agent's definition says less.)
      const pick = STATES_COMPOSITION.map((re) => bestAcross(near, subject, stating(re))).find(Boolean);
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    if (has('requirement') && !has('yesno')) {
      // "컨테이너 돌리려면 리눅스에 뭐가 있어야 돼?": the subject's passage stating a condition ("커널
      // 기능이 지원되고 Docker 데몬이 있는 경우"), from any close section.
      const pick = bestAcross(near, subject, stating(STATES_CONDITION));
      if (pick) return { sectionId: pick.h.sectionId, parts: [pick.x.passage] };
    }
    if (has('duty') && !has('yesno') && !has('list')) {
      // "Fargate 쓰면 내가 해야 할 일": the subject's passages on who does what, from the close section
      // that says it best; the user's part first when that is what is asked ("CPU·메모리 지정 …
      // 시작하기만 하면 됨"), before what the user does in another option.
      // (Not a comparison with something not asked about: "EC2와 Lambda의 차이: …" for "lambda do i have to manage servers?".)
      const statesDuty = stating(STATES_DUTY);
      const duty = (p: Passage) => statesDuty(p) && (has('comparison') || statesDifference(p.text) !== 'states');
      const pick = bestAcross(near, subject, duty);
      if (pick) {
        // (About as much of the subject as the pick: "EC2 … 내 몫" is not answered by Beanstalk's "사용자는 … 집중" for naming OS.)
        const said = (p: Passage) => subject.filter((c) => mentions(p, [c])).length;
        const own = OWN_PART.test(question) ? USER_DUTY.map((re) => focused(pick.h, subject).find((x) => duty(x.passage) && re.test(x.passage.text) && said(x.passage) >= said(pick.x.passage))).find(Boolean) : undefined;
        const lead = (own ?? pick.x).passage;
        const rest = headingGroup(sectionPassages.get(pick.h.sectionId)!, lead).filter((p) => p !== lead && duty(p));
        return { sectionId: pick.h.sectionId, parts: [lead, ...rest].slice(0, DUTY_PARTS) };
      }
    }
    // Words beside the subject ("조명 스위치 비유는 무슨 뜻"): the question may ask about those instead.
    // (Of the sentence that asks: "쿠버네티스가 뭐예요? 발음도 어렵네요" asks nothing beside Kubernetes.)
    const asking = askingSentence(question);
    const askingText = normalize(asking);
    const askedAnalysis = asking === question ? result.query : analyze(askingText, index.matcher, true);
    const askedWords = askedAnalysis.words;
    // (A word of the subject's own several-word name, "AWS" of "AWS Lambda", is the subject.)
    const ofSubject = (w: string) => index.conceptsOf(w).some((c) => subject.includes(c)) || subject.includes(askedAnalysis.phraseWords.get(w) ?? '');
    const extra = askedWords.filter((w) => !ofSubject(w)).length;
    // (A second concept said beside it, "spot 2분", asks more; one inside a word of how it is asked,
    // "간단설명", does not.)
    const bareTerm = subject.length === 1 && extra === 0 && conceptsAsked(question).filter((c) => !subject.includes(c)).length === 0;
    // "스팟 장점이 뭐임" asks for an aspect of the term (its benefits, use cases), not its definition.
    const aspect = has('benefit') || has('drawback') || has('when') || has('how') || has('list') || has('comparison');
    // Korean puts what is asked last ("… 고르는 이미지 이름이 뭐야?" asks for a name, not what EC2 is):
    // a last word that is no term the module defines sends the question past the definitions.
    // (Of the sentence that asks: "AMI가 뭐야?? 인스턴스 만들 때마다 나오는데" asks what AMI is.)
    const headWords = words(askingText).filter((w) => !/^\d/.test(w) && !isStopword(w) && w.length > 1);
    const head = isHangul(question) ? headWords.at(-1) : undefined;
    // (A head right after the subject naming what kind of thing it is, as its definition says, still
    // asks for the definition: "탄력성 증대 원칙은 뭐야", where 탄력성 증대 is "비용 최적화의 두 번째 원칙".)
    // ("무슨 기능이야", "어떤 서비스임": what kind of thing it is, asked; not another subject.)
    const headPattern = head?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const headUndefined =
      !!head && !bareTerm && !ASKED_AS.test(head) && !(/^(기능|역할|서비스|내용)/.test(head) && new RegExp(`(무슨|어떤)\\s*${headPattern}`).test(askingText)) && !definitions.find(index.conceptsOf(head), [head]).length && !subject.some((c) => index.conceptsOf(head).includes(c)) &&
      !(subject.length === 1 && ofSubject(headWords.at(-2) ?? '') && definitions.find(subject, []).some((d) => d.strength >= 2 && (d.passage.text.split(/[:：]/)[1] ?? '').split(/[,.]/)[0].includes(stripKoreanEnding(head))));
    // "AWS가 처리해 주는 작업은 무엇인가요" asks which work, not what a task (작업) is: a head noun after
    // a verb's 는 form is narrowed by it, not asked to be defined.
    // ("뭐하는 서비스" asks what the service does: a question word's 는 form narrows nothing.)
    const narrowed =
      !!head && new RegExp(`${ADNOMINAL.source}\\s+${headPattern}`).test(askingText) && !new RegExp(`(뭐|머|뭘|무엇을?)\\s*(해\\s*주|하)는\\s+${headPattern}`).test(askingText);
    // (A summary of a term no section is about, "스토리지 선택 최적화 원칙 요약", is its definition.)
    // (Not a section named by its label, "원칙 3 … 요약": that section's summary.)
    const squashedQuestion = squashed(question);
    const termSummary = has('summary') && !numberedLabels.some((l) => squashedQuestion.includes(l));
    if ((has('definition') || termSummary || bareTerm) && !aspect && !headUndefined && !narrowed) {
      const d = definitionOf(result, near, extra > 0, question);
      if (d) return { sectionId: d.passage.sectionId, parts: definitionUnit(d.passage, subject), defined: d.strength >= 2 };
    }
    if (has('list')) {
      // A passage that is itself the list — of the asked subject, not another list in the section;
      // a close section that has one answers before a top section that has none.
      const opensWithSubject = (p: Passage) => !subject.length || subject.some((c) => shape[indexOf(p)].opening.includes(c));
      const listIn = (r: Scored[]) => {
        const floor = LIST_SHARE * (r[0]?.score ?? 0);
        return r.find((x) => x.score >= floor && isInlineList(x.passage) && opensWithSubject(x.passage));
      };
      for (const h of near.filter((x) => x === top || x.score >= LIST_SWITCH_SHARE * top.score)) {
        const inline = listIn(h === top ? ranked : focused(h, subject, true));
        if (inline) return { sectionId: h.sectionId, parts: [inline.passage] };
        // The top section's best passage introduces a list of its own ("아래는 … 13개"): that list.
        const lead = top.passages[0]?.passage;
        if (h === top && lead?.intro) return { sectionId: top.sectionId, parts: listUnit(all, lead), maxChars: MAX_LIST_CHARS };
      }
      return { sectionId: top.sectionId, parts: listUnit(all, best), maxChars: MAX_LIST_CHARS };
    }
    // "어떤 상황에서 전용 호스트가 적합한가요": a close section about what was asked (titled 사용 사례 or
    // 이점) and laid out by term answers with the subject's own heading, before another section's overview.
    // (Of the asked terms, the one such a section has a heading for: "RI is good fit for what kind of
    // compute needs" asks about RI, whatever 컴퓨팅 says beside it.)
    const headedSubject = subject.filter((c) => near.some((h) => headedBy(h.sectionId, [c])));
    for (const k of ['when', 'benefit'] as const) {
      if (!has(k) || headedSubject.length !== 1) continue;
      const home = near.find((h) => headedBy(h.sectionId, headedSubject) && KIND_CONCEPTS[k]!.some((c) => termsIn(byId.get(h.sectionId)!.title).includes(c)));
      const heading = home && headedFor(sectionPassages.get(home.sectionId)!, headedSubject);
      if (home && heading && home !== top) return { sectionId: home.sectionId, parts: headingGroup(sectionPassages.get(home.sectionId)!, heading) };
    }
    if (best.intro) return { sectionId: top.sectionId, parts: listUnit(all, best), maxChars: MAX_LIST_CHARS };
    if (has('how')) {
      // A "how to" heading whose passages the question found (not any "동작 방식" in the section).
      const found = new Set(ranked.slice(0, 3).map((x) => x.passage));
      const steps = all.find((p) => p.heading && HOW_HEADING.test(p.heading) && headingGroup(all, p).some((x) => found.has(x)));
      if (steps) return { sectionId: top.sectionId, parts: headingGroup(all, steps) };
    }
    // "왜 비싸?": the reasons under the best passage's heading, when that heading gives a few of them
    // (not the many passages of a heading that says everything about a service).
    const reasons = has('why') ? headingGroup(all, best) : [];
    // (The passage that answers best leads; the others follow as further reasons.)
    if (reasons.length > 1 && reasons.length <= WHY_GROUP_MAX) return { sectionId: top.sectionId, parts: [best, ...reasons.filter((p) => p !== best)] };
    if (has('when') || has('benefit') || has('how') || has('explain')) {
      // A section laid out by term ("## 온디맨드 인스턴스" in 사용 사례): the subject's heading, whole,
      // rather than a passage on every term that happens to say "사용 사례".
      // (Only one asked term with a heading: "on demand vs spot use cases" wants them all.)
      const headed = subject.filter((c) => all.some((p) => headingNames(p, [c])));
      const own = (has('when') || has('benefit')) && headed.length === 1 && !headingNames(best, subject) ? headedFor(all, headed) : undefined;
      if (own) return { sectionId: top.sectionId, parts: headingGroup(all, own) };
      // The subject's own passages under the heading: its use cases, benefits or steps, whole.
      const group = headingGroup(all, best).filter((p) => p.index >= best.index || mentions(p, subject));
      const about = group.filter((p) => !subject.length || mentions(p, subject) || p.heading === best.heading);
      // (The best passage always shows: those before it give way when together they would push it out.)
      const upToBest = about.slice(0, about.indexOf(best) + 1).reduce((n, p) => n + p.text.length + 3, 0);
      const parts = upToBest > MAX_ANSWER_CHARS ? about.filter((p) => p.index >= best.index) : about;
      return { sectionId: top.sectionId, parts: parts.length ? parts : [best] };
    }
    // Korean asks last ("원칙 3에서 뭘 조합하라는거임" asks about combining): when the best passage
    // does not say what the closing X하다 verb names and another close one does, that one answers.
    const verb = head ? DOING.exec(head)?.[1] : undefined;
    const headTerms = verb ? index.conceptsOf(verb).filter((c) => !subject.includes(c)) : [];
    if (headTerms.length && !mentions(best, headTerms)) {
      const says = ranked.find((x) => mentions(x.passage, headTerms));
      if (says && says.score >= HEAD_SHARE * ranked[0].score) return { sectionId: top.sectionId, parts: [says.passage] };
    }
    // A short best passage gets its runner-up when that is nearly as good.
    const second = ranked[1];
    const parts = [best];
    if (second && second.score >= 0.7 * ranked[0].score && best.text.length + second.passage.text.length < 400) parts.push(second.passage);
    // (In reading order, unless the runner-up defines another term: the best one then leads.)
    const another = parts.length > 1 && !!parts[1].defines && parts[1].defines !== best.defines;
    return { sectionId: top.sectionId, parts: another ? parts : parts.sort((a, b) => a.index - b.index) };
  }

  const globalIndex = new Map(index.passages.map((p, i) => [p, i]));
  /** Per passage, worked out once: the terms its heading and opening words name, and every module term in it. */
  const shape = index.passages.map((p, i) => ({
    opening: index.matcher.match(normalize(`${p.heading ?? ''} ${p.text.slice(0, 20)}`)).concepts,
    moduleTerms: [...index.passageTerms[i].keys()].filter((t) => t.startsWith('c:') && index.matcher.isModuleTerm(t.slice(2))).map((t) => t.slice(2)),
  }));
  const indexOf = (p: Passage) => globalIndex.get(p)!;
  /** The glossary terms a question names outside the words that only say how it asks ("간단설명", "뭐야"). */
  const conceptsAsked = (q: string) =>
    index.matcher.match(normalize(q).split(' ').filter((t) => !isStopword(t) && !isStopword(stripKoreanEnding(t))).join(' ')).concepts;
  /** The glossary terms a short text (a heading, a passage's lead) names, memoised. */
  const termsIn = memo((text: string) => index.matcher.match(normalize(text)).concepts);
  /** A passage naming many module terms beside the given ones: a list or summary of them. */
  const listsMany = (p: Passage, beside: string[]) => shape[indexOf(p)].moduleTerms.filter((c) => !beside.includes(c)).length >= GENERIC_TERMS;
  const mentions = (p: Passage, concepts: string[]) => concepts.some((c) => index.passageTerms[indexOf(p)].has('c:' + c));
  /** Concepts, the most specific first (used in the fewest passages: "초당 결제" before "인스턴스"). */
  const bySpecificity = (cs: string[]) => [...cs].sort((a, b) => index.df('c:' + a) - index.df('c:' + b));

  /** The subject's terms after the question's last condition ("…이면", "…인데", "if …,"), when it names any there. */
  function askedPast(question: string, subject: string[]): string[] {
    // (A check only: "EC2 시작 유형 고르면 구매 옵션은 뭐 중에 골라?" asks what, within that condition.)
    const asking = askingSentence(question);
    const m = WH.test(asking) ? undefined : [...asking.matchAll(CONDITION_END)].at(-1);
    if (!m) return subject;
    const after = termsIn(asking.slice(m.index! + m[0].length)).filter((c) => subject.includes(c));
    return after.length ? after : subject;
  }

  /** The best-scored passage that `ok` accepts, over the close hits' focused passages. */
  function bestAcross(near: Hit[], subject: string[], ok: (p: Passage) => boolean): { h: Hit; x: Scored } | undefined {
    let pick: { h: Hit; x: Scored } | undefined;
    for (const h of near) {
      const x = focused(h, subject).find((x) => ok(x.passage));
      if (x && (!pick || x.score > pick.x.score)) pick = { h, x };
    }
    return pick;
  }

  /** A definition among the best sections' passages that says two or more of the module terms a description names. */
  function describedBy(result: SearchResult): Passage | undefined {
    const named = result.query.concepts.filter((c) => index.matcher.isModuleTerm(c));
    if (named.length < 2) return undefined;
    return result.hits.slice(0, NEAR_HITS).flatMap((h) => h.passages).find((x) => !!x.passage.defines && named.filter((c) => mentions(x.passage, [c])).length >= 2)?.passage;
  }

  /** The hit's passages, best first: passages about the subject counted up, section summaries left out. */
  function focused(hit: Hit, subject: string[], listWanted = false, asked: string[] = [], lead?: string): Scored[] {
    const content = hit.passages.filter((x) => !x.passage.about);
    const pool = content.length ? content : hit.passages;
    // The most specific module term asked, and the most specific other word asked ("노트북" in
    // "노트북에서도 컨테이너 돌릴 수 있어?"): worked out once for all the hit's passages.
    const main = { term: lead ?? bySpecificity(subject)[0], asked: bySpecificity(asked)[0], lead: !!lead };
    return pool
      .map((x) => ({ passage: x.passage, score: x.score * focus(x.passage, subject, listWanted, asked, main) }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * How much the passage is about the subject: more when under its heading or opening with it;
   * less when it names several other module terms beside it (a summary of many, "요금 모델마다 …"),
   * unless it also says what else was asked (`asked`: the question's other concepts, "아무 리눅스"):
   * two of them, since one ("사용 사례") is often only how the question is asked.
   */
  function focus(p: Passage, subject: string[], listWanted: boolean, asked: string[], main: { term?: string; asked?: string; lead: boolean }): number {
    if (!subject.length || !main.term) return 1;
    const { opening, moduleTerms } = shape[indexOf(p)];
    // A passage stating every number the question states is its example ("20GB … 500GB 볼륨").
    if (askedNumbers.length && askedNumbers.every((n) => index.passageTerms[indexOf(p)].has('w:' + n))) return FOCUS_BONUS * FOCUS_BONUS;
    // A claim about a topic is checked by the topic's passages: another asked term's are not about it.
    if (main.lead && !mentions(p, [main.term])) return OFF_SUBJECT_FACTOR;
    // (One that also names what the topic is claimed to be speaks to the claim: "EC2는 PaaS 맞죠?" is
    // answered by the four categories with EC2 under IaaS, before "EC2는 최초의 AWS 서비스".)
    // (Most of all one that opens with the topic and names the claim: "Fargate 시작 유형에서는 클러스터를 …".)
    if (main.lead && subject.some((c) => c !== main.term && mentions(p, [c]))) return opening.includes(main.term) ? FOCUS_BONUS * FOCUS_BONUS : FOCUS_BONUS;
    const opensWithSubject = main.lead ? opening.includes(main.term) : subject.some((c) => opening.includes(c));
    // Opens with the most specific term or word asked, or carries a term the module uses in very
    // few passages ("Docker 데몬"), wherever in it.
    const opensWithMain =
      opening.includes(main.term) ||
      (!!main.asked && opening.includes(main.asked)) ||
      (index.df('c:' + main.term) <= RARE_TERM_DF && mentions(p, [main.term]));
    // A list names many terms by nature: that is a summary only when a list was not asked for; and
    // a passage that opens with what is most specifically asked is about it, whatever else it names.
    if (!listWanted && !opensWithMain && moduleTerms.filter((c) => !subject.includes(c)).length >= GENERIC_TERMS && asked.filter((c) => mentions(p, [c])).length < ASKED_BESIDE)
      return GENERIC_FACTOR;
    if (opensWithSubject) return FOCUS_BONUS;
    // A section laid out by term (a heading per pricing model): another term's passages are not about this one.
    return p.heading && !mentions(p, subject) && headedBy(p.sectionId, subject) ? OFF_SUBJECT_FACTOR : 1;
  }

  /** The asked term a Korean sentence marks as its topic with 은/는 ("EC2는 …", "스팟 인스턴스는 …"), else the one it says first. */
  function topicOf(text: string, subject: string[]): string | undefined {
    const ws = text.split(' ');
    for (let i = 0; i < ws.length; i++) {
      if (!/[은는]$/.test(ws[i])) continue;
      // (Latin text is split from its particle: "ec2 는".)
      const before = ws[i].length === 1 ? ws.slice(0, i) : [...ws.slice(0, i), ws[i].slice(0, -1)];
      const topic = bySpecificity(termsIn(before.join(' ')).filter((c) => subject.includes(c)))[0];
      if (topic) return topic;
    }
    // Without a particle, in a few words ("ec2 paas 맞나?"), the term said first. ("윈도우 인스턴스도
    // 초당과금 되나요?" asks whether per-second billing covers Windows too: no topic.)
    if (ws.length > SHORT_CLAIM_WORDS || ws.some((w) => w.length > 1 && /[도은는이가을를]$/.test(w) && isHangul(w))) return undefined;
    for (const w of ws) {
      const first = index.conceptsOf(w).find((c) => subject.includes(c));
      if (first) return first;
    }
    return undefined;
  }

  const headingNames = (p: Passage, terms: string[]) => !!p.heading && terms.some((c) => termsIn(p.heading!).includes(c));
  /** The first passage under a heading that names one of the terms (the most specific term first). */
  const headedFor = (all: Passage[], terms: string[]) => bySpecificity(terms).map((c) => all.find((p) => headingNames(p, [c]))).find((p) => p);
  /** True when one of the section's headings names one of the terms. */
  const headedBy = (sectionId: string, terms: string[]) => !!headedFor(sectionPassages.get(sectionId)!, terms);

  /** A section that summarises others, when the question asks for a summary and names it. */
  function summarySection(hits: Hit[]): string | undefined {
    const maxMeta = Math.max(...hits.map((h) => h.meta));
    // The best section or one it belongs to: "스팟 인스턴스 요약" is never ECS's summary, whatever its title shares.
    // (An enclosing section only when its title fits better: "도커 요약" is §4.2's, not all of §4.)
    const top = hits[0];
    const parent = hits
      .filter((h) => hasChildren.has(h.sectionId) && h.meta > 0 && (h === top || (top.sectionId.startsWith(h.sectionId + '.') && h.meta > top.meta)))
      .sort((a, b) => b.meta - a.meta)[0];
    return parent && parent.meta >= 0.8 * maxMeta ? parent.sectionId : undefined;
  }

  /** The best passage stating a quantity among the near hits, when it scores close to the top passage. */
  function quantityPassage(near: Hit[], topScore: number, q: string, subject: string[]): Passage | undefined {
    const unit = UNITS.find((u) => u.asked.test(q));
    // The asked unit stated nowhere in the best section ("구동에 얼마나 걸려" where §1.2 only says
    // "더 빠르게"): a close section that states it answers without a handicap.
    const topStates = !unit?.measured || sectionPassages.get(near[0].sectionId)!.some((p) => QUANTITY.test(p.text) && unit.stated.test(p.text));
    const floor = topStates ? 0.5 : MEASURE_ELSEWHERE_SHARE;
    let bestQ: Scored | undefined;
    for (const [i, h] of near.entries()) {
      // With a unit asked ("how long"), every passage of the best section that states one is a
      // candidate, even one the question's words barely reach ("15분" for "how long … run").
      const scoreOf = new Map(h.passages.map((x) => [x.passage, x.score]));
      const pool = i === 0 && unit ? sectionPassages.get(h.sectionId)!.map((p) => ({ passage: p, score: scoreOf.get(p) ?? 0.5 * topScore })) : h.passages;
      for (const x of pool) {
        if (!QUANTITY.test(x.passage.text) || x.passage.about || (unit && !unit.stated.test(x.passage.text))) continue;
        // Another section's passage must beat the top section's best clearly to move the answer.
        let s = i === 0 || !topStates ? x.score : x.score * RELOCATE_SHARE;
        // "How long can it run", "maximum memory": the passage that states the limit.
        if (LIMIT_ASKED.test(q) && LIMIT_STATED.test(x.passage.text)) s *= FOCUS_BONUS;
        // The quantity of what was asked about ("컨테이너" 수백 밀리초), not of another term (ECS's "몇 초").
        if (subject.some((c) => shape[indexOf(x.passage)].opening.includes(c))) s *= FOCUS_BONUS;
        if (!bestQ || s > bestQ.score) bestQ = { passage: x.passage, score: s };
      }
    }
    return bestQ && bestQ.score >= floor * topScore ? bestQ.passage : undefined;
  }

  /** Where the asked term is defined: in the best-ranked near section that defines it, else anywhere. */
  function definitionOf(result: SearchResult, near: Hit[], askedMore: boolean, q: string): Definition | undefined {
    // A quoted word is what is asked: "what does the word 'Compute' mean in Elastic Compute Cloud".
    const quoted = QUOTED.exec(q)?.[1];
    const quotedDefs = quoted ? definitions.find(termsIn(quoted), [quoted]).filter((d) => d.strength >= 3) : [];
    if (quotedDefs.length) return quotedDefs[0];
    // Else the module's terms first, the most specific one first ("user data" before "EC2" in "what is
    // user data when launching an EC2 instance"); the question's plain words only when it names none.
    const first = bySpecificity(result.query.concepts).find((c) => definitions.find([c], []).length);
    const firstDefs = first ? definitions.find([first], []) : [];
    // (A more specific term asked that nothing defines, said by the best passage, is what is asked:
    // "the blueprint analogy in ECS" is the task definition's 청사진, not what ECS is.)
    // (Of the sentence that asks: "What's a task definition? Someone called it a blueprint" asks what a task definition is.)
    const specific = bySpecificity(conceptsAsked(askingSentence(q)))[0];
    const topPassage = near[0]?.passages[0]?.passage;
    // (Unless the definition found speaks of it: "CloudWatch 지표" is defined as 지표.)
    if (first && specific !== first && index.matcher.isModuleTerm(specific) && topPassage && mentions(topPassage, [specific]) && !firstDefs.some((d) => mentions(d.passage, [specific])))
      return undefined;
    // (Not the words of a term it names that is defined nowhere: "서비스형 컨테이너" is no container.)
    const ownWords = result.query.words.filter((w) => !result.query.phraseWords.has(w));
    let defs = first ? firstDefs : definitions.find(result.query.concepts, ownWords);
    if (!defs.length) return undefined;
    // "EC2 풀네임", "약자 뜻": the sentence that spells the name out answers best.
    if (NAME_ASKED.test(q)) defs = [...defs].sort((a, b) => Number(b.spellsName) - Number(a.spellsName) || b.strength - a.strength);
    let pick: Definition | undefined;
    for (const h of near) {
      const d = defs.find((x) => x.passage.sectionId === h.sectionId);
      if (!d) continue;
      const score = h.passages.find((x) => x.passage === d.passage)?.score ?? 0;
      if (askedMore && score < DEFINITION_SHARE * (h.passages[0]?.score ?? 0)) {
        if (h === near[0]) return undefined; // the question asks about something beside the term
        continue;
      }
      // Two sections named after the term define it alike ("Amazon EC2", "Amazon EC2 개요"): the
      // module introduces the term in the first one, and "what is X" asks for that introduction.
      const earlierHome = !!pick && d.strength === pick.strength && !!d.titled && !!pick.titled &&
        readingOrder.get(d.passage.sectionId)! < readingOrder.get(pick.passage.sectionId)!;
      if (!pick || d.strength > pick.strength || earlierHome) pick = d;
      if (d.spellsName && NAME_ASKED.test(q)) return d;
    }
    // A definition in a close section, unless it is a mere mention and the module defines the term elsewhere.
    if (pick && (pick.strength >= 2 || defs[0].strength < 3)) return pick;
    return defs[0].strength >= 3 ? defs[0] : undefined;
  }

  /** A definition and the bullets under the same heading that go on about the same term. */
  function definitionUnit(def: Passage, subject: string[]): Passage[] {
    const all = sectionPassages.get(def.sectionId)!;
    const parts = [def];
    let n = def.text.length;
    for (const p of all.slice(def.index + 1)) {
      if (p.heading !== def.heading || p.defines || !mentions(p, subject) || n + p.text.length > MAX_ANSWER_CHARS) break;
      parts.push(p);
      n += p.text.length;
    }
    return parts;
  }

  function relatedOf(sectionId: string, others: Hit[], topScore: number): string[] {
    const out: string[] = [];
    for (const h of others) {
      if (out.length >= 3 || h.score < RELATED_SHARE * topScore) break;
      // Overview sections only point at their subsections; the subsections are the better link.
      if (!byId.get(h.sectionId)!.overview && h.sectionId !== sectionId) out.push(h.sectionId);
    }
    return out;
  }

  function resolveTopic(text: string): string[] {
    const raw = text.trim().replace(/^§/, '');
    if (byId.has(raw)) return [raw];
    const q = cleanInput(text);
    if (!q) return [];
    const result = index.search(q);
    const top = result.hits[0];
    if (!top || !decideScope(result, index, q).inScope) return [];
    return result.hits.filter((h) => h.score >= 0.6 * top.score).slice(0, 3).map((h) => h.sectionId);
  }

  return { answer, help, resolveTopic, index };
}

/** A supplementary passage sharing this share of its syllable pairs with a module passage restates it. */
const RESTATES = 0.7;

/** Supplementary passages that restate a passage of the module notes → that passage. */
function restatements(index: ReturnType<typeof buildIndex>): Map<Passage, Passage> {
  const pairs = index.passageTerms.map((t) => new Set([...t.keys()].filter((k) => k.startsWith('b:'))));
  const supplementary = (p: Passage) => index.sections.get(p.sectionId)!.supplementary;
  // The notes' passages by syllable pair. A passage restating p shares at least RESTATES of p's
  // pairs, so it holds one of p's rarest (1 - RESTATES) share of them: only those pairs' passages
  // are candidates, whose shared pairs are then counted exactly (start-up: a few ms, not ~25 ms).
  const postings = new Map<string, number[]>();
  index.passages.forEach((q, j) => {
    if (supplementary(q)) return;
    for (const b of pairs[j]) (postings.get(b) ?? postings.set(b, []).get(b)!).push(j);
  });
  const out = new Map<Passage, Passage>();
  index.passages.forEach((p, i) => {
    if (!supplementary(p) || !pairs[i].size) return;
    const own = [...pairs[i]].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    const rarest = own.slice(0, own.length - Math.ceil(RESTATES * own.length) + 1);
    const candidates = [...new Set(rarest.flatMap((b) => postings.get(b) ?? []))].sort((a, b) => a - b);
    let best = 0;
    let home: Passage | undefined;
    // (In reading order, as before: the first of equally close passages is the home.)
    for (const j of candidates) {
      let shared = 0;
      for (const b of pairs[i]) if (pairs[j].has(b)) shared++;
      const jaccard = shared / (pairs[i].size + pairs[j].size - shared);
      if (jaccard > best) [best, home] = [jaccard, index.passages[j]];
    }
    if (home && best >= RESTATES) out.set(p, home);
  });
  return out;
}

/** Passages as chat text: the first as is, the rest as bullets, cut at a passage boundary. */
function join(parts: Passage[], maxChars: number): string {
  const out: string[] = [];
  let n = 0;
  for (const p of parts) {
    const line = out.length ? `${'  '.repeat(Math.max(0, p.depth - parts[0].depth))}• ${p.text}` : p.text;
    if (n + line.length > maxChars && out.length) break;
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n');
}

/** A sentence that asks without a question mark: a request ("…정의 알려주삼", "설명해줘"). */
const REQUEST = /(알려|가르쳐|설명해|정리해|말해|보여)\s*(줘|주|봐|바)|[가-힣](아|어|여|해)\s*(줘|주세요|줄래)|tell me|explain/i;

/** A sentence that asks without a question mark or a request: "쿠버네티스가 뭐야 ㅋㅋ 이름만 들어봄". */
const ASKING = /(뭐야|뭐임|뭔가요|뭐예요|뭐에요|뭔데|뭐지|머임|무엇|어떻게|언제|왜|어디|몇|얼마|\b(what|how|when|why|which|where)\b)/i;

/**
 * The sentence of a message that asks (ends with "?", else makes a request), when it has several;
 * else the whole message.
 */
function askingSentence(q: string): string {
  // A sentence ends at ? . ! or a chat mark (":)", "ㅠ", "ㅎㅎ") followed by a space; "3.3" and "t3.micro" stay whole.
  // (So does a request's ending: "… 뽑아줘 시험범위 정리중".)
  const sentences = q.split(/(?<=[?？]|[.!。]\s|:\)\s?|[ㅠㅜ]+\s|[ㅎㅋ]{2,}\s|[가-힣](?:줘|주세요|줄래)\s)/).map((x) => x.trim()).filter(Boolean);
  if (sentences.length < 2) return q;
  return sentences.find((x) => /[?？]$/.test(x)) ?? sentences.find((x) => REQUEST.test(x)) ?? sentences.find((x) => ASKING.test(x)) ?? q;
}

/** Said before an answer resting on thin evidence (the two closest sections follow as buttons). */
function hedge(lang: Lang): string {
  return t(lang, '(확실하지 않아요. 가장 가까운 내용은 아래와 같고, 아래 버튼의 두 섹션도 확인해 보세요.)', "(I'm not sure. This is the closest passage; the two sections on the buttons below may help too.)");
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function helpText(lang: Lang): string {
  return t(
    lang,
    [
      '안녕하세요! 저는 「모듈 6: 컴퓨팅」 튜터입니다. 이런 걸 할 수 있어요:',
      '• 질문하기: 예) "스팟 인스턴스는 언제 써?", "컨테이너와 가상 머신 차이" — 모듈의 해당 섹션을 인용해 답합니다.',
      '• /quiz [주제|review] [문항 수]: 객관식 퀴즈 (예: /quiz 3.3, /quiz 컨테이너 10, /quiz review)',
      '• /pricing <워크로드 설명>: EC2 요금 모델 추천과 비용 계산 (예: /pricing 3년 동안 24시간 도는 DB)',
      '• /leaderboard, /stats: 순위와 내 기록',
      '다루는 주제: EC2, EC2 요금 모델과 비용 최적화, 컨테이너(Docker, ECS, EKS), Lambda, Elastic Beanstalk.',
    ].join('\n'),
    [
      "Hi! I'm the tutor for Module 6: Compute. You can:",
      '• Ask a question, e.g. "When should I use Spot Instances?" — I answer from the module and cite the section.',
      '• /quiz [topic|review] [count]: a multiple-choice quiz (e.g. /quiz 3.3, /quiz containers 10, /quiz review)',
      '• /pricing <workload>: an EC2 pricing-model recommendation with the cost arithmetic',
      '• /leaderboard, /stats: rankings and your own record',
      'Topics: EC2, EC2 pricing models and cost optimization, containers (Docker, ECS, EKS), Lambda, Elastic Beanstalk. The module content is in Korean.',
    ].join('\n'),
  );
}

/** Said under every answer from a section that is not in the module notes. */
export function supplementNote(lang: Lang): string {
  return t(
    lang,
    '※ 보충 자료: 이 섹션은 모듈 노트에 없는 내용으로, AWS 공개 자료를 바탕으로 정리했습니다.',
    '※ Supplementary: this section is not in the module notes; it was written from public AWS material.',
  );
}

export function notCoveredText(lang: Lang): string {
  return t(
    lang,
    '이 질문은 「모듈 6: 컴퓨팅」에서 다루지 않는 내용이라 답하지 않을게요. 이 모듈은 EC2, EC2 요금 모델과 비용 최적화, 컨테이너(Docker, ECS, EKS), Lambda, Elastic Beanstalk를 다룹니다. 예) "스팟 인스턴스는 언제 써?"',
    "That isn't covered by Module 6: Compute, so I won't guess. The module covers EC2, EC2 pricing models and cost optimization, containers (Docker, ECS, EKS), Lambda and Elastic Beanstalk. Try e.g. \"When should I use Spot Instances?\"",
  );
}
