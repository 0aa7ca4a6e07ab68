// Is a chat message a workload to advise on, or a question about pricing concepts?
import { extractFactors, normalize } from './extract/index.ts';
import type { FactorKey } from './types.ts';
import { MAX_INPUT_CHARS } from '../search/normalize.ts';

const WEAK = new Set<FactorKey>(['bad-number', 'redundant', 'storage', 'cheap', 'price', 'instance', 'batch', 'dev-test', 'upfront', 'commitment-ok']);

const DECISIVE = new Set<FactorKey>(['licensing', 'isolation', 'host-control', 'compliance']);

/** A question about pricing concepts (what a model is, which model has a feature), not a workload. */
const CONCEPT = /how much (?:cheaper|does|is|more|can)|얼마나\s*(?:싸|저렴|절약|절감)|뭐야|뭔가요|뭐예요|뭐에요|뭐지|뭔데|무엇인가요|무엇인지|무엇이|무엇을|란\s*\??$|이란|란\s*무엇|차이|비교해\s*줘|설명해|알려\s*줘|뜻이|의미|장점|단점|특징|종류|언제\s*쓰|어떻게\s*(?:작동|동작|달라|다르)|기간은|할인율은|얼마나\s*할인|몇\s*분\s*전|what\s+(?:is|are|'s)|what's|what does|explain|difference|how does|how do .* work|define|meaning of|tell me about|pros and cons|compare|which\s+(?:ec2\s+)?(?:pricing\s+)?(?:model|option)s?\s+(?:comes?\s+with|includes?|has|have|offers?|gets?|gives?|provides?|supports?)\b|(?:적용되는|적용돼|포함되는|지원되는)\s*(?:요금\s*모델|모델|요금제)/;
const MODEL_TERM = /스팟|예약\s*인스턴스|온디맨드|전용\s*호스트|전용\s*인스턴스|예정된\s*예약|savings\s*plan|spot|reserved|on-demand|dedicated|요금\s*모델|pricing model/;
const WORKLOAD = /서버|트래픽|부하|학습|시뮬레이션|db|데이터베이스|작업|잡|배치|크롤러|서비스|워크로드|클러스터|api|앱|애플리케이션|사이트|웹|백엔드|파이프라인|렌더링|게임|erp|시스템|박스|인스턴스\s*\d+\s*대|\d+\s*대|server|database|\bdb\b|\bjobs?\b|workload|crawler|cluster|\bapi\b|\bapp\b|application|website|\bsite\b|\bbox\b|backend|pipeline|render|\bgame\b|\berp\b|service|fleet|\bnodes?\b|machines?|workers?|queue|traffic|\bload\b|training/;
const COMPUTE = /서버|인스턴스|ec2|vm|가상\s*머신|server|instance|machine|\bbox\b/;
const QUESTION_END = /(?:\?|이야|인가요|인가|나요|니|냐|까|죠|지|어때|예요|에요|인지)\s*\??$/;
const NEED = /필요|쓰려|쓰고\s*싶|띄우|돌리|돌릴|운영하려|구매하려|사려|\bneed|want to (?:run|use|host|launch)|looking for|planning to (?:run|use|host)|going to (?:run|host)/;
const FIRST_PERSON = /우리|저희|제가|내가|나는|저는|회사|사내|팀|\bwe\b|\bour\b|\bi\b|\bmy\b|\bi'm\b|\bwe're\b/;
const ASK_ADVICE = /(?:어떤|무슨|뭘|어느)\s*(?:요금|구매|모델|옵션|인스턴스\s*(?:요금|유형)).*(?:좋|맞|추천|써야|골라|유리)|추천\s*(?:해|좀|부탁)|어떻게\s*(?:사야|구매|결제)|which (?:pricing|purchase|purchasing|billing) (?:model|option)|what should (?:i|we) (?:use|buy|choose|pick)|recommend|cheapest way to run/;

/** True when free text reads like a workload description rather than a concept question. */
export function looksLikeWorkload(text: string): boolean {
  const s = normalize(text.slice(0, MAX_INPUT_CHARS));
  if (s.length < 4) return false;
  const workload = WORKLOAD.test(s);
  const concept = CONCEPT.test(s);
  const personal = FIRST_PERSON.test(s);
  // "예약 인스턴스는 몇 년 약정이야?": a question about a model, nobody's workload.
  // (Decided before reading the factors, which costs more than these patterns.)
  if (MODEL_TERM.test(s) && QUESTION_END.test(s) && !personal && !NEED.test(s) && !workload) return false;
  if (concept && !personal && !workload) return false;
  const f = extractFactors(text);
  const strong = f.understood.filter((k) => !WEAK.has(k)).length;
  const weak = f.understood.length - strong;
  if (concept && (strong < 2 || (MODEL_TERM.test(s) && !personal))) return false;
  if (strong >= 2) return true;
  // A licence, isolation or compliance need is a workload fact on its own.
  if (f.understood.some((k) => DECISIVE.has(k))) return true;
  if (strong >= 1 && (workload || personal)) return true;
  if (ASK_ADVICE.test(s) && (workload || personal || strong + weak > 0)) return true;
  if (concept) return false;
  if (strong >= 1 && weak >= 1) return true;
  if (weak >= 1 && workload && personal) return true;
  // "서버 하나 필요해", "I need an EC2 instance": too little to decide, but the advisor asks.
  if (NEED.test(s) && (workload || COMPUTE.test(s))) return true;
  return false;
}
