// Two workloads in one description: an always-on base and, in another clause, interruptible batch work.
import type { Factors } from '../types.ts';

type Extract = (clause: string, nested: boolean) => Factors;

/** Clause boundaries: commas, "plus", "+", "그리고", "~하고 ", "but"... */
const CLAUSE_SPLIT = /\s*(?:[,;+]|\.(?:\s|$)|\band also\b|\bplus\b|\bwhile\b|\bwhereas\b|\bbut\b|그리고|또한|반면(?:에)?|(?<=[가-힣])(?:하고|이고|되고|돌고|쓰고|있고|있으며|하며)(?=\s))\s*/;

/**
 * An always-on or steady part (a DB, the core servers) and, in another clause, a separate
 * batch part that may be interrupted: "DB는 상시 운영하고, 밤마다 도는 배치는 중단돼도 됨",
 * "always-on core of 4 servers, plus overnight batch jobs that can be interrupted".
 * The two parts want different purchase options (module §3.4.3: combine them).
 */
export function separateInterruptiblePart(s: string, extractFactors: Extract): boolean {
  const clauses = s.split(CLAUSE_SPLIT).map((c) => c.trim()).filter((c) => c.length > 1);
  if (clauses.length < 2) return false;
  const sub = clauses.map((c) => extractFactors(c, true));
  // The base clause names a thing of its own (a DB, servers, the core), not only an attribute
  // ("always-on, fault tolerant, data processing ..." is one workload).
  const BASE_NOUN = /서버|db|데이터베이스|api|웹|백엔드|erp|코어|기본|베이스|서비스|앱|인스턴스|\d+\s*대|\bservers?\b|database|\bdb\b|\bapi\b|\bweb\b|backend|\berp\b|\bcore\b|\bbase\b|baseline|service|\bapp\b|instances?|site/;
  const isBase = sub.map((f, i) => !!(f.alwaysOn || f.steady) && !f.batchLike && f.interruptible !== true && BASE_NOUN.test(clauses[i]));
  if (!isBase.some(Boolean)) return false;
  for (let i = 0; i < clauses.length; i++) {
    for (const j of [i, i + 1]) {
      if (j >= clauses.length || isBase.slice(i, j + 1).some(Boolean)) continue;
      const f = j === i ? sub[i] : extractFactors(`${clauses[i]}, ${clauses[j]}`, true);
      if (f.interruptible === true && f.batchLike && !f.alwaysOn && !f.steady) return true;
    }
  }
  return false;
}


/** Part boundaries: the clause boundaries, "and the …" / "and our …", and "돌아가야 하고 " (a spaced 하고). */
const PART_SPLIT = new RegExp(`${CLAUSE_SPLIT.source}|\\s+and\\s+(?=(?:the|our|its|their|then)\\b)|(?<=[가-힣])\\s+(?:하고|되고|이고)(?=\\s)`);

/** A thing a part of the description is about: a tier, a server, a job, a database. */
const PART_NOUN = /db|데이터베이스|웹|티어|워커|서버|api|배치|백엔드|프론트|크롤러|앱|클러스터|파이프라인|환경|사이트|database|environments?|\bsites?\b|\bweb\b|\btiers?\b|workers?|servers?|batch|backend|frontend|crawlers?|\bapp\b|clusters?|\bjobs?\b|pipeline/;

/**
 * The parts of a description that names two or more workloads, each with its own factors:
 * "DB는 코어당 라이선스 SQL Server고, 웹 티어는 상시, 워커는 죽어도 됨" → three parts. A clause
 * that names no thing of its own (an attribute: "1년 운영", "can be interrupted") belongs to the
 * part before it. One part (or none) when the description is about one thing.
 */
export function splitParts(s: string): string[] {
  const clauses = s.split(PART_SPLIT).map((c) => c?.trim()).filter((c): c is string => !!c && c.length > 1);
  const parts: { text: string; named: boolean }[] = [];
  for (const c of clauses) {
    const named = PART_NOUN.test(c);
    const last = parts[parts.length - 1];
    if (last && !(named && last.named)) {
      last.text = `${last.text}, ${c}`;
      last.named ||= named;
    } else parts.push({ text: c, named });
  }
  return parts.filter((p) => p.named).length >= 2 ? parts.map((p) => p.text) : [];
}
