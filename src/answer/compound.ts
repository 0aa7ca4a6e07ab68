// A message asking two things at once ("RI 기간이랑 spot 경고 시간 둘 다 알려줘", "EC2 약자 뜻이랑 elastic
// 의미", "task def max containers and how fast can ecs launch containers?"): where it splits into
// two questions, so that each gets its own answer. Only a join after the first ask splits: a
// term joined to another without its own ask ("EC2랑 ECS 장점", "온프렘이랑 클라우드 둘다") is one
// question, and so is a comparison or a relation (the caller does not split those).

/** "둘 다", "both": said of the two asks, not part of the second. */
const BOTH = /\s*(둘\s*다|각각|\bboth\b)/i;
/** What a first half asks for, said just before the joining particle ("…뜻이랑", "…기간하고"). */
const ASK_NOUN = '(?:뜻|의미|기간|시간|최대|최소|개수|이유|장점|단점|이점|정의|요금|가격|종류|용도|역할|비율|할인율|크기|제한|한도|약자|풀네임)';
/** The Korean joins: 이랑/랑/하고/과/와/및 or a comma. */
const KO_AND = '(?:이랑|랑|하고|과|와|,|\\s및)';
/** An English join, and the question word that starts a question of its own after it ("and how"). */
const EN_AND = '(?:and|also|plus)';
const EN_ASK = '(?:how|what|which|when|why|where|is|are|can|does|do)\\b';
/** Korean: a first half ending in what it asks, then a join. */
const KO_JOIN = new RegExp(`^(.+?${ASK_NOUN})${KO_AND}\\s*(.+)$`);
/** English: ", and how …", " and what …": a second question of its own. */
const EN_JOIN = new RegExp(`^(.+?)(?:,\\s*|\\s+)${EN_AND}\\s+(${EN_ASK}.+)$`, 'i');

/** "하이퍼바이저랑 커널 뜻 각각": two terms and one ask said of each (with "각각", "둘 다"). */
const EACH = new RegExp(`^(.+?)(?:이랑|랑|하고|과|와|,)\\s*(.+?)\\s+((?:${ASK_NOUN}|설명|한\\s*줄).*)$`);
/** KO_JOIN's and EN_JOIN's joins, unanchored. */
const JOINS = [new RegExp(`${ASK_NOUN}${KO_AND}`), new RegExp(`\\b${EN_AND}\\s+${EN_ASK}`, 'i')];

/**
 * The two questions a message asks, or undefined when it asks one. `subjects` gives the module terms
 * a text names; each half must name its own, or the split would answer a fragment.
 */
export function splitCompound(q: string, subjects: (text: string) => string[]): [string, string] | undefined {
  // Two sentences that both ask ("…적용되나요? 저희 Windows 서버도 …되나요?"); not a question and its
  // context ("…언제 써? 입찰 얘기 나오던데"), which ends without asking.
  const sentences = q.split(/(?<=[?？])\s+/).filter((x) => x.trim());
  const asked: (readonly [string, string])[] = sentences.length === 2 && sentences.every((x) => /[?？]\s*$/.test(x)) ? [[sentences[0].trim(), sentences[1].trim()]] : [];
  const candidates = [...asked, ...[KO_JOIN, EN_JOIN].flatMap((re, i) => {
    // (One pass for the join itself first: most messages have none, and the anchored patterns cost more.)
    if (!JOINS[i].test(q)) return [];
    const m = re.exec(q);
    return m ? [[m[1].trim(), m[2].trim()] as const] : [];
  })];
  const each = BOTH.test(q) ? EACH.exec(q.replace(BOTH, '')) : null;
  // (Two terms only: "Elastic, Compute, Cloud가 각각" asks for the three as one list.)
  // ("한줄씩", a line each, is one line for each half.)
  const ask = each?.[3].replace(/(한\s*줄)\s*씩/, '$1로').trim();
  if (each && !/,/.test(each[1] + each[2])) candidates.push([`${each[1].trim()} ${ask}`, `${each[2].trim()} ${ask}`]);
  for (const [a, b] of candidates) {
    const sa = subjects(a);
    const sb = subjects(b);
    // Each half about something of its own: not the same terms twice ("EC2 뜻이랑 EC2 의미").
    if (sa.length && sb.length && (sa.some((c) => !sb.includes(c)) || sb.some((c) => !sa.includes(c)))) return [a, b.replace(BOTH, '').trim()];
  }
  return undefined;
}
