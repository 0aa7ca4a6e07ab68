// Mechanical cross-checks of the bundled question bank (knowledge/quiz/) against the module's
// sections (knowledge/sections/*.md). What a machine can check: every item loads, its section
// exists, its explanation cites that section and uses one of its terms, no duplicate or near-duplicate
// prompts, enough questions per section, the correct answer's position and length giving nothing away,
// a mix of kinds, and a "※ 현재" note on items whose module fact AWS has since changed.
// Whether each answer is *right* is for a human reading the notes; these checks catch the slips.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/content/yaml.ts';
import { loadQuizBank, type QuizItem } from '../../src/quiz/bank.ts';
import { ROOT, SECTION_LIST } from './helpers.ts';

const KNOWLEDGE = join(ROOT, 'knowledge');
const SECTION_DIR = join(KNOWLEDGE, 'sections');
const ids = new Set(SECTION_LIST.map((s) => s.id));
const { items, errors } = loadQuizBank(join(KNOWLEDGE, 'quiz'), ids);

// Too general to show an explanation is about one particular section.
const GENERIC = new Set(['aws', 'amazon', 'ec2', 'amazon ec2', 'ec2 인스턴스', '인스턴스', 'instance', 'instances', '서비스', 'service']);

interface SectionText {
  /** Titles, aliases, bold terms of the body (with parenthesised short forms), lower-cased. */
  terms: string[];
  /** Pairs of neighbouring body words ("일회성으로 끝나는"), lower-cased. */
  bigrams: Set<string>;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const bigramsOf = (text: string) => {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
};

function readSection(id: string): SectionText {
  const listed = SECTION_LIST.find((s) => s.id === id)!;
  const terms = [listed.title, listed.titleEn];
  let body = '';
  const file = join(SECTION_DIR, `${id}.md`);
  if (existsSync(file)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (m) {
      const fm = (parseYaml(m[1]) ?? {}) as { title?: string; titleEn?: string; aliases?: unknown[] };
      terms.push(...[fm.title, fm.titleEn].filter((x): x is string => typeof x === 'string'));
      terms.push(...(fm.aliases ?? []).map(String));
      body = m[2];
      for (const b of body.matchAll(/\*\*([^*]+)\*\*/g)) {
        const term = b[1].trim();
        terms.push(term);
        // "Amazon Elastic Container Registry(Amazon ECR)" → also "Amazon Elastic Container Registry", "Amazon ECR"
        const paren = /^(.+?)\s*\((.+)\)$/.exec(term);
        if (paren) terms.push(paren[1], paren[2]);
      }
    }
  }
  return {
    terms: [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2 && !GENERIC.has(t)))],
    bigrams: bigramsOf(body),
  };
}

const SECTION_TEXT = new Map(SECTION_LIST.map((s) => [s.id, readSection(s.id)]));
/** A body bigram is distinctive when at most 3 sections use it: sharing one ties a text to its section. */
const bigramSections = new Map<string, number>();
for (const st of SECTION_TEXT.values()) for (const b of st.bigrams) bigramSections.set(b, (bigramSections.get(b) ?? 0) + 1);

/** Why the explanation belongs to its section: a term it names, or a distinctive phrase of the body; undefined if neither. */
function evidence(explanation: string, sectionId: string): string | undefined {
  const st = SECTION_TEXT.get(sectionId)!;
  // The citation itself ("(§3.3 title)") does not count as a mention.
  const body = explanation.replace(/\(?§[\d.]+[^)]*\)?/g, ' ').toLowerCase();
  const term = st.terms.find((t) => body.includes(t));
  if (term) return term;
  return [...bigramsOf(body)].find((b) => st.bigrams.has(b) && (bigramSections.get(b) ?? 0) <= 3);
}

const leaves = SECTION_LIST.filter((s) => !SECTION_LIST.some((o) => o.id.startsWith(s.id + '.'))).map((s) => s.id);

/** Share of items whose correct choice is the strictly longest one: above 30% test-wise students learn to pick it, below 15% to avoid it. */
const LONGEST_MIN = 0.15;
const LONGEST_MAX = 0.3;
function correctIsLongest(it: QuizItem): boolean {
  const len = it.choices.map((c) => c.length);
  return len.every((l, i) => i === it.answer || l < len[it.answer]);
}

/**
 * Character-bigram Jaccard similarity of two items' prompt + correct choice above which they are near-duplicates.
 * (Reworded copies score 0.45-0.7; distinct questions of one section stay under 0.3.) It catches copies, not two
 * scenarios that test one fact: that still needs a reader.
 */
const NEAR_DUPLICATE = 0.4;
const bigrams = (text: string) => {
  const t = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  for (const g of a) if (b.has(g)) both++;
  return both / (a.size + b.size - both);
};

/** Module facts AWS has changed since the notes were written (issue 10), as they appear in a prompt or correct choice. */
const OUTDATED_MODULE_FACTS: RegExp[] = [
  /입찰/, // Spot: no more bids; you pay the current Spot price
  /예정된 예약 인스턴스/, // Scheduled Reserved Instances can no longer be bought
  /초당 결제/, // per-second billing now covers Windows and more
  /약 60개/, // hundreds of instance types now
  /gp2/, // gp3 is the current default and cheaper
  /네트워킹 클러스터/, // the ECS console's three cluster templates are retired
  /Blox/, // the Blox scheduler is retired
  /Docker를 비롯한/, // "Kubernetes works with Docker": dockershim was removed in Kubernetes 1.24
];
const NOW_NOTE = '※ 현재';

describe('the bundled question bank', () => {
  it('loads without errors and has at least 120 questions', () => {
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(120);
  });

  it('has a section file for every section it tests', () => {
    const files = new Set(readdirSync(SECTION_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
    const missing = [...new Set(items.map((i) => i.sectionId))].filter((id) => !files.has(id));
    expect(missing).toEqual([]);
  });

  it('every section 1.1-4.5 (leaves) has at least 4 questions, 5 and 6 at least 3', () => {
    const short: string[] = [];
    for (const id of leaves) {
      const n = items.filter((i) => i.sectionId === id).length;
      const min = id === '5' || id === '6' ? 3 : 4;
      if (n < min) short.push(`${id}: ${n} < ${min}`);
    }
    expect(short).toEqual([]);
  });

  it('every explanation cites its own section (§id) and uses a term or distinctive phrase of that section', () => {
    const bad: string[] = [];
    for (const it of items) {
      if (!it.explanation.includes(`§${it.sectionId}`)) bad.push(`${it.id}: explanation does not cite §${it.sectionId}`);
      if (!evidence(it.explanation, it.sectionId)) bad.push(`${it.id}: explanation uses no term or phrase of §${it.sectionId}`);
    }
    expect(bad).toEqual([]);
  });

  it('(the check above tells sections apart: explanations rarely fit a section of another chapter)', () => {
    expect(evidence('관련 없는 설명입니다. (§3.3 Amazon EC2 요금 모델: 사용 사례)', '3.3')).toBeUndefined();
    let fits = 0;
    let tries = 0;
    for (const it of items) {
      const chapter = it.sectionId.split('.')[0];
      for (const other of leaves.filter((id) => id.split('.')[0] !== chapter)) {
        tries++;
        if (evidence(it.explanation, other)) fits++;
      }
    }
    // (1.1 lists every service by name, so some overlap is real; a vacuous check would be near 1.)
    expect(fits / tries).toBeLessThan(0.3);
  });

  it('has no duplicate prompts, and each item 3-5 distinct choices', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const it of items) {
      const k = norm(it.prompt);
      if (seen.has(k)) dups.push(`${it.id} repeats ${seen.get(k)}`);
      else seen.set(k, it.id);
    }
    expect(dups).toEqual([]);
    const badChoices = items.filter((i) => i.choices.length < 3 || i.choices.length > 5 || new Set(i.choices.map(norm)).size !== i.choices.length);
    expect(badChoices.map((i) => i.id)).toEqual([]);
  });

  it('spreads the correct answer: every position of the 4-choice items holds 15-35% of them, and 0 and 1 together at most 60%', () => {
    const four = items.filter((i) => i.choices.length === 4);
    expect(four.length).toBeGreaterThan(items.length * 0.9);
    const share = (pos: number) => four.filter((i) => i.answer === pos).length / four.length;
    for (const pos of [0, 1, 2, 3]) {
      expect(share(pos), `answer position ${pos}`).toBeGreaterThanOrEqual(0.15);
      expect(share(pos), `answer position ${pos}`).toBeLessThanOrEqual(0.35);
    }
    expect(share(0) + share(1)).toBeLessThanOrEqual(0.6);
  });

  it('mixes recall, application and comparison questions', () => {
    for (const kind of ['recall', 'application', 'comparison'] as const) {
      expect(items.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(items.length * 0.1);
    }
  });

  it(`the correct choice is the strictly longest in ${LONGEST_MIN * 100}-${LONGEST_MAX * 100}% of items, comparison items included (chance is 25%)`, () => {
    const share = (set: QuizItem[]) => set.filter(correctIsLongest).length / set.length;
    expect(share(items)).toBeGreaterThanOrEqual(LONGEST_MIN);
    expect(share(items)).toBeLessThanOrEqual(LONGEST_MAX);
    expect(share(items.filter((i) => i.kind === 'comparison'))).toBeLessThanOrEqual(LONGEST_MAX);
  });

  it('(the length check counts only a strictly longest correct choice)', () => {
    const item = (choices: string[], answer: number) => ({ choices, answer }) as QuizItem;
    expect(correctIsLongest(item(['짧음', '조금 더 긴 정답'], 1))).toBe(true);
    expect(correctIsLongest(item(['동점 오답', '동점 정답'], 1))).toBe(false);
    expect(correctIsLongest(item(['더 길고 긴 오답', '정답'], 1))).toBe(false);
  });

  it(`has no near-duplicate questions: no two items' prompt + correct choice are more than ${NEAR_DUPLICATE} alike`, () => {
    const keyed = items.map((i) => ({ id: i.id, grams: bigrams(i.prompt + i.choices[i.answer]) }));
    const close: string[] = [];
    for (let a = 0; a < keyed.length; a++) {
      for (let b = a + 1; b < keyed.length; b++) {
        const sim = jaccard(keyed[a].grams, keyed[b].grams);
        if (sim > NEAR_DUPLICATE) close.push(`${keyed[a].id} ≈ ${keyed[b].id} (${sim.toFixed(2)})`);
      }
    }
    expect(close).toEqual([]);
  });

  it('(the near-duplicate check flags a reworded copy and passes two questions on different facts)', () => {
    // Two items the bank once held: the same ECS-vs-EKS comparison, reworded.
    const a = bigrams('Amazon ECS와 Amazon EKS를 올바르게 비교한 것은?' + 'ECS는 Docker를 지원하는 컨테이너 오케스트레이션 서비스이고, EKS는 AWS에서 관리형 Kubernetes를 실행할 수 있게 해 줌');
    const b = bigrams('Amazon ECS와 Amazon EKS를 비교한 설명으로 옳은 것은?' + 'EKS는 AWS에서 관리형 Kubernetes를 실행하게 해 주고, ECS는 Docker를 지원하는 AWS의 컨테이너 오케스트레이션 서비스이다');
    const other = bigrams('스팟 인스턴스는 중단되기 얼마 전에 경고 알림을 보내는가?' + '2분 전');
    expect(jaccard(a, b)).toBeGreaterThan(NEAR_DUPLICATE);
    expect(jaccard(a, other)).toBeLessThan(NEAR_DUPLICATE / 2);
  });

  it('an item that rests on a module fact AWS has since changed says "이 모듈에 따르면" and carries a separate "※ 현재" note after its citation', () => {
    const bad: string[] = [];
    const seen = new Set<RegExp>();
    for (const it of items) {
      const tested = `${it.prompt} ${it.choices[it.answer]}`;
      const fact = OUTDATED_MODULE_FACTS.find((f) => f.test(tested));
      if (fact) {
        seen.add(fact);
        if (!it.prompt.includes('이 모듈에 따르면')) bad.push(`${it.id}: prompt does not say "이 모듈에 따르면" (${fact})`);
        if (!it.explanation.includes(NOW_NOTE)) bad.push(`${it.id}: explanation has no "${NOW_NOTE}" note (${fact})`);
      }
      // The note never mixes into the module's own explanation: it follows the section citation.
      const note = it.explanation.indexOf(NOW_NOTE);
      if (note >= 0 && note < it.explanation.lastIndexOf(`(§${it.sectionId}`)) bad.push(`${it.id}: "${NOW_NOTE}" note comes before the citation`);
    }
    expect(bad).toEqual([]);
    // Every changed fact is still tested somewhere, so the list above cannot silently go stale.
    expect(OUTDATED_MODULE_FACTS.filter((f) => !seen.has(f)).map(String)).toEqual([]);
  });
});
