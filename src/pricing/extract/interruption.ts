// Whether the work may be interrupted (Spot), negations first, and batch-like work that usually may.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';
import { FAULT_TOLERANCE } from '../lexicon.ts';

export function extractInterruption(t: string): Part {
  const f = part();
  const u = marker(f);
  const notInterruptible = any(t,
    /(?:중단|중지|다운|정지|종료)\s*(?:이|을|가|를)?\s*(?:되|돼|되어|되면|돼서|되서|시키면|하면|시켜선|되선|되어서는|돼서는|되어선|하면서)?\s*(?:은|는|선|서는)?\s*안\s*(?:됨|돼|되|된다|됩니다|되는|될)/,
    /(?:중단|다운|끊김|멈춤|정지|장애)\s*(?:이|을|은)?\s*(?:허용|용납)\s*(?:되지|하지|할\s*수|이|이\s*안)?\s*(?:않|없|안|불가|x)/,
    /(?:중단|다운|끊김|멈춤|정지|장애)\s*(?:불가|금지|없이|없어야|허용\s*(?:불가|안)|되면\s*(?:큰일|곤란|치명|안))/,
    /(?:중단|끊기|끊어지|멈추|멈춰|죽)\S{0,3}면\s.{0,20}?(?:안\s*(?:됨|돼|된다|되는|됩니다)|곤란|큰일|치명)/,
    /(?:재시작|재실행|다시\s*시작)\s*(?:이|은|도)?\s*(?:불가|안\s*(?:됨|돼|되)|할\s*수\s*없)|무중단|중단\s*없는|항상\s*떠\s*있어야|멈추면\s*안|멈춰선\s*안|멈춰서는\s*안/,
    /(?:끊기|끊어지|끊기|꺼지|죽으|죽|멈추|내려가)(?:면|어도|면은)\s*(?:안|큰일|곤란|절대)/,
    /절대\s*(?:중단|멈추|끊기|꺼지|죽)/,
    /(?:중단|인터럽트|interrupt)\S*\s*(?:견딜|감당|버틸)\s*(?:수\s*)?(?:없|x)/,
    /(?:중단|종료)(?:되|돼)?(?:도|어도)?\s*(?:괜찮지|상관\s*있|괜찮은\s*게\s*아니)/,
    /(?:must|should|can|may|could)\s*(?:not|never|n't)\s*(?:ever\s*)?(?:be\s*|get\s*)?(?:interrupt|stopp|terminat|kill|shut|pre-?empt|go(?:es)? down)/,
    /\b(?:can't|cant|cannot|won't|shouldn't|mustn't|couldn't|can not|may never|must never)\s*(?:ever\s*)?(?:be\s*|get\s*)?(?:interrupt|stopp|terminat|kill|shut down|pre-?empt|go(?:es)? down|restart)/,
    /(?:can't|cannot|can not|couldn't|won't|doesn't|does not|don't|do not|cant)\s*(?:tolerate|afford|handle|accept|survive|allow|take|deal with)\s*(?:any\s*|an?\s*|being\s*)?(?:interrupt|downtime|terminat|stopp|pre-?empt|outage)/,
    /(?:no|zero|without)\s*(?:\w+\s)?(?:interruptions?|downtime)/,
    /\b(?:not|non)[- ]?(?:interruptible|fault[- ]tolerant|restartable)|uninterrupt/,
    /(?:not|never|isn't|is not|aren't)\s*(?:ok|okay|acceptable|fine|allowed)\s*(?:to|if|when|for)\s*(?:it|them|us|the job)?\s*(?:to\s*)?(?:be\s*|get\s*)?(?:interrupt|stop|kill|terminat|restart)/,
    /(?:interrupt\w*|terminat\w*|stopp\w*|restarts?)\s*(?:is|are|would be|will be)\s*(?:not (?:ok|okay|acceptable|allowed|fine|tolerable)|never (?:ok|acceptable)|unacceptable|a (?:big )?problem|catastrophic|not an option|not allowed)/,
    /must (?:stay|be|remain|keep) (?:up|on|available|running)|has to (?:stay|keep) (?:up|running)|mission[- ]critical/);
  const yesInterruptible = any(t,
    /(?:중단|중지|끊|종료|꺼지|꺼져|죽|멈|인터럽트|회수|다운)\S{0,6}\s*(?:도|더라도)\s*(?:괜찮|괜찬|괜춘|무방|상관\s*없|상관없|문제\s*(?:없|x)|ok|오케이|되|돼|된다|됨|좋|감수|상관\s*x)/,
    /(?:중단|중지|인터럽트)\s*(?:은|이|을|는)?\s*(?:허용|가능|감수|ok|괜찮)/,
    /(?:다시|재)\s*(?:시작|실행|돌리|돌려|시도|처리)\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되|된다|그만|끝|ok)/,
    /재시작\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되)|(?:재시작|재시도|재처리|재실행|다시\s*시작|다시\s*실행)\s*(?:이|도|은|만)?\s*(?:가능|할\s*수\s*있|하면\s*(?:됨|돼|되|그만|끝))|재시도\s*(?:가능|하면|로)|(?:큐|대기열)\S{0,2}\s*다시\s*(?:들어|넣|쌓)|다시\s*(?:큐|대기열)에|이어서\s*(?:하면|처리하면|돌리면)|중간부터\s*다시/,
    /내결함성|결함\s*허용|장애\s*허용|체크포인트|멱등|언제\s*(?:끊겨|중단돼|중단되|멈춰|종료돼)도|급하지\s*않|마감이?\s*(?:없|여유)|시간\s*여유|아무\s*때나|유연하게\s*(?:실행|돌려)/,
    /(?:can|could|may|will)\s*(?:be|get)\s*(?:safely\s*)?(?:interrupt|stopp|kill|terminat|pre-?empt|restart|replaced|reclaimed|taken away|shut down)/,
    /\b(?:can|could|will|just)\s+(?:safely\s+|simply\s+|always\s+)?(?:restart|resume|rerun|re-run|retry|pick up where)|\b(?:get|are|is|be)\s+(?:automatically\s+|simply\s+|just\s+)?(?:retried|requeued|re-queued|rescheduled|restarted|resumed)\b/,
    /(?:at any time|anytime) without (?:harm|impact|problems?|issues?)|without (?:any )?harm/,
    /(?:ok|okay|fine|acceptable|no problem|alright|doesn't matter|don't mind|do not mind|not a problem)\s*(?:if|when|to|being)\s*(?:it|they|jobs?|tasks?|instances?|nodes?|we|workers?)?\s*(?:gets?|are|is|be|get)?\s*(?:interrupt|stopp|kill|terminat|pre-?empt|restart|reclaim|replac|taken away|shut down)/,
    /interrupt\w*\s*(?:are|is)\s*(?:ok|okay|fine|acceptable|tolerable|not a problem|no problem)|tolerat\w*\s*(?:interrupt|terminat)/,
    /\binterruptible|pre-?emptible|fault[- ]tolerant|resumable|checkpoint|idempotent|retries|just (?:restart|rerun|re-run|retry)|re-?run (?:it|them|the job)|stateless workers|no deadline|not time[- ]sensitive|not urgent|flexible (?:start|timing|deadline|schedule)|whenever (?:it's )?cheap/);
  if (notInterruptible) {
    f.interruptible = false;
    u('not-interruptible');
  } else if (yesInterruptible || any(t, FAULT_TOLERANCE.ko, FAULT_TOLERANCE.en)) {
    f.interruptible = true;
    u('interruptible');
  }
  if (any(t, /배치|크롤러|크롤링|스크래핑|렌더링|인코딩|트랜스코딩|시뮬레이션|빅\s*데이터|하둡|스파크|머신\s*러닝\s*학습|모델\s*학습|학습\s*작업|데이터\s*처리|이미지\s*처리|영상\s*처리|분석\s*(?:작업|클러스터)|\bbatch|crawl|scrap(?:e|er|ing)|render|encod|transcod|simulat|big ?data|hadoop|spark|\bemr\b|training (?:jobs?|runs?)|(?:ml|model|deep learning|dl|gpu|llm)\s+training|train(?:ing)? (?:a |the |our )?(?:ml )?models?|data processing|image processing|video processing|ci (?:builds?|jobs?|runners?)|ci\s*(?:빌드|러너|작업|잡)|빌드\s*(?:러너|서버|작업|잡|팜|머신)|build (?:jobs|farm|runners?|agents?)|monte carlo|genomics|hpc/)) {
    f.batchLike = true;
    u('batch');
  }
  if (any(t, FAULT_TOLERANCE.redundant)) {
    f.redundant = true;
    u('redundant');
  }
  return f;
}
