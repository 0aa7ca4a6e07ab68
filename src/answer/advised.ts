// "…1년 내내 24시간 돌릴 예정인데 요금 모델 뭐가 나아요?", "빅데이터 배치인데 최대한 싸게": a workload asking
// which pricing model. The pricing advisor decides; the answer then quotes that model's use cases.
import { advise, looksLikeWorkload } from '../pricing/index.ts';
import { modelName } from '../pricing/names.ts';

/** Asking for a pricing model (or purchase option), or how to buy the capacity ("뭘로 사는게 이득"). */
const PRICING_ASKED = /요금\s*모델|요금제|구매\s*(옵션|유형)|pricing\s*(model|option)|purchas\w*\s*option|billing\s*option|(뭘로|뭐로|어떻게)\s*사(는|야|면)|사는\s*게\s*(이득|나아|좋)|what should (i|we) buy|\b(which|what)\s+(ec2\s+)?(pricing|purchas\w*|payment|billing)\b|\bpricing\s+(fits|works|suits|is best|makes sense)|what (do|should) (i|we) run (it|this|that|them) on/i;
/** A pricing model named, however spelled. */
const MODEL_WORDS = String.raw`(스팟|온디맨드|온디멘드|예약\s*인스턴스|리저브드|전용\s*(호스트|인스턴스)|spot|on-?demand|reserved|\bri\b|dedicated)`;
/** "배치 작업이면 스팟 써도 괜찮음?", "is spot ok for that?": a pricing model checked against a workload. */
const MODEL_CHECKED = new RegExp(
  MODEL_WORDS +
    String.raw`[^?]{0,12}?(써도|사용해도|돌려도|골라도|해도|으로\s*해도|로\s*해도)\s*(돼|되|됨|괜찮|상관)|\b(is|are)\s+(spot|on-?demand|reserved|an? ri|dedicated)[^?]{0,20}\b(ok|okay|fine|good|suitable|a good (idea|fit|choice))\b|\b(can|should) (i|we) (use|go with|pick) (spot|on-?demand|reserved|an? ri|dedicated)`,
  'i',
);
/** "…필요하면 뭐 골라야됨": which option to choose, said of a workload (the advisor decides whether it describes one). */
const CHOICE_ASKED = /(뭐|뭘|무엇을?|어떤\s*(거|걸|것을?|게))\s*(골라|고르|선택)/;
/** Which of the pricing models named is better for it ("온디멘드vs리저브드 뭐가 나음", "reserved vs on-demand for a server …"); not EC2 against Lambda. */
const BETTER_ASKED = /(뭐가|어느\s*(게|거|것이|쪽이?))\s*(더\s*)?(나음|나아|낫|좋|유리|이득)|\bwhich\s+(one\s+)?(is|would be)\s+(better|best|cheaper)\b|\b(vs\.?|versus)\s+\S+(\s+\S+)?\s+for\s+(a|an|my|our|the)\b/i;
const MODEL_NAMED = new RegExp(MODEL_WORDS, 'i');
/** Something cheaper than a pricing model named ("온디맨드보다 싼거 뭐 있음"); not serverless cheaper than servers. */
const CHEAPER_THAN_MODEL = new RegExp(MODEL_WORDS + String.raw`\s*(인스턴스\s*)?보다\s*(더\s*)?(싼|싸게|저렴)|cheaper\s+than\s+(an?\s+)?` + MODEL_WORDS, 'i');
/** Another compute service weighed against EC2 (a choice of service, not of pricing model). */
const OTHER_COMPUTE = /람다|lambda|서버리스|serverless|fargate|페어?게이트|컨테이너|container|beanstalk|빈스톡/i;
/** Asking to run something as cheaply as possible ("최대한 싸게 하고싶음"): a pricing model is what is asked. */
const CHEAPEST_ASKED = /(최대한|제일|가장|젤)\s*(싸게|저렴하게|싼)|cheapest|as cheap as possible|비용\s*(을\s*)?(최대한\s*)?(줄이|아끼)/i;


/** The glossary term of the pricing model the advisor picks for the workload a question describes, if it describes one. */
export function advisedModel(question: string): string | undefined {
  if (!(PRICING_ASKED.test(question) || CHEAPEST_ASKED.test(question) || CHOICE_ASKED.test(question) || MODEL_CHECKED.test(question) || CHEAPER_THAN_MODEL.test(question) || (BETTER_ASKED.test(question) && MODEL_NAMED.test(question) && !OTHER_COMPUTE.test(question))) || !looksLikeWorkload(question)) return undefined;
  const advice = advise(question);
  const model = advice.model ?? advice.provisional;
  return model ? modelName(model, 'ko') : undefined;
}
