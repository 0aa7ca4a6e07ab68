// The words the pricing extractors look for, Korean and English, one group per factor.
// Structure (numbers, time ranges, durations) stays in the extractors; only vocabulary is here.

/** Words that say a mentioned factor is absent. */
export const NEGATION = {
  /** Right after the mention, in the same clause (not past a connective ending: "…면 되고 라이선스는 없음"): "는 필요 없고", "은 상관없는", "이슈는 없음", "ㄴㄴ". */
  koAfter: /^(?:(?!(?:고|면|며|는데|지만)\s)[^,.;!?]){0,14}?(?:필요\s*(?:없|x|ㄴ)|불필요|상관\s*(?:없|x)|무관|없(?:고|음|어|는|다|으며|습니다|지만|이요)?(?![가-힣])|없는|아님|아니(?:고|에요|야|다)|아냐|해당\s*(?:사항\s*)?(?:없|x|안\s*됨)|적용\s*(?:대상\s*)?(?:아님|아니|안\s*됨|없)|ㄴㄴ|노노|신경\s*안|\sx(?![a-z0-9]))/,
  /** Just before it: "no special compliance", "without per-core licences", "don't need dedicated hardware". */
  enBefore: /(?:\bno|\bnot|\bwithout|\bnor|n't (?:need|have|require|use)|\bnot (?:need|have|require)|\bno need for|\bneither)\s+(?:[\w'-]+\s+){0,3}$/,
  /** Just after it: "isn't an issue", "not needed", "doesn't matter", "are irrelevant". */
  enAfter: /^[\w\s'/-]{0,24}?\b(?:(?:is|are)(?:n't|\s+not)\s+(?:an?\s+)?(?:issue|concern|problem|requirement|needed|required|necessary|relevant|important|factor|a thing)|not\s+(?:needed|required|necessary|relevant|an issue|a concern|applicable|a requirement)|(?:does|do)(?:n't|\s+not)\s+(?:matter|apply)|(?:is|are)\s+irrelevant|n\/a\b)/,
} as const;

export const TENANCY = {
  licenceWord: /라이[선센]스|licen[cs]e|licensed|licensing|\bbyol\b/,
  licenceIncluded: /라이[선센]스\s*(?:는|은)?\s*(?:포함|신경\s*(?:안|쓸)|문제\s*없)|license[- ]included|licen[cs]ing (?:is|isn't) (?:not )?(?:an? )?(?:issue|concern)|don't need (?:to bring )?(?:our|my) own licen/,
  byol: /\bbyol\b|bring your own licen|기존\s*라이[선센]스|보유\s*(?:한|중인)?\s*라이[선센]스|라이[선센]스를?\s*(?:이미\s*)?(?:보유|가지고|갖고|그대로|재사용|활용)|(?:our|my|existing|own) (?:\w+ )*licen[cs]es?|라이[선센]스로\s*(?:산|구매한|구입한)|licen[cs]es? (?:we|i) (?:own|bought|have)/,
  /** "라이선스 제한이 있는 소프트웨어": licence terms that restrict where it runs (the module's reason for a Dedicated Host). */
  licenceRestricted: /라이[선센]스\s*(?:상의?\s*)?(?:제한|제약|조건)|licen[cs](?:e|ing)\s+(?:restriction|restrict|term|constraint)|restrictive licen/,
  perSocket: /소켓|socket/,
  perCore: /코어|\bcores?\b|per[- ]core/,
  perVm: /vm\s*당|가상\s*머신\s*당|per[- ]vm|per virtual machine|vm 단위/,
  compliance: /규제|규정\s*준수|규정상|규정\s*때문|컴플라이언스|감사\s*요건|보안\s*인증|금융\s*(?:당국|규정|보안)|개인\s*정보\s*(?:보호\s*)?(?:법|규정)|보안\s*규정|compliance|regulat\w*|hipaa|\bpci\b|gdpr|sox\b|fedramp|audit requirement|auditors?\b|\baudits?\b|감사\s*(?:요구|지적|때문|팀|기관)|certification requires|security team requires/,
  isolationKo: /단일\s*테넌트|싱글\s*테넌트|전용\s*(?:하드웨어|장비|물리\s*서버)|격리(?:된|한)?\s*(?:물리\s*)?(?:하드웨어|서버|장비|호스트)|물리(?:적)?(?:으로)?\s*(?:격리|분리)|하드웨어\s*(?:수준|레벨)?\s*(?:격리|분리)|(?:물리\s*)?(?:서버|하드웨어|호스트)(?:를|을)?\s*(?:다른\s*(?:고객|계정|회사)(?:과|와|이랑)?\s*)?(?:공유|같이\s*쓰)\S*\s*(?:하면|되면|면)?\s*(?:안|불가|금지|못|x)|(?:다른\s*(?:aws\s*)?(?:고객|계정|회사|테넌트))\S*\s*(?:(?:인스턴스|vm)\S*\s*)?(?:과|와|이랑|하고|랑)?\s*(?:물리\s*)?(?:서버|하드웨어|호스트|장비)\S*\s*(?:(?:하드웨어|서버)\S*\s*)?(?:공유|같이|안\s*섞|섞이|분리)|(?:우리|저희)만\s*(?:써|쓰|사용)|물리\s*서버를?\s*(?:우리|저희)만|(?:우리|저희|자사|회사)\s*(?:회사\s*)?(?:aws\s*)?계정\S{0,2}\s*(?:의\s*)?(?:인스턴스|vm|서버|워크로드)?\S{0,2}\s*만\s*(?:올라|돌|실행|뜨|떠|있|쓰|사용|배치)|(?:한|단일|하나의?)\s*계정\s*전용\s*(?:하드웨어|장비|서버)|계정\s*(?:단위|수준|레벨)\s*(?:의\s*)?(?:하드웨어\s*)?(?:격리|분리)/,
  isolationEn: /single[- ]tenant|dedicated hardware|hardware dedicated to|physically (?:isolated|separated)|hardware[- ]level isolation|isolated hardware|(?:not|never|can't|cannot|must not) (?:be )?shar(?:e|ed|ing) (?:the )?(?:physical )?(?:hardware|hosts?|servers?|machines?)|(?:own|separate) (?:physical )?(?:hardware|hosts?|machines?)|no (?:other|shared) (?:customers|tenants)|isolat\w* from other (?:customers|accounts|tenants)|(?:at|on) the (?:physical )?hardware level|dedicated physical (?:servers?|hardware|machines?|hosts?)|physical isolation|hosts? dedicated to (?:us|our)|only (?:our|my) (?:own )?(?:aws )?account(?:'s|s)? (?:instances|vms|servers|workloads?) (?:run|runs|are|live|sit)|(?:hardware|hosts?|machines?|servers?) (?:that )?only (?:our|my) (?:own )?(?:aws )?account|dedicated to (?:our|my|one|a single) (?:aws )?account|(?:not|nothing|never) shared with (?:any )?other (?:aws )?(?:accounts|customers|tenants)|(?:hardware|hosts?|servers?|machines?) (?:\w+ ){0,2}(?:can't|cannot|can not|must not|mustn't|shouldn't|should not|may not|isn't|is not|won't) (?:be )?shared with (?:any )?other (?:aws )?(?:accounts|customers|tenants)|(?:our|my) (?:own )?account'?s? (?:own )?(?:hardware|hosts?|machines?)|account[- ]level (?:hardware )?isolation/,
  noHostManagement: /(?:서버|호스트|하드웨어|물리\s*서버)\s*(?:관리|운영|제어)\S*\s*(?:까지는|까진|는|은)?\s*(?:필요\s*(?:없|x)|안\s*해도|원하지\s*않|원치\s*않|싫|하기\s*싫|하고\s*싶지\s*않|안\s*하고\s*싶|귀찮|부담)|(?:no need|don't need|do not need|without needing|not need|don't want|do not want) to (?:manage|control|deal with) (?:the )?(?:hosts?|hardware|servers?)|no host management|(?:don't|do not) want to deal with host management|host management is not needed/,
  hostControl: /호스트\s*(?:수준|레벨|단위)?\s*(?:의\s*)?(?:제어|관리|가시성|배치|지정|고정|선택)|(?:물리\s*)?(?:소켓|코어)\s*(?:수|개수)\s*(?:를)?\s*(?:확인|파악|보고|가시)|특정\s*(?:물리\s*)?(?:호스트|서버)에\s*(?:고정|배치)|host[- ](?:level )?(?:control|visibility|affinity|placement)|control (?:over )?(?:the )?(?:physical )?(?:host|hardware|placement)|visibility (?:into|of) (?:sockets|cores|the host)|same physical (?:host|server)|pin (?:to|instances to) (?:a )?(?:specific )?host/,
  sharedIsFine: /shared hardware is (?:fine|ok)|multi-?tenant is fine|공유\s*(?:해도|돼도)\s*(?:괜찮|상관없|됨)/,
} as const;

/**
 * Interruption tolerance said without the word "interrupt" (module §3.3's Spot cases: fault-tolerant
 * web servers and API back ends, big-data processing, work that keeps its data in S3).
 */
export const FAULT_TOLERANCE = {
  ko: /상태\s*(?:가\s*)?(?:없는|비저장)|무상태|스테이트리스|(?:한|두|몇|하나|일부|노드|인스턴스|서버|워커)\s*(?:대|개)?\s*(?:쯤|정도|가|이|는)?\s*(?:꺼져|꺼지더라|죽어|죽더라|빠져|내려가|다운돼|다운되|중단돼|없어져|날아가)\S{0,2}\s*(?:도|더라도)|(?:큐|대기열)\S{0,2}\s*(?:다시|재)\s*(?:가져|받|꺼내|처리)|(?:큐|대기열)(?:로|에)\s*(?:다시\s*)?(?:돌아가|돌아감|들어가|들어감|반환)|(?:s3|영구\s*스토리지)\S{0,2}\s*(?:에|로)?\s*(?:계속|바로바로|수시로|주기적으로)?\s*(?:저장|기록|쓰)|(?:저장|기록)\S{0,3}\s*(?:s3|영구\s*스토리지)/,
  en: /\bstateless\b|\b(?:one|a|any|some|a few|few|several)\s+(?:\w+\s+)?(?:nodes?|instances?|servers?|machines?|workers?|boxes?|vms?)\s+(?:can|could|may|might)\s+(?:go down|die|fail|disappear|be lost|be removed|drop out)|(?:losing|lose) (?:an?|one|some) (?:\w+ )?(?:nodes?|instances?|servers?|workers?) is (?:fine|ok|okay|not a problem)|others? (?:pick|take) up the (?:traffic|load|work)|(?:sav|writ|wrote|stor|keep|kept|persist|checkpoint|upload|push)\w*\s+(?:\w+\s+){0,3}(?:to|in|on|into)\s+(?:(?:persistent|durable)\s+storage|(?:\w+\s+){0,4}?s3)\b|retr(?:y|ies|ied) from (?:a|the) queue|\bif (?:a|one|any) (?:\w+ )?(?:node|instance|server|worker|machine|box|vm) (?:dies|fails|goes down|is lost|is terminated|gets (?:terminated|killed|reclaimed))|(?:goes|go|put|sent|returns?|returned) back (?:in|on|to|into|onto) the queue|re-?delivered|(?:pulls?|picks?|takes?) (?:the )?(?:work|jobs?|tasks?|messages?) (?:back )?(?:up )?(?:again )?from (?:a|the) queue|re-?process\w*\s+(?:\w+\s+){0,2}from (?:a|the) queue|\bif one (?:of them )?(?:dies|crashes|fails|goes down|gets killed)/,
  /** Redundancy alone: a hint that asks, not a decision. */
  redundant: /로드\s*밸런서\s*뒤|오토\s*스케일링\s*그룹|여러\s*대가?\s*(?:같이|나눠|분산)|behind (?:a|an|the) (?:load balancer|alb|elb|nlb)|auto ?scaling group/,
} as const;

/** A peak said as a multiple of the base load: "트래픽 두배", "twice the load", "3x traffic". */
export const LOAD_MULTIPLE = /(?<![\d.])(\d|두|세|네)\s*배|\b(twice|double|triple|2x|3x|4x|doubles|triples|quadruples)\b(?:\s+(?:the\s+)?(?:load|traffic|requests|users))?/;

/** Instance counts for a base and its peak: "평소 10대, 피크 때 14대", "baseline of 20 ... plus 5 extra". */
export const COUNTS = {
  base: /(?:평소|평상시|평시|기본(?:적으로)?|상시|항상|최소|베이스)\s*(?:에는|엔|에|은|는)?\s*(?:부하\s*|서버\s*|인스턴스\s*)?(\d{1,4})\s*대|(\d{1,4})\s*대(?:는|가)?\s*(?:항상|상시|늘|꾸준)|\b(?:baseline|base(?: load| capacity)?|minimum|always[- ]on (?:core|fleet|base)|normally|usually|steady)\s*(?:of|is|at|=|:)?\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:servers?|instances?|nodes?|machines?|vms?|boxes)\s*(?:always|all (?:the time|year)|24\/7|year[- ]round|normally|at baseline)/,
  peak: /(?:피크|최대|성수기|몰릴)\s*(?:때|시|에는|엔|에|기간)?\s*(?:에는|엔|는)?\s*(?:최대\s*)?(\d{1,4})\s*대|(\d{1,4})\s*대\s*까지\s*(?:늘|증가|필요)|\b(?:up to|peaks? (?:at|of)|spikes? (?:up )?to|bursts? (?:up )?to|scales? (?:out |up )?to|grows? to|at peak)\s*(\d{1,4})\b/,
  extra: /(\d{1,4})\s*대\s*(?:를|가|씩|정도)?\s*(?:더|추가)|\b(\d{1,4})\s*(?:extra|more|additional)\b|\bplus\s*(\d{1,4})\s*(?:extra|more|additional)?\s*(?:servers?|instances?|nodes?|machines?)\b/,
} as const;

/** Refusing or accepting a commitment (약정 싫음, no long-term contract; 1년 약정 가능). */
export const COMMITMENT = {
  refused: [
    /약정\s*(?:은|이|을|는|도)?\s*(?:ㄴㄴ|노노|싫|없이|없는|원하지\s*않|원치\s*않|하기\s*싫|부담|어렵|곤란|못|불가|안\s*함|안\s*할|피하|x|노노|사절|하고\s*싶지\s*않)|약정\s*없|(?:장기\s*)?계약\s*(?:은|이)?\s*(?:싫|없이|불가|부담|원하지\s*않|피하)|선결제\s*(?:는|은)?\s*(?:싫|불가|어렵|부담|없이|x)|묶이(?:기|는\s*게|고\s*싶지)\s*(?:싫|않)|언제든\s*(?:그만|끄|해지|중단할)/,
    /no (?:long[- ]term )?(?:commitments?|contracts?|upfront|lock-?in)|without (?:a |any )?(?:long[- ]term )?(?:commitment|contract)|(?:don't|do not|can't|cannot|won't|not) (?:want to |able to |willing to )?(?:commit|sign)|avoid (?:long[- ]term )?(?:commitments?|contracts?)|commitment[- ](?:averse|free)|month[- ]to[- ]month|pay[- ]as[- ]you[- ]go|not sure (?:we'll|we will|it will) (?:last|exist|still)/,
  ],
  ok: /(?:약정|계약)\s*(?:도|은|이)?\s*(?:가능|괜찮|ok|오케이|할\s*수\s*있|해도|상관\s*없|문제\s*없)|\d\s*년\s*약정|약정\s*\d\s*년|(?:can|could|happy to|willing to|ok to|fine to|able to) commit|commit(?:ment)? (?:to|for|of) (?:1|one|3|three|a) ?-?years?|\d[- ]year (?:commitment|term|contract)|commitment is (?:fine|ok)/,
} as const;

/** Unquantified durations: years, "몇 달", short-lived work. */
export const DURATION = {
  longTerm: /몇\s*년|수\s*년|여러\s*해|연중|일\s*년\s*내내|\d\s*년\s*내내|년\s*내내|일년\s*내내|1년\s*이상|장기(?:간|적|\s)|오랫동안|계속\s*쓸|영구적|\bfor years\b|\byears\b|all[- ]year|year[- ]round|long[- ]term|long[- ]running|multi-?year|indefinitely|for the foreseeable future|permanent/,
  vagueMonths: /몇\s*달|몇\s*개월|수\s*개월|여러\s*달|several months|a few months|for months|months/,
  shortLived: /몇\s*시간\s*(?:만|정도|동안)|(?:다음|이번)\s*주에\s|\b(?:just |only )?once\b(?!\s+(?:a|an|per|every|each|we|the|it|you|our|they|i|in))|\bfor (?:an|one|a few|a couple of|two|three) hours?\b(?!\s+(?:a|per|each|every))|몇\s*주|며칠|몇\s*일|하루\s*(?:동안\s*)?(?:만|이틀)|반나절|이틀|잠깐|잠시|단기(?:간)?|일시적|임시|한\s*번만|일회성|일회용|당분간|해커톤|이번\s*주말|짧게|짧은\s*(?:기간|시간)|a few (?:days|weeks)|couple of (?:days|weeks)|short[- ](?:term|lived)|temporary|temporarily|one[- ](?:off|time|shot)|briefly|hackathon|over the weekend|(?:for |during )?(?:a|one|the|this) sprint|스프린트\s*(?:동안|기간|하나)|(?:for|just|only) (?:an?|one|the) (?:afternoon|morning|evening)|for a demo|just for (?:a|the) (?:day|week|demo|test)/,
} as const;

/** Cost first, development/test/learning, production. */
export const ENVIRONMENT = {
  cheap: /최대한\s*(?:싸|저렴)|가장\s*(?:싸|저렴)|제일\s*(?:싸|저렴)|싸게|저렴하게|비용\s*(?:최소|절감이\s*최우선)|(?:비용|가격|돈)(?:이|은)?\s*(?:최우선|제일\s*중요|가장\s*중요|1\s*순위)|as cheap(?:ly)? as possible|dirt[- ]cheap|super cheap|want (?:it|this) cheap|cost (?:is|matters) (?:most|above all)|cheapest|lowest (?:cost|price)|minimi[sz]e cost|cost is (?:the|our) (?:main|top|only)/,
  devTest: /프리\s*티어|free[- ]?tier|처음\s*(?:써|사용|배우)|학생|공부용|연습용|실습|learning aws|first time (?:using|on) (?:aws|ec2)|개발\s*(?:용|환경|서버|계정|단계|\/|및|·|,|팀|박스|기|하는\s*동안)|테스트|스테이징|실험|검증\s*(?:용|환경)|시험\s*(?:용|환경)|\bqa\b|poc|프로토타입|데모|샌드박스|비\s*프로덕션|비운영|\bdev\b|\btest(?:ing)?\b|staging|sandbox|experiment|prototype|proof of concept|\bdemo\b|try (?:out|a new)|trial|non-?prod/,
  production: /프로덕션|운영\s*(?:환경|서버|서비스|db)|실서비스|production|\bprod\b/,
} as const;

/** Interruption: not allowed (checked first), allowed, and batch-like work that usually is. */
export const INTERRUPTION = {
  no: [
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
    /must (?:stay|be|remain|keep) (?:up|on|available|running)|has to (?:stay|keep) (?:up|running)|mission[- ]critical/,
  ],
  yes: [
    /(?:중단|중지|끊|종료|꺼지|꺼져|죽|멈|인터럽트|회수|다운)\S{0,6}\s*(?:도|더라도)\s*(?:괜찮|괜찬|괜춘|무방|상관\s*없|상관없|문제\s*(?:없|x)|ok|오케이|되|돼|된다|됨|좋|감수|상관\s*x)/,
    /(?:중단|중지|인터럽트)\s*(?:은|이|을|는)?\s*(?:허용|가능|감수|ok|괜찮)/,
    /(?:다시|재)\s*(?:시작|실행|돌리|돌려|시도|처리)\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되|된다|그만|끝|ok)/,
    /재시작\S{0,3}\s*(?:하면|면)\s*(?:됨|돼|되)|다시\s*하면\s*(?:됨|돼|되|그만)|(?:재시작|재시도|재처리|재실행|다시\s*시작|다시\s*실행)\s*(?:이|도|은|만)?\s*(?:가능|할\s*수\s*있|하면\s*(?:됨|돼|되|그만|끝))|재시도\s*(?:가능|하면|로)|(?:큐|대기열)\S{0,2}\s*다시\s*(?:들어|넣|쌓)|다시\s*(?:큐|대기열)에|이어서\s*(?:하면|처리하면|돌리면)|중간부터\s*다시/,
    /내결함성|결함\s*허용|장애\s*허용|체크포인트|멱등|언제\s*(?:끊겨|중단돼|중단되|멈춰|종료돼)도|급하지\s*않|마감이?\s*(?:없|여유)|시간\s*여유|아무\s*때나|유연하게\s*(?:실행|돌려)/,
    /(?:can|could|may|will)\s*(?:be|get)\s*(?:safely\s*)?(?:interrupt|stopp|kill|terminat|pre-?empt|restart|replaced|reclaimed|taken away|shut down)/,
    /\b(?:can|could|will|just)\s+(?:safely\s+|simply\s+|always\s+)?(?:restart|resume|rerun|re-run|retry|pick up where)|\b(?:get|are|is|be)\s+(?:automatically\s+|simply\s+|just\s+)?(?:retried|requeued|re-queued|rescheduled|restarted|resumed)\b/,
    /(?:at any time|anytime) without (?:harm|impact|problems?|issues?)|without (?:any )?harm/,
    /(?:ok|okay|fine|acceptable|no problem|alright|doesn't matter|don't mind|do not mind|not a problem)\s*(?:if|when|to|being)\s*(?:it|they|jobs?|tasks?|instances?|nodes?|we|workers?)?\s*(?:gets?|are|is|be|get)?\s*(?:interrupt|stopp|kill|terminat|pre-?empt|restart|reclaim|replac|taken away|shut down)/,
    /interrupt\w*\s*(?:are|is)\s*(?:ok|okay|fine|acceptable|tolerable|not a problem|no problem)|tolerat\w*\s*(?:interrupt|terminat)/,
    /\binterruptible|pre-?emptible|fault[- ]tolerant|resumable|restartable|checkpoint|idempotent|retries|just (?:restart|rerun|re-run|retry)|re-?run (?:it|them|the job)|stateless workers|no deadline|not time[- ]sensitive|not urgent|flexible (?:start|timing|deadline|schedule)|whenever (?:it's )?cheap/,
  ],
  batch: /배치|크롤러|크롤링|스크래핑|렌더링|인코딩|트랜스코딩|시뮬레이션|빅\s*데이터|하둡|스파크|머신\s*러닝\s*학습|모델\s*학습|학습\s*작업|데이터\s*처리|이미지\s*처리|영상\s*처리|분석\s*(?:작업|클러스터)|\bbatch|crawl|scrap(?:e|er|ing)|render|encod|transcod|simulat|big ?data|hadoop|spark|\bemr\b|training (?:jobs?|runs?)|(?:ml|model|deep learning|dl|gpu|llm)\s+training|train(?:ing)? (?:a |the |our )?(?:ml )?models?|data processing|image processing|video processing|ci (?:builds?|jobs?|runners?)|ci\s*(?:빌드|러너|작업|잡)|빌드\s*(?:러너|서버|작업|잡|팜|머신)|build (?:jobs|farm|runners?|agents?)|monte carlo|genomics|hpc/,
} as const;

/** Load: unpredictable, spiky, steady, a base, a peak, a sudden peak. */
export const LOAD = {
  unpredictable: [
    /(?:예측|예상|가늠|짐작)\S{0,4}\s*(?:어렵|어려|힘들|힘듦|불가|못\s*하)|예측\s*(?:불가|할\s*수\s*(?:가\s*)?없|이?\s*(?:안|어렵|힘들)|하기\s*(?:어렵|힘들)|못|불능)|예상\s*(?:불가|할\s*수\s*없|이\s*안|하기\s*어렵)|알\s*수\s*없|(?:어떻게|얼마나)\s*(?:될지|나올지|올지|몰릴지)\s*(?:\S+\s*){0,2}모(?:름|르)|가늠(?:이)?\s*(?:안|어렵|불가)|모르겠|불규칙|들쭉날쭉|들쑥날쑥|변동(?:이|폭이)?\s*(?:심|크|많)|오르락내리락|갑자기|바이럴|불확실/,
    /unpredictable|not predictable|can't predict|cannot predict|hard to predict|no idea (?:how|what|when)|(?:don'?t|do not|dunno|can't|cannot) (?:really )?(?:know|tell|say) (?:yet )?(?:the |our )?(?:usage|load|traffic|demand|how (?:much|many|big|busy))|irregular|erratic|fluctuat|variable (?:load|traffic|demand)|uncertain|unknown (?:load|traffic|demand)|sudden|viral|random(?:ly)? (?:spikes|traffic|load)/,
  ],
  spiky: /급증|폭증|폭주|치솟|스파이크|버스트|몰리|몰림|몰려|튀는|튀어|트래픽이\s*(?:뛰|늘)|spiky|spikes?|bursts?|bursty|surges?|surging|flash (?:sale|crowd)/,
  steady: [
    /일정(?!이|을|에|표|대로|관리|\s*(?:조정|변경|바뀌))|꾸준|안정적|일관(?:된|적|되)|예측\s*가능|예상\s*가능|변동\s*(?:이|은|이\s*거의)?\s*(?:없|적)|변화가\s*(?:없|적)|평탄|고정(?:적|된)?\s*(?:부하|트래픽|사용량|용량)|부하가\s*(?:일정|고정)|기본\s*부하|베이스\s*(?:부하|라인)/,
    /\bsteady\b|\bstable\b|(?<!un)predictable|(?:load|usage|traffic|demand|utili[sz]ation|cpu)\s+(?:is|stays|remains|keeps|looks)\s+(?:\w+\s+)?(?:flat|even|level|constant|the same)|consistent|constant (?:load|usage|traffic|demand)|flat (?:load|usage|traffic)|baseline|base ?load|\bbase capacity|doesn't (?:change|vary) much|same load/,
  ],
  base: /평상시|평시|기본\s*(?:부하|트래픽|용량|사용량|적으로\s*\d+\s*대)|베이스|평소(?:에는|엔)?|최소\s*\d+\s*대|상시\s*\d+\s*대|항상\s*\d+\s*대|\d+\s*대(?:는|가)?\s*(?:항상|상시|늘)|baseline|base ?load|base capacity|minimum of \d+|at least \d+ (?:servers|instances)|always[- ]on \w+ of|core capacity|normally|most of the time/,
  peak: /피크|최대\s*부하|\d+\s*배|두\s*배|세\s*배|몇\s*배|몰리|몰림|몰려|급증|폭증|치솟|뛰는|뛰어|뛴다|뛸|늘어나|늘어남|증가|세일|이벤트\s*(?:때|기간|시즌)|성수기|블랙\s*프라이데이|추가\s*(?:용량|서버|인스턴스)|peaks?\b|bursts?|spikes?|surges?|doubles?|triples?|rush|\bsales?\b|black friday|busy (?:hours|season|periods?)|extra (?:capacity|servers|instances)|additional (?:capacity|servers|instances)|scale (?:out|up)|seasonal|holiday/,
  suddenPeak: /갑자기|예고\s*없이|언제\s*(?:올지|터질지|몰릴지|생길지|튈지)\s*(?:모르|모름)|sudden|unexpected|random|(?:can't|cannot|don't) (?:predict|know) when/,
} as const;

/** Recurrence (매일, weekdays, 매주, monthly), a time of day, always on. */
export const SCHEDULE = {
  daily: /매일|날마다|매일\s*밤|(?:밤|아침|저녁|새벽|낮|점심)\s*마다|하루\s*한\s*번|하루에\s*한\s*번|매일같이|매일매일|every ?(?:day|night|morning|evening)|each (?:day|night|morning|evening)|daily|nightly|once a day|\bevery \d+ hours\b/,
  weekdays: /평일|주중|월\s*[~-]\s*금|월요일부터\s*금요일|주\s*5\s*일|weekdays?|week days|mon(?:day)?\s*(?:-|to|through|thru)\s*fri(?:day)?|business days|workdays?|working days/,
  weekly: /매주|주마다|일주일에\s*(?:한|1)\s*(?:번|회)|주\s*1\s*회|주\s*한\s*번|every ?week|weekly|each week|once a week|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/,
  /** Running all year: always on unless a daily window is said ("매일 새벽 2시~5시에 1년 내내 돌리는"). */
  yearRound: /년\s*내내\s*(?:돌|켜|운영|가동|실행)|(?:runs?|running|up|online|open) (?:all )?year[- ]round|(?:runs?|running|up|online) all year\b/,
  /** A window measured in days, for a calendar recurrence ("매달 1일 하루 동안", "for two days every quarter-end"). */
  dayWindow: /하루\s*(?:동안|종일|간)|(?:이틀|사흘|나흘)|(?:\d{1,2}|한|두|세)\s*일\s*(?:동안|간)|\b(?:for|over)\s+(?:a|one|two|three|four|five|\d{1,2})\s+days?\b|\ball day\b|\b(?:one|two|three|\d{1,2})[- ]days?\b/,
  monthly: /매월|매달|월말|말일|월초|한\s*달에\s*한\s*번|월\s*1\s*회|분기마다|매\s*분기|분기\s*(?:말|초)마다|분기\s*(?:말|초|마감)(?:에|엔|마다)|every quarter|each quarter|quarter[- ]ends?|end of (?:every|each) quarter|every ?month|monthly|each month|month[- ]end|end of (?:every|each|the) month|once a month|quarterly/,
  timeOfDay: /같은\s*시간|정해진\s*시간|시간대\s*(?:고정|반복|정해)|(?:same|fixed|set) (?:time|hours|window)|time slot|오전|오후|저녁|밤|새벽|아침|점심|업무\s*시간|근무\s*시간|출근|퇴근|영업\s*시간|morning|afternoon|evening|night|overnight|business hours|office hours|working hours|work hours|\d{1,2}\s*(?:am|pm)\b|\bat \d{1,2}\b|\d{1,2}\s*시/,
  alwaysOn: /(?:계속|늘|항상|내내)\s*켜져\s*있|연중\s*무휴|24\s*시간(?!\s*(?:이내|안에|내에|마다))|24\s*\/\s*7|24\s*x\s*7|24-7|365\s*일|(?<!평)상시|항시|항상\s*(?:켜|돌|실행|가동|운영|떠)|늘\s*(?:켜|돌)|계속\s*(?:돌아|돌|실행|켜|가동|운영)|꺼지지\s*않|끄지\s*않|쉬지\s*않|멈추지\s*않고\s*(?:돌|실행)|always[- ]on|always running|(?:runs?|running|run|on|up|online|live|available|powered on) all the time|around the clock|round the clock|non-?stop|(?:runs?|running|run|operat\w*|online|up|available|serv\w*) continuously|continuously (?:running|runs?|on|online|available|up)|constantly running|runs? constantly|never (?:turned|switched|shut) (?:off|down)|24 hours a day/,
} as const;
