// The words the pricing extractors look for, Korean and English, one group per factor.
// Structure (numbers, time ranges, durations) stays in the extractors; only vocabulary is here.

/** Words that say a mentioned factor is absent. */
export const NEGATION = {
  /** Right after the mention, in the same clause: "는 필요 없고", "은 상관없는", "이슈는 없음", "ㄴㄴ". */
  koAfter: /^[^,.;!?]{0,14}?(?:필요\s*(?:없|x|ㄴ)|불필요|상관\s*(?:없|x)|무관|없(?:고|음|어|는|다|으며|습니다|지만|이요)?(?![가-힣])|없는|아님|아니(?:고|에요|야|다)|아냐|해당\s*(?:사항\s*)?(?:없|x)|ㄴㄴ|노노|신경\s*안|\sx(?![a-z0-9]))/,
  /** Just before it: "no special compliance", "without per-core licences", "don't need dedicated hardware". */
  enBefore: /(?:\bno|\bnot|\bwithout|\bnor|n't (?:need|have|require|use)|\bnot (?:need|have|require)|\bno need for|\bneither)\s+(?:[\w'-]+\s+){0,3}$/,
  /** Just after it: "isn't an issue", "not needed", "doesn't matter", "are irrelevant". */
  enAfter: /^[\w\s'/-]{0,24}?\b(?:(?:is|are)(?:n't|\s+not)\s+(?:an?\s+)?(?:issue|concern|problem|requirement|needed|required|necessary|relevant|important|factor|a thing)|not\s+(?:needed|required|necessary|relevant|an issue|a concern|applicable|a requirement)|(?:does|do)(?:n't|\s+not)\s+matter|(?:is|are)\s+irrelevant|n\/a\b)/,
} as const;

export const TENANCY = {
  licenceWord: /라이[선센]스|licen[cs]e|licensed|licensing|\bbyol\b/,
  licenceIncluded: /라이[선센]스\s*(?:는|은)?\s*(?:포함|신경\s*(?:안|쓸)|문제\s*없)|license[- ]included|licen[cs]ing (?:is|isn't) (?:not )?(?:an? )?(?:issue|concern)|don't need (?:to bring )?(?:our|my) own licen/,
  byol: /\bbyol\b|bring your own licen|기존\s*라이[선센]스|보유\s*(?:한|중인)?\s*라이[선센]스|라이[선센]스를?\s*(?:이미\s*)?(?:보유|가지고|갖고|그대로|재사용|활용)|(?:our|my|existing|own) (?:\w+ )*licen[cs]es?|라이[선센]스로\s*(?:산|구매한|구입한)|licen[cs]es? (?:we|i) (?:own|bought|have)/,
  perSocket: /소켓|socket/,
  perCore: /코어|\bcores?\b|per[- ]core/,
  perVm: /vm\s*당|가상\s*머신\s*당|per[- ]vm|per virtual machine|vm 단위/,
  compliance: /규제|규정\s*준수|규정상|규정\s*때문|컴플라이언스|감사\s*요건|보안\s*인증|금융\s*(?:당국|규정|보안)|개인\s*정보\s*(?:보호\s*)?(?:법|규정)|보안\s*규정|compliance|regulat\w*|hipaa|\bpci\b|gdpr|sox\b|fedramp|audit requirement|auditors?\b|\baudits?\b|감사\s*(?:요구|지적|때문|팀|기관)|certification requires|security team requires/,
  isolationKo: /단일\s*테넌트|싱글\s*테넌트|전용\s*(?:하드웨어|장비|물리\s*서버)|격리(?:된|한)?\s*(?:물리\s*)?(?:하드웨어|서버|장비|호스트)|물리(?:적)?(?:으로)?\s*(?:격리|분리)|하드웨어\s*(?:수준|레벨)?\s*(?:격리|분리)|(?:물리\s*)?(?:서버|하드웨어|호스트)(?:를|을)?\s*(?:다른\s*(?:고객|계정|회사)(?:과|와|이랑)?\s*)?(?:공유|같이\s*쓰)\S*\s*(?:하면|되면|면)?\s*(?:안|불가|금지|못|x)|(?:다른\s*(?:aws\s*)?(?:고객|계정|회사|테넌트))\S*\s*(?:(?:인스턴스|vm)\S*\s*)?(?:과|와|이랑|하고|랑)?\s*(?:물리\s*)?(?:서버|하드웨어|호스트|장비)\S*\s*(?:(?:하드웨어|서버)\S*\s*)?(?:공유|같이|안\s*섞|섞이|분리)|(?:우리|저희)만\s*(?:써|쓰|사용)|물리\s*서버를?\s*(?:우리|저희)만/,
  isolationEn: /single[- ]tenant|dedicated hardware|hardware dedicated to|physically (?:isolated|separated)|hardware[- ]level isolation|isolated hardware|(?:not|never|can't|cannot|must not) (?:be )?shar(?:e|ed|ing) (?:the )?(?:physical )?(?:hardware|hosts?|servers?|machines?)|(?:own|separate) (?:physical )?(?:hardware|hosts?|machines?)|no (?:other|shared) (?:customers|tenants)|isolat\w* from other (?:customers|accounts|tenants)|(?:at|on) the (?:physical )?hardware level|dedicated physical (?:servers?|hardware|machines?|hosts?)|physical isolation|hosts? dedicated to (?:us|our)/,
  noHostManagement: /(?:서버|호스트|하드웨어|물리\s*서버)\s*(?:관리|운영|제어)\S*\s*(?:까지는|까진|는|은)?\s*(?:필요\s*(?:없|x)|안\s*해도|원하지\s*않|원치\s*않|싫|하기\s*싫|하고\s*싶지\s*않|안\s*하고\s*싶|귀찮|부담)|(?:no need|don't need|do not need|without needing|not need|don't want|do not want) to (?:manage|control|deal with) (?:the )?(?:hosts?|hardware|servers?)|no host management|(?:don't|do not) want to deal with host management|host management is not needed/,
  hostControl: /호스트\s*(?:수준|레벨|단위)?\s*(?:의\s*)?(?:제어|관리|가시성|배치|지정|고정|선택)|(?:물리\s*)?(?:소켓|코어)\s*(?:수|개수)\s*(?:를)?\s*(?:확인|파악|보고|가시)|특정\s*(?:물리\s*)?(?:호스트|서버)에\s*(?:고정|배치)|host[- ](?:level )?(?:control|visibility|affinity|placement)|control (?:over )?(?:the )?(?:physical )?(?:host|hardware|placement)|visibility (?:into|of) (?:sockets|cores|the host)|same physical (?:host|server)|pin (?:to|instances to) (?:a )?(?:specific )?host/,
  sharedIsFine: /shared hardware is (?:fine|ok)|multi-?tenant is fine|공유\s*(?:해도|돼도)\s*(?:괜찮|상관없|됨)/,
} as const;

/**
 * Interruption tolerance said without the word "interrupt" (module §3.3's Spot cases: fault-tolerant
 * web servers and API back ends, big-data processing, work that keeps its data in S3).
 */
export const FAULT_TOLERANCE = {
  ko: /상태\s*(?:가\s*)?(?:없는|비저장)|무상태|스테이트리스|(?:한|두|몇|하나|일부|노드|인스턴스|서버|워커)\s*(?:대|개)?\s*(?:쯤|정도|가|이|는)?\s*(?:꺼져|꺼지더라|죽어|죽더라|빠져|내려가|다운돼|다운되|중단돼|없어져|날아가)\S{0,2}\s*(?:도|더라도)|(?:큐|대기열)\S{0,2}\s*(?:다시|재)\s*(?:가져|받|꺼내|처리)|(?:s3|영구\s*스토리지)\S{0,2}\s*(?:에|로)?\s*(?:계속|바로바로|수시로|주기적으로)?\s*(?:저장|기록|쓰)|(?:저장|기록)\S{0,3}\s*(?:s3|영구\s*스토리지)/,
  en: /\bstateless\b|\b(?:one|a|any|some|a few|few|several)\s+(?:\w+\s+)?(?:nodes?|instances?|servers?|machines?|workers?|boxes?|vms?)\s+(?:can|could|may|might)\s+(?:go down|die|fail|disappear|be lost|be removed|drop out)|(?:losing|lose) (?:an?|one|some) (?:\w+ )?(?:nodes?|instances?|servers?|workers?) is (?:fine|ok|okay|not a problem)|others? (?:pick|take) up the (?:traffic|load|work)|(?:saves?|writes?|stores?|keeps?|persist\w*|checkpoints?)\s+(?:\w+\s+){0,3}(?:to|in|on)\s+s3|retr(?:y|ies|ied) from (?:a|the) queue|(?:pulls?|picks?|takes?) (?:the )?(?:work|jobs?|tasks?|messages?) (?:back )?(?:up )?(?:again )?from (?:a|the) queue/,
  /** Redundancy alone: a hint that asks, not a decision. */
  redundant: /로드\s*밸런서\s*뒤|오토\s*스케일링\s*그룹|여러\s*대가?\s*(?:같이|나눠|분산)|behind (?:a|an|the) (?:load balancer|alb|elb|nlb)|auto ?scaling group/,
} as const;

/** Instance counts for a base and its peak: "평소 10대, 피크 때 14대", "baseline of 20 ... plus 5 extra". */
export const COUNTS = {
  base: /(?:평소|평상시|평시|기본(?:적으로)?|상시|항상|최소|베이스)\s*(?:에는|엔|에|은|는)?\s*(?:부하\s*)?(\d{1,4})\s*대|(\d{1,4})\s*대(?:는|가)?\s*(?:항상|상시|늘|꾸준)|\b(?:baseline|base(?: load| capacity)?|minimum|always[- ]on (?:core|fleet|base)|normally|usually)\s*(?:of|is|at|=|:)?\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:servers?|instances?|nodes?|machines?|vms?)\s*(?:always|all (?:the time|year)|24\/7|year[- ]round|normally|at baseline)/,
  peak: /(?:피크|최대|성수기|몰릴)\s*(?:때|시|에는|엔|에|기간)?\s*(?:에는|엔|는)?\s*(?:최대\s*)?(\d{1,4})\s*대|(\d{1,4})\s*대\s*까지\s*(?:늘|증가|필요)|\b(?:up to|peaks? (?:at|of)|spikes? (?:up )?to|bursts? (?:up )?to|scales? (?:out |up )?to|grows? to|at peak)\s*(\d{1,4})\b/,
  extra: /(\d{1,4})\s*대\s*(?:를|가|씩|정도)?\s*(?:더|추가)|\b(\d{1,4})\s*(?:extra|more|additional)\b|\bplus\s*(\d{1,4})\s*(?:extra|more|additional)?\s*(?:servers?|instances?|nodes?|machines?)\b/,
} as const;
