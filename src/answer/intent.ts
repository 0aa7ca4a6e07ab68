// What a question asks for, read from how it is asked (its kind), and what it is about (its
// subject: the module's terms in it). The answerer chooses the passage by both.

export type QuestionKind =
  | 'summary' // "섹션 2 요약해줘": the section overview
  | 'definition' // "EC2가 뭐야?": where the term is defined
  | 'comparison' // "스팟 vs 온디맨드": the passage that states the difference
  | 'list' // "종류 다 알려줘": the whole list, as one unit
  | 'number' // "몇 분?", "최대 몇 개": a passage that states the quantity
  | 'when' // "언제 써?": the subject's use cases
  | 'benefit' // "장점이 뭐야?", "뭐가 좋아"
  | 'drawback' // "단점", "뭐가 문제": what it costs or limits, never its benefits
  | 'how' // "어떻게 해?", "방법"
  | 'explain' // "설명해줘": the passage and its neighbours under the heading
  | 'why' // "왜 비싸?": the reasons, which the passages under one heading give together
  | 'relationship' // "A랑 B는 무슨 관계"
  | 'billing' // "람다 과금 방식", "how is EBS billed": what the charge is based on
  | 'occasion' // "스팟 인스턴스는 언제 실행돼?": when something happens, a passage stating the occasion
  | 'composition' // "EC2 시작 유형이면 클러스터는 뭘로 구성돼?", "what runs on each instance": what it is made of
  | 'requirement' // "컨테이너 돌리려면 뭐가 있어야 돼?": what it needs, a passage stating a condition
  | 'duty' // "Fargate 쓰면 내가 해야 할 일은?", "누가 관리해?": who does what, the user or AWS
  | 'yesno' // "돼?", "맞지?"
  | 'lookup'; // anything else: the best passage

/** "X가 뭐야?", "X란?", "What is X?", "X 역할", "X 특징", "X = ?", "X는 뭘 하자는 거": answer with X's definition when the module has one. */
const DEFINITION = /(역할\s*[?？]?$|역할이?\s*(뭐|무엇)|특징\s*[?？]?$|뭐야|뭐임|뭔가요|뭔데|뭐에요|뭐예요|뭐지|뭔지|머임|머야|뭐여|무엇인가|무엇인지|무엇입니까|란\s*[?？]?$|이란|란 무엇|(?<!작업\s?)정의|의미|뜻|what\s+(is|are|'s)|what's|whats|define|definition|meaning of|what\s+(does|do)\s+[^?]{1,60}?\b(mean|refer\s+to)\b|stands? for|full\s*name|풀\s*네임|약자|무슨\s*(역할|일을|기능을|기능이)|역할이\s*뭐|뭐\s*하는|뭘\s*하는|what does .+ do\b|what (is|are) .+ for\b|머\s*하는|개념이?\s*(잘\s*)?(이해|헷갈)|이해가?\s*(잘\s*)?안\s*(가|돼|됨)|(뭘|뭐)\s*(하자는|하라는|하라고)|(뭔|무슨)\s*말(이|임|인지|인가)|(뭘|뭐)\s*해\s*주는|목적이?\s*(뭐|무엇)|취지|=\s*[?？]|(무슨|어떤)\s*내용|내용이\s*(뭐|무엇)|what'?s\s+.{2,40}\s+about\b|한\s*줄\s*요약|한\s*마디로?\s*요약|one-line summary)/i;

/**
 * "어떤 것들이 있어?", "4가지 원칙", "다 알려줘", "What are the options": answer with the whole list.
 * ("어떤 서비스가 Docker 이미지를 저장해?" asks which one, not for the list.)
 */
const LIST = /(어떤\s*종류|어떤\s*(것|거|게|서비스|옵션)(들|(이|가)?\s*있)|무엇이\s*있|뭐가\s*있|뭐뭐|종류|목록|가지|범주|옵션|모범\s*사례|(?<![a-z])\d\s*(원칙|범주|요소|단계|옵션|기능|대(?!신))|(원칙|범주|요소|단계|옵션|기능|요금\s*모델|모델|이점|장점|방법)\s*\d+\s*(개|가지)|전부|모두|다\s*(알려|말해|나열|정리)|나열|예시|예를\s*들|(?<!\ban\s)(?<!\bone\s)examples?\b|(경우|장점|단점|이점|기능|특징|종류|방법|옵션|요소|서비스|사례)들|뭐\s*(들어|포함)|(뭐|뭘|무엇을?)\s*(적|넣|담|명시|지정)|뭐\s*있(어|나|음|지|을까)|what('s| is) in\b|included|\bcontains?\b|각각|\beach (mean|stand|do)\b|(기본|주요|핵심)\s*기능|(key|main|core) features|what are they\b|\bname (them|all|each|every)\b|what are (the|all)|which .* are there|\blist\b|types of|kinds of|options|categories|features|best practices|pillars|principles|\ball\b)/i;

/** A section summary: "요약", "핵심만 정리", "summary". */
const SUMMARY = /((?<!한\s*(줄|마디로?)\s*)요약|총정리|핵심만|요점|정리해|정리\s*좀|정리\s*[?？!]*$|전반|전체적|개괄|훑어|summary|summari[sz]e|key points|tl;?dr|overview|big picture|\boverall\b)/i;

/** Greetings, thanks and requests for help: the help text, not a search. */
const GREETING = /^(안녕(하세요|하십니까)?|하이|헬로|ㅎㅇ|반가워(요)?|반갑습니다|고마워(요)?|감사(합니다|해요)?|땡큐|도움말|도와줘|도움|사용법|명령어|help|hi|hello|hey|yo|thanks|thank you|thx|commands|usage|start|시작)[\s!?.~,]*$/i;

/** "A vs B", "차이점", "compare": answer with the passage that compares, when there is one. */
const COMPARISON = /(차이|비교|다른\s*점|뭐가\s*달라|뭐가\s*다름|어떻게\s*달라|다릅니|다른가요|달라요|다른\s*거|구분(이|을|해|하|점)?\s*(헷갈|어려|모르|애매|뭐)|\bvs\.?\b|versus|difference|differ|\bdiffs?\b|어느\s*(게|거|것이|쪽이?)\s*더|\bwhich\s+(one\s+)?(is|gives|has|offers)\s+(more|less|the most|the least)\b|compare|comparison)/i;

/** "VM은 하이퍼바이저에서 도는데, 컨테이너는 어디서 돌아?": one topic set against another asks how they differ. */
const CONTRAST = /[가-힣a-z0-9](은|는)\s.*?(는데|지만|던데|인데|반면)[,\s]+[^,?]*?[가-힣a-z0-9](은|는)\s/i;

const NUMBER = /(며칠(?!\s*(?:만|동안|간))|몇(?!\s*(?:달|개월|년|주|일|시간)\s*(?:동안|째|씩))|얼마나|얼마|최대(?!\s*절전)|최소|how (many|much|long|fast|quickly|quick|soon)|(startup|start-up|boot|spin-?up)\s*time|maximum|minimum|\bmax\b|\bmin\b|limit|퍼센트|%|몇\s*퍼|percent|percentage|비율|(what|which)\s+(share|portion|fraction|proportion)\b)/i;
/** What happens to an instance or a charge ("언제 실행돼" asks when it happens, not when to use it). */
const HAPPENINGS = '실행|돌아|시작|중단|종료|끝|발생|청구|과금|꺼|켜';
const WHEN = new RegExp(`(언제(?!\\s*(까지|부터))(?!\\s*(${HAPPENINGS}))|어디에?\\s*(씀|써|쓰|쓰는|사용)|어디다\\s*(씀|써|쓰)|어떤\\s*경우|(좋은|적합한|알맞은|맞는)\\s*(경우|케이스|상황|때)|(쓰기|쓰면|쓸\\s*때|사용하기)\\s*(딱|제일|가장|젤|더)?\\s*좋(?!은\\s*점)|경우들|어떤\\s*상황|상황에서|경우에|사용\\s*사례|use cases?|when (should|to|do|would)\\b|suitable|good (for|fit)|best (suited|for)|well[- ]suited|ideal for|typical (workloads?|uses?)|적합)`, 'i');
/** "workloads that suit Spot" asks for use cases; "which option suits our workload" asks which one. */
const SUIT = /\bsuits?\b/i;
const CHOICE_SUITS = /\b(which|what)\s+(\w+\s+){0,2}(options?|services?|models?|ones?|types?|plans?|pricing)\b[^?]*\bsuits?\b/i;
/** Pros: "장점", "뭐가 좋아". */
const BENEFIT = /(장점|이점|upsides?\b|get out of (it|this|that)|what do (i|we|you) get\b|\bwhat\s+(do|does|can)\s+[^?]{1,40}?\s+give\s+(you|me|us)\b|(?<!안\s*)좋은\s*점|뭐가\s*좋|좋아\?|좋음|(?<!dis)advantages?|benefits?|why use|pros\b)/i;
/** Cons: "단점", "뭐가 문제", "drawbacks": the opposite answer to a benefit question. */
const DRAWBACK = /(단점|약점|문제|한계|리스크|안\s*좋은\s*점|disadvantages?|drawbacks?|downsides?|problems?|limitations?|cons\b)/i;
/** "설명해줘", "explain": a few sentences, not one. */
const EXPLAIN = /(설명|explain|describe|tell me about|자세히)/i;
/** "왜", "이유", "why": asks for reasons. */
const WHY = /(왜|이유|\bwhy\b|how come|reasons?\b)/i;
/** (What to look at while doing it, "뭘 봐야돼", "what should I check", asks how it is done.) */
const HOW = /(어떻게|어케|방법|하는\s*법|how (do|to|can|is|are)|계산|(뭘|뭐를|무엇을|어떤\s*걸)\s*(봐야|확인해야|검토해야|체크해야|살펴봐야)|what\s+(\w+\s+){0,2}(should|do|must)\s+(i|we)\s+(check|look at|monitor|review))/i;
/** "…하려면" asks how, unless it goes on to ask what to use ("막으려면 뭘 써야 돼?"). */
const IN_ORDER_TO = /하려면|으려면|려면/;
/** "몇 개만 알려줘", "a few examples": some items of a list, not a count. */
const A_FEW = /몇\s*(개|가지)\s*만|\ba few\b|\bsome (examples|of them)\b/i;
/** Who does what: "내 몫", "내가 해야 할 일", "누가 관리해", "what do I still do myself". */
const DUTY = /(내\s*몫|(서버|인프라|OS|운영\s*체제)\s*(를|은|는)?\s*(직접\s*)?관리\s*(를\s*)?(해야|하나|해\?|함\?|필요)|\b(do|must|should)\s+(i|we)\s+(still\s+)?((have|need)\s+to\s+)?manage\s+(the\s+)?(servers?|infrastructure|os)\b|AWS(가|에서)\s*(대신\s*|알아서\s*)?(관리|처리|해\s*주|맡)|what\s+does\s+aws\s+(manage|handle|take care of|do for)|(내가|제가|우리가|저희가|우리\s*쪽에서|우리\s*쪽|사용자가)\s*(직접\s*)?(해야|할\s*(일|것|거|게)|하는\s*(일|것|거|게)|관리|맡)|해야\s*(할|하는)\s*(일|것|거|게)|뭐만\s*하면|(뭐|무엇)(를|을)?\s*하면\s*(돼|됨|되)|누가\s*(관리|해|하|담당|맡|책임)|what\s+(do|must|should)\s+(i|we)\s+(still\s+)?((have|need)\s+to\s+)?do\b|(i|we)\s+still\s+(do|have to|need to|manage)|which\s+parts?\b|(myself|ourselves)\b|left\s+(for|to)\s+(me|us)\b|\bmy\s+(job|part|responsibilit)|who\s+(manages|handles|does|runs|is responsible|takes care))/i;
/** When something happens (not when to use it): "언제 실행돼", "when does it run". */
const OCCASION = new RegExp(`언제\\s*(${HAPPENINGS})|\\bwhen\\s+(does|do|is|are|will|would)\\s+(\\S+\\s+){0,5}?(run|runs|start|stop|end|terminate|get\\s+interrupted|interrupted|charged|billed)\\b`, 'i');
/** What something is made of, or what runs on each of its parts. */
const COMPOSITION = /((무엇|뭘|뭐|무엇으)로\s*(구성|이루어)|(어떤|어떻게)\s*구성|(마다|각각)\s*(실행|돌)\S*\s*(있는|되는|중인)|구성\s*(요소|은|이)\s*(뭐|무엇)|(마다|각각|각)\s*(\S+\s+){0,3}?(뭐가|무엇이|뭘|어떤\s*\S+이?)\s*(실행|돌|떠|깔려)|\bconsists?\s+of\b|\bmade\s+(up\s+)?of\b|\bcomposed\s+of\b|\bwhat\s+(is\s+)?(runs?|running)\s+on\s+each\b)/i;
/** How something is charged: "과금 방식", "돈은 뭐 기준으로 내", "how is it billed". */
const BILLING = /(과금\s*(방식|기준|체계|구조|은?\s*(어떻게|어케)|이\s*(어떻게|어케))|(어떻게|어케)\s*과금|요금\s*(방식|기준|체계|구조|은\s*(어떻게|어케)|은\s*어떤\s*기준|이\s*(어떻게|어케)|(어떻게|어케))|돈\s*(은|을|이)?\s*(뭐|무슨|어떤|(어떻게|어케))\s*(기준|내|나가|매겨)|(뭐|무슨|어떤)\s*기준으로\s*(돈|요금|과금|청구|내)|how\s+(is|are)\s+(\S+\s+){0,4}?(billed|charged|priced)|how\s+(do|does)\s+(\S+\s+){0,4}?(pay|charge|bill)\b|\bbilling\s+(model|works?|basis)|\bhow\s+(does|do|is|are)\s+(\S+\s+){0,3}?(pricing|billing)\s+works?\b|\b(charges?|bills?)\s+(me|us|you)\b|\b(am|are|is)\s+(i|we|you|it)\s+(charged|billed)\b)/i;
/** What something needs: "뭐가 필요해", "뭐가 있어야 돼", "what do I need", "requirements". */
const REQUIREMENT = /((뭐|무엇|뭐뭐)(가|이)?\s*(꼭\s*)?(필요|있어야|깔려\s*있어야|설치돼\s*있어야)|필요한\s*(게|것|거|건)\s*(뭐|무엇)|what\s+(do|does|would)\s+([a-z0-9]+\s+){1,3}?need\b|what('s|\s+is|\s+are)\s+(needed|required)|\brequirements?\b|\bprerequisites?\b)/i;
const RELATIONSHIP = /(관계|relationship|related to|\brelates?\b|\brelation\b|연관)/i;
const YESNO = /(돼\??$|해야\s*(함|됨|돼|하나|되나)\??$|되나|돼요|되나요|가능|맞지|맞아|맞나|맞죠|맞습니까|맞을까|(이에요|예요|인가요|입니까|인가|이죠|거죠|건가요|해야\s*됨)\??$|할\s*수\s*있|있어\?|있음\?|유료|무료|^(is|are|can|does|do)\b)/i;
/** A question word: "어떤 사용률을 봐야 돼?" asks which, however it ends. */
export const WH = /(어떤|무슨|무엇|뭘|뭐|뭔|언제|어디|어느|왜|어떻게|어케|누가|누구|\b(what|which|when|where|why|how|who)\b)/i;

/** The kinds of a question, most specific first (a list question may also be a "when" question). */
export function questionKinds(q: string): QuestionKind[] {
  const kinds: QuestionKind[] = [];
  if (SUMMARY.test(q)) kinds.push('summary');
  if (COMPARISON.test(q) || CONTRAST.test(q)) kinds.push('comparison');
  if (RELATIONSHIP.test(q)) kinds.push('relationship');
  if (OCCASION.test(q)) kinds.push('occasion');
  if (COMPOSITION.test(q)) kinds.push('composition');
  if (BILLING.test(q)) kinds.push('billing');
  if (REQUIREMENT.test(q)) kinds.push('requirement');
  if (DUTY.test(q)) kinds.push('duty');
  if (LIST.test(q) || A_FEW.test(q)) kinds.push('list');
  if (NUMBER.test(q) && !A_FEW.test(q)) kinds.push('number');
  if (WHEN.test(q) || (SUIT.test(q) && !CHOICE_SUITS.test(q))) kinds.push('when');
  if (BENEFIT.test(q)) kinds.push('benefit');
  if (DRAWBACK.test(q)) kinds.push('drawback');
  // ("돌리려면 서버 관리 해야함?" checks a claim: no how.)
  if (HOW.test(q) || (IN_ORDER_TO.test(q) && !WH.test(q) && !YESNO.test(q))) kinds.push('how');
  if (EXPLAIN.test(q)) kinds.push('explain');
  if (WHY.test(q)) kinds.push('why');
  if (DEFINITION.test(q)) kinds.push('definition');
  if (YESNO.test(q) && !WH.test(q)) kinds.push('yesno');
  if (!kinds.length) kinds.push('lookup');
  return kinds;
}

/**
 * Whether a passage states a difference itself (not one that merely sits under a "차이" heading):
 * 'states' when it says so ("차이", "비교"), 'contrasts' when it only contrasts ("반면", "보다").
 */
export function statesDifference(text: string): 'states' | 'contrasts' | undefined {
  if (/차이|비교|다른 점/.test(text)) return 'states';
  return /반면|다르|달리|대신|보다/.test(text) ? 'contrasts' : undefined;
}
/** "섹션3 요약", "section 4", "§3.3", "3.4.2절": the learner names a section by its number. */
const SECTION_REF = /(?:섹션|section|sec\.?|§|챕터|chapter|단원|파트|part)\s*(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.]*\d)|(\d{1,2}(?:\.\d{1,2}){0,2})\s*(?:절|장)(?![가-힣])/i;

/** A bare dotted number ("3.4.2 요약", "3.4.3 summary pls") names a section when a summary or its content is asked. */
const BARE_REF = /(?<![\d.])(\d\.\d{1,2}(?:\.\d{1,2})?)(?![\d.]*\d)/;
const CONTENT_ASKED = /(요약|정리|내용|설명|핵심|summary|summari[sz]e|overview|explain|about|tl;?dr)/i;

/**
 * The section number a question names, and the question without it; undefined when it names none.
 * `bare`: named without "섹션"/"§"/"절", so it is only a section when the module has that number.
 */
export function sectionRef(q: string): { id: string; rest: string; bare?: boolean } | undefined {
  const m = SECTION_REF.exec(q);
  if (m) return { id: m[1] ?? m[2], rest: (q.slice(0, m.index) + ' ' + q.slice(m.index + m[0].length)).trim() };
  const b = CONTENT_ASKED.test(q) ? BARE_REF.exec(q) : null;
  if (b) return { id: b[1], rest: (q.slice(0, b.index) + ' ' + q.slice(b.index + b[0].length)).trim(), bare: true };
  return undefined;
}

/** Asking who the tutor is ("what's your name", "너 누구야"): its introduction answers. */
const WHO_ARE_YOU = /^(what'?s|what\s+is)\s+your\s+name|^who\s+are\s+you|^(너|넌|니|당신)\s*(는|은)?\s*(누구|이름|뭐하는|정체)|^(이름|정체)\s*(이|가)?\s*(뭐|머)/i;

export const isGreetingOrHelp = (q: string) => GREETING.test(q.trim()) || WHO_ARE_YOU.test(q.trim());
