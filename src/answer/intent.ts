// What kind of answer a question wants, read from how it is asked (not what it is about).

/** "X가 뭐야?", "X란?", "What is X?": answer with X's definition when the section has one. */
const DEFINITION = /(뭐야|뭐임|뭔가요|뭔데|뭐에요|뭐예요|뭐지|뭔지|무엇인가|무엇인지|무엇입니까|란\s*[?？]?$|이란|란 무엇|정의|의미|뜻|what\s+(is|are|'s)|what's|whats|define|definition|meaning of|stands? for)/i;

/** "어떤 것들이 있어?", "4가지 원칙", "What are the options": answer with the whole list. */
const LIST = /(어떤\s*(것|거|게|종류|서비스|옵션)|무엇이\s*있|뭐가\s*있|뭐뭐|종류|목록|가지|범주|옵션|기능|모범\s*사례|what are the|which .* are there|list|types of|kinds of|options|categories|features|best practices|pillars|principles)/i;

/** Greetings, thanks and requests for help: the help text, not a search. */
const GREETING = /^(안녕(하세요|하십니까)?|하이|헬로|ㅎㅇ|반가워(요)?|반갑습니다|고마워(요)?|감사(합니다|해요)?|땡큐|도움말|도와줘|도움|사용법|명령어|help|hi|hello|hey|yo|thanks|thank you|thx|commands|usage|start|시작)[\s!?.~,]*$/i;

/** "A vs B", "차이점", "compare": answer with the passage that compares, when there is one. */
const COMPARISON = /(차이|비교|다른\s*점|뭐가\s*달라|\bvs\.?\b|versus|difference|differ|compare|comparison)/i;

export const isComparisonQuestion = (q: string) => COMPARISON.test(q);
export const isComparison = (p: { text: string; heading?: string; defines?: string }) =>
  /차이|비교/.test(`${p.heading ?? ''} ${p.defines ?? ''} ${p.text.slice(0, 40)}`);
export const isDefinitionQuestion = (q: string) => DEFINITION.test(q);
export const isListQuestion = (q: string) => LIST.test(q);
export const isGreetingOrHelp = (q: string) => GREETING.test(q.trim());
