// Question → AnswerResult: decides whether the module covers the question, picks the best
// section, the passage(s) that answer it, and related sections.
import type { Knowledge } from '../content/load.ts';
import type { Passage } from '../content/passages.ts';
import { detectLang, t } from '../lang.ts';
import type { Lang } from '../reply.ts';
import { buildIndex, type Hit, type SearchIndex } from '../search/index.ts';
import { cleanInput, MAX_INPUT_CHARS, normalize } from '../search/normalize.ts';
import { isComparison, isComparisonQuestion, isDefinitionQuestion, isGreetingOrHelp, isListQuestion } from './intent.ts';
import type { AnswerResult } from './result.ts';
import { decideScope, mentionsOtherCloud } from './scope.ts';

export interface Answerer {
  answer(question: string): AnswerResult;
  help(lang: Lang): AnswerResult;
  /** Free text or a section id → section ids, best first ([] when nothing fits). */
  resolveTopic(text: string): string[];
  index: SearchIndex;
}

/** Longest answer text; a passage list is cut at a passage boundary before this. */
const MAX_ANSWER_CHARS = 900;
/** A related section must score at least this share of the best one. */
const RELATED_SHARE = 0.3;

export function createAnswerer(knowledge: Knowledge): Answerer {
  const index = buildIndex(knowledge);
  const byId = knowledge.byId;
  const definitions = describeDefinitions(index);

  const help = (lang: Lang): AnswerResult => ({
    kind: 'help',
    answered: false,
    sectionId: null,
    title: null,
    answer: helpText(lang),
    score: 0,
    related: [],
    lang,
  });

  const notCovered = (lang: Lang, score: number, why?: string): AnswerResult => ({
    kind: 'not-covered',
    answered: false,
    sectionId: null,
    title: null,
    answer: why ?? notCoveredText(lang),
    score,
    related: [],
    lang,
  });

  function answer(question: string): AnswerResult {
    const q = cleanInput(question);
    const lang = detectLang(q);
    if (!q || !normalize(q)) return help(lang);
    if (question.length > MAX_INPUT_CHARS)
      return notCovered(lang, 0, t(lang, `질문이 너무 깁니다(${MAX_INPUT_CHARS}자까지). 핵심만 짧게 물어봐 주세요.`, `That message is too long (${MAX_INPUT_CHARS} characters at most). Please ask the core question briefly.`));
    if (isGreetingOrHelp(q)) return help(lang);
    if (mentionsOtherCloud(q)) return notCovered(lang, 0);

    const result = index.search(q);
    const scope = decideScope(result, index);
    if (!scope.inScope) return notCovered(lang, scope.confidence);

    const top = result.hits[0];
    const section = byId.get(top.sectionId)!;
    const passage = choosePassages(top, q, result.query.concepts, result.query.words);
    const text = section.supplementary ? `${passage}\n\n${supplementNote(lang)}` : passage;
    return {
      kind: 'answer',
      answered: true,
      sectionId: section.id,
      title: section.title,
      answer: text,
      score: round(scope.confidence),
      related: relatedOf(result.hits),
      lang,
    };
  }

  function choosePassages(hit: Hit, q: string, concepts: string[], words: string[]): string {
    const all = index.passages.filter((p) => p.sectionId === hit.sectionId);
    const scoreOf = new Map(hit.passages.map((x) => [x.passage.index, x.score]));

    // "도커", "pod": a bare term asks what it is.
    const bareTerm = concepts.length === 1 && words.length <= 2;
    if (isDefinitionQuestion(q) || bareTerm) {
      const def = findDefinition(definitions, all, concepts, words);
      if (def) return def.text;
    }
    // Passages that only say what the section covers find the section but make poor answers.
    const content = hit.passages.filter((x) => !x.passage.about);
    const pool = content.length ? content : hit.passages;
    // "A vs B", "차이": the passage that compares them, when the section has one.
    const comparing = isComparisonQuestion(q) ? pool.find((x) => isComparison(x.passage) && x.score >= 0.4 * pool[0].score) : undefined;
    if (comparing) return comparing.passage.text;
    const ranked = pool.length ? pool : all.slice(0, 1).map((p) => ({ passage: p, score: 0 }));
    const best = ranked[0].passage;
    // A list question wants the list: start from the passage that introduces it.
    if (isListQuestion(q)) {
      const intro = all.find((p) => p.intro && (scoreOf.get(p.index) ?? 0) >= 0.5 * ranked[0].score) ?? (best.intro ? best : undefined);
      if (intro) return withChildren(all, intro);
    }
    if (best.intro) return withChildren(all, best);
    // A short best passage gets its runner-up when that is nearly as good.
    const second = ranked[1];
    const parts = [best];
    if (second && second.score >= 0.7 * ranked[0].score && best.text.length + second.passage.text.length < 400) parts.push(second.passage);
    return join(parts.sort((a, b) => a.index - b.index));
  }

  function relatedOf(hits: Hit[]): string[] {
    const top = hits[0];
    const out: string[] = [];
    for (const h of hits.slice(1)) {
      if (out.length >= 3 || h.score < RELATED_SHARE * top.score) break;
      // Overview sections only point at their subsections; the subsections are the better link.
      if (!byId.get(h.sectionId)!.overview) out.push(h.sectionId);
    }
    return out;
  }

  function resolveTopic(text: string): string[] {
    const raw = text.trim().replace(/^§/, '');
    if (byId.has(raw)) return [raw];
    const q = cleanInput(text);
    if (!q) return [];
    const result = index.search(q);
    const top = result.hits[0];
    if (!top || !decideScope(result, index).inScope) return [];
    return result.hits.filter((h) => h.score >= 0.6 * top.score).slice(0, 3).map((h) => h.sectionId);
  }

  return { answer, help, resolveTopic, index };
}

interface DefinitionInfo {
  /** `**term**: ...` bullets: the term (spacing-free) and the concepts it names. */
  term?: string;
  termConcepts: string[];
  /** Sentences like "EC2는 ...": the concepts of their subject. */
  subjectConcepts: string[];
}

const squash = (s: string) => normalize(s).replace(/\s+/g, '');

/** What each passage defines, worked out once when the index is built. */
function describeDefinitions(index: SearchIndex): Map<Passage, DefinitionInfo> {
  const out = new Map<Passage, DefinitionInfo>();
  for (const p of index.passages) {
    if (p.defines) {
      // "AMI(Amazon Machine Image)" defines AMI; "Cloud(EC2의 C)" does not define EC2.
      const core = p.defines.replace(/\(.*?\)/g, ' ');
      out.set(p, { term: squash(p.defines), termConcepts: index.matcher.match(normalize(core)).concepts.map(squash), subjectConcepts: [] });
    } else {
      const subject = /^(.{1,30}?)(은|는|이란|란)\s/.exec(p.text)?.[1];
      out.set(p, { termConcepts: [], subjectConcepts: subject ? index.matcher.match(normalize(subject)).concepts.map(squash) : [] });
    }
  }
  return out;
}

/**
 * The passage that defines what was asked: a `**term**: ...` bullet whose term is the asked
 * concept (best), a sentence whose subject it is ("EC2는 ..."), or a term containing it.
 */
function findDefinition(info: Map<Passage, DefinitionInfo>, passages: Passage[], concepts: string[], words: string[]): Passage | undefined {
  const askedConcepts = concepts.map(squash);
  const asked = [...askedConcepts, ...words.filter((w) => w.length >= 2).map(squash)];
  let best: Passage | undefined;
  let bestRank = 0;
  for (const p of passages) {
    const d = info.get(p)!;
    let rank = 0;
    if (d.term) {
      const term = d.term;
      if (asked.some((a) => a === term || (d.termConcepts.length === 1 && d.termConcepts[0] === a && term.length <= a.length + 12))) rank = 3;
      else if (asked.some((a) => term.includes(a))) rank = 1;
    } else if (d.subjectConcepts.length === 1 && askedConcepts.includes(d.subjectConcepts[0])) rank = 2;
    if (rank > bestRank) {
      best = p;
      bestRank = rank;
    }
  }
  return best;
}

/** The intro passage and the bullets under it, up to MAX_ANSWER_CHARS. */
function withChildren(all: Passage[], intro: Passage): string {
  const parts = [intro];
  // The bullets nested under it...
  for (const p of all.slice(intro.index + 1)) {
    if (p.depth <= intro.depth) break;
    parts.push(p);
  }
  // ...or, when nothing is nested, the same-level bullets that follow under the same heading.
  if (parts.length === 1) {
    for (const p of all.slice(intro.index + 1)) {
      if (p.heading !== intro.heading || p.intro) break;
      parts.push(p);
    }
  }
  return join(parts);
}

function join(parts: Passage[]): string {
  const out: string[] = [];
  let n = 0;
  for (const p of parts) {
    const line = out.length ? `• ${p.text}` : p.text;
    if (n + line.length > MAX_ANSWER_CHARS && out.length) break;
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n');
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function helpText(lang: Lang): string {
  return t(
    lang,
    [
      '안녕하세요! 저는 「모듈 6: 컴퓨팅」 튜터입니다. 이런 걸 할 수 있어요:',
      '• 질문하기: 예) "스팟 인스턴스는 언제 써?", "컨테이너와 가상 머신 차이" — 모듈의 해당 섹션을 인용해 답합니다.',
      '• /quiz [주제|review] [문항 수]: 객관식 퀴즈 (예: /quiz 3.3, /quiz 컨테이너 10, /quiz review)',
      '• /pricing <워크로드 설명>: EC2 요금 모델 추천과 비용 계산 (예: /pricing 3년 동안 24시간 도는 DB)',
      '• /leaderboard, /stats: 순위와 내 기록',
      '다루는 주제: EC2, EC2 요금 모델과 비용 최적화, 컨테이너(Docker, ECS, EKS), Lambda, Elastic Beanstalk.',
    ].join('\n'),
    [
      "Hi! I'm the tutor for Module 6: Compute. You can:",
      '• Ask a question, e.g. "When should I use Spot Instances?" — I answer from the module and cite the section.',
      '• /quiz [topic|review] [count]: a multiple-choice quiz (e.g. /quiz 3.3, /quiz containers 10, /quiz review)',
      '• /pricing <workload>: an EC2 pricing-model recommendation with the cost arithmetic',
      '• /leaderboard, /stats: rankings and your own record',
      'Topics: EC2, EC2 pricing models and cost optimization, containers (Docker, ECS, EKS), Lambda, Elastic Beanstalk. The module content is in Korean.',
    ].join('\n'),
  );
}

/** Said under every answer from a section that is not in the module notes. */
export function supplementNote(lang: Lang): string {
  return t(
    lang,
    '※ 보충 자료: 이 섹션은 모듈 노트에 없는 내용으로, AWS 공개 자료를 바탕으로 정리했습니다.',
    '※ Supplementary: this section is not in the module notes; it was written from public AWS material.',
  );
}

export function notCoveredText(lang: Lang): string {
  return t(
    lang,
    '이 질문은 「모듈 6: 컴퓨팅」에서 다루지 않는 내용이라 답하지 않을게요. 이 모듈은 EC2, EC2 요금 모델과 비용 최적화, 컨테이너(Docker, ECS, EKS), Lambda, Elastic Beanstalk를 다룹니다. 예) "스팟 인스턴스는 언제 써?"',
    "That isn't covered by Module 6: Compute, so I won't guess. The module covers EC2, EC2 pricing models and cost optimization, containers (Docker, ECS, EKS), Lambda and Elastic Beanstalk. Try e.g. \"When should I use Spot Instances?\"",
  );
}
