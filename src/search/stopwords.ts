import { stemEnglish } from './normalize.ts';

// Words that say how someone asks, not what about. Removed before scoring so that
// "뭐야" or "what is" never pulls a section up. (Adverbs and course words are here only where the
// module's own text never uses them: "많이" stays a word, since the notes say "비용이 많이 듦".)
const KO = `뭐야 뭐 뭔가 뭔지 뭐지 뭐에요 뭐예요 뭐임 뭘 무엇 무엇인가 무엇인지 무슨 어떤 어떻게 어떡해 어때 어떰 왜 설명 설명해 설명해줘 설명해주세요
알려줘 알려주세요 알려 해줘 해주세요 주세요 줘 좀 있어 있나 있나요 있는 있음 있어요 인가 대해 대해서 관해 관해서 관련 그리고 그럼 그냥 그게 이게 저게
정도 얼마 얼마나 하는 해 해요 하나요 하면 할 한 돼 되나 되나요 되는 된 될 됨 것 거 건 게 수 등 및 또는 혹은 다 더 잘 꼭 나 내 제 우리 너 당신
돌려 돌리 돌릴 돌리면 돌려도 되지 되죠 되잖아 돌아가 돌아가는 띄울 띄워 띄우 띄우는 걸려 걸리 걸리는 써도 쓰고 쓸 쓰는 뜻해 뜻이야 들어있어 들어가 관련된건 관련된 얘기 얘기야 말이야 건가 건지 거야 거임 몇 몇개 몇번째 번째 제일 가장
어디서 어디에서 뭐하 뭐해 뭐함 뭐하는 괜찮아 괜찮 끼리 뭔말 무슨말 뭔뜻 무슨뜻 머임 머야 머지 뭐임 뭐여 머여 한번 사용법 방법 법 뭐가 무엇이 안에 안에는 어디 어디에 누가 누구 누구한테 어느
한줄로 한줄 한마디로 한마디 정의 뜻 의미 간단히 간단하게 짧게 쉽게 대충 시험 시험에 나올듯 나올까 말해봐 땜에 때문에 때문 때매 따로 에서 에서는 에선 으로 으로는 에게 이랑 까지 부터 보다 처럼 이나 하고 이야 인가 이지 에는
궁금해 궁금 알고 싶어 싶다 싶은 말해줘 말해 가르쳐줘 가르쳐 쓰는 써 쓰면 써야 해야 때 경우 무엇일까 뭘까 일까 인데 한데 같은 같아 같이 이란 이런 저런
있는데 있는데요 하는데 하는데요 했는데 인데요 거든요 거든 저희 저희가 저희는 저희도
안녕하세요 안녕 것들 거들 아주 엄청 완전 수강생 학생 기초 기초부터 처음부터 쭉 한번에 며칠 며칠씩 나와 나와요 나와있 비유 비유는 비유가 비유로 뜻인
그거 그게 그건 예시 예시로 예시가 얘기였지 얘기 팀장님 부장님 과장님 상사 동료 사수 신입 신입사원 통째 통째로 중간에 일은 일이 할일 할일은 할일이 퀴즈 퀴즈라 퀴즈에 그대로 보통 했지 했더라 했었지 그랬지 그랬나 주로 걸로 개념 개념이 개념은 개념을 이해 이해가 이해를 이해가안 안가요 안가 안감 안가네 헷갈려 헷갈림 헷갈리 헷갈려요 내가 제가 나는 저는 곳 곳이 곳은 곳을 데가 있다던데 있다고 하던데 중인데 중이에요 중입니다
빠짐없이 빠짐없 남김없이 하나도 전부 모두 나열 나열해 나열해봐 나온 나오는 나왔던 나왔 해주세 주세 해주실 해줄래 해줄 알려주실
아님 아냐 아니야 아닌가 아닌가요 아니에요 아닌지 정석 정석이 정확히 정확하게 자세하게 대체 도대체 혹시 혹시나 진짜 정말 대략 좀더 조금 약간 너무 엄청 되게 원래 아까 방금 요즘 결국 일단 우선
줄로 줄만 설명하듯 설명하듯이 말하듯 말하듯이 애임 애야 애에요 애예요 얘임 얘야 얘는 애는 문장으로 마디로 강의 강의에서 수업 수업에서 슬라이드 교재 교수님 강사님 필기 강의자료 문장 한문장`;
const EN = `a an the is are was were be been being am do does did doing have has had of to in on at by for from with about as into than then
what whats which who whom whose why how when where is it its it's this that these those there here i me my we our you your they them their
can could should would will shall may might must please tell explain describe show give know want need like use using used get
and or not no yes so if but also just any some all very much many more most vs versus way ways thing things one ones
actually really basically exactly simply even still ever quite pretty ok okay pls plz thanks thank hey hi
find check see look tell talk say says said mean know think keep doing done go goes going come comes make makes made
good bad best better new old big small lot lots kind sort part parts main idea point points people person someone something
anything everything nothing section sections chapter module summary summarize summarise overview topic topics question answer
example please help me us around next times again other another each both either same different
really right wrong true false possible why who whom because since while though although
figure whether usually often typically ends end up
long take takes took taking exactly precisely roughly
lecture lectures slide slides class classes course lesson lessons textbook professor instructor teacher
line lines sentence sentences brief briefly tldr
cover covers covered covering incl including less totally completely entirely assume assumed assuming least hood
plain layman laymen one-liner oneliner analogy analogies metaphor boss colleague colleagues coworker coworkers architect architects pm cto ceo saying asked asks blanked
ve ll re too given got gotten getting fairly nobody anybody anyone everyone somebody anymore anyway maybe between among`;

/** Chat question words however they end ("뭐하는거임", "머임", "뭔데"): they ask, they are not asked about. */
const QUESTION_WORD = /^(뭐|머|뭔|뭘|무엇|무슨)[\uac00-\ud7a3]*$/;

/** How short an answer should be, glued to what it asks ("한줄정의", "한마디로요약", "간단설명"): not a subject. */
const ANSWER_STYLE = /^(한줄|한마디|간단|짧게|쉽게|대충)(정의|정|요약|설명|정리|로|만)?$/;

/** "몇퍼", "몇프로", "몇개": how many, glued to its counter. (Not 몇 분, which the module says: "몇 분 만에".) */
const HOW_MANY = /^몇(퍼|프로|퍼센트|개|대|번|명|가지|배|달|년)$/;

/** A request however it ends ("알려주삼", "가르쳐주셈", "설명해줄래"): it asks, it is not asked about. */
const REQUEST_WORD = /^(알려|가르쳐|말해|설명해|정리해|요약해|보여)(줘|주|줌|봐|바)[\uac00-\ud7a3]*$/;

/** "뭘 하자는거임", "뭘 해주는거야": what something is for or does, asked; not a subject. */
const PURPOSE_WORD = /^(하자는|해주는|해준다는|줄이자는|늘리자는|쓰자는)[\uac00-\ud7a3]*$/;

/** "괜찮음?", "괜찮을까요": whether it is fine, asked however it ends; not a subject. */
const FINE_WORD = /^괜찮[\uac00-\ud7a3]*$/;

export const isStopword = (w: string): boolean =>
  STOPWORDS.has(w) || QUESTION_WORD.test(w) || FINE_WORD.test(w) || ANSWER_STYLE.test(w) || HOW_MANY.test(w) || REQUEST_WORD.test(w) || PURPOSE_WORD.test(w) ||
  // "뜻좀", "설명좀": 좀 glued to a stopword; "안쓰는", "안되지": 안 (not) glued to one.
  (w.length >= 2 && w.endsWith('좀') && isStopword(w.slice(0, -1))) ||
  (w.length >= 3 && w.startsWith('안') && isStopword(w.slice(1)));

// Words are stemmed before this check ("does" → "doe"), so each English stopword is kept stemmed too.
const STOPWORDS = new Set([...KO.split(/\s+/), ...EN.split(/\s+/).flatMap((w) => [w, stemEnglish(w)])].filter(Boolean));
