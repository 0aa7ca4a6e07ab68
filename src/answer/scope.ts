// Deciding whether a question is inside the module at all. A question that merely shares a
// generic word with the notes (요금, 사용, 서비스) must not get a random section.
import type { SearchIndex, SearchResult } from '../search/index.ts';

/** Other providers' products: the module teaches AWS only, so these are never "close enough". */
const OTHER_CLOUDS = /(azure|애저|에저|gcp|google\s*cloud|구글\s*클라우드|compute\s*engine|app\s*engine|cloud\s*run|cloud\s*functions|gke|\baks\b|oracle\s*cloud|오라클\s*클라우드|oci\b|ibm\s*cloud|alibaba|알리바바|aliyun|naver\s*cloud|네이버\s*클라우드|ncloud|kt\s*cloud|nhn\s*cloud|firebase|파이어베이스|heroku|헤로쿠|vercel|netlify|cloudflare|digitalocean|linode|vultr|openstack|오픈스택)/i;

export const mentionsOtherCloud = (q: string) => OTHER_CLOUDS.test(q);

export interface ScopeDecision {
  inScope: boolean;
  /** 0..1 confidence for the batch CLI's `score`. */
  confidence: number;
}

const MIN_SCORE = 3.0;
/** Share of the query's content words the module must know. */
const MIN_COVERAGE = 0.45;
/** A term found in more than this share of passages is too common to anchor a topic. */
const SPECIFIC_DF = 0.12;

/**
 * In scope when the best section scores well, most of the question is words the answering section
 * explains (SearchResult.coverage), no unknown product name is the subject, and the question has
 * at least one anchor: a module term, or a word few passages use.
 */
export function decideScope(result: SearchResult, index: SearchIndex): ScopeDecision {
  const top = result.hits[0];
  if (!top) return { inScope: false, confidence: 0 };
  const confidence = 1 - Math.exp(-top.score / 8);
  if (top.score < MIN_SCORE) return { inScope: false, confidence };
  const limit = Math.max(3, SPECIFIC_DF * index.docCount);
  let anchors = 0;
  let bigramHits = 0;
  let bigrams = 0;
  for (const t of result.query.terms.keys()) {
    const df = index.df(t);
    if (t.startsWith('b:')) {
      bigrams++;
      if (df > 0) bigramHits++;
      continue;
    }
    // Ordinary words (glossary-*.yaml) help find the passage but never make a topic.
    if (t.startsWith('c:') && !index.matcher.isModuleTerm(t.slice(2))) continue;
    if (df > 0 && df <= limit) anchors += t.startsWith('c:') ? 1 : 0.6;
    else if (df > 0 && t.startsWith('c:')) anchors += 0.35;
  }
  // Most of what was asked must be the module's vocabulary: "축구 경기 결과" shares one word
  // (결과) with the notes, which is not a question about them.
  const bigramCoverage = bigrams ? bigramHits / bigrams : 0;
  const mostlyKnown = result.coverage >= MIN_COVERAGE;
  const moduleTerms = result.query.concepts.filter((c) => index.matcher.isModuleTerm(c)).length;
  // An unknown product name with none of the module's terms is a question about that product.
  const aboutSomethingElse = result.unknownNames.length > 0 && moduleTerms === 0;
  const inScope = mostlyKnown && !aboutSomethingElse && (anchors >= 0.6 || moduleTerms > 0 || (bigrams >= 3 && bigramCoverage >= 0.75 && top.score >= 2 * MIN_SCORE));
  return { inScope, confidence: inScope ? confidence : Math.min(confidence, 0.3) };
}
