// Mechanical cross-checks of the bundled question bank (knowledge/quiz/) against the module's
// sections (knowledge/sections/*.md). What a machine can check: every item loads, its section
// exists, its explanation cites that section and uses one of its terms, no duplicate prompts,
// enough questions per section, the correct answer's position spread out, a mix of kinds.
// Whether each answer is *right* is for a human reading the notes; these checks catch the slips.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/content/yaml.ts';
import { loadQuizBank } from '../../src/quiz/bank.ts';
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

  it('spreads the correct answer: no position holds more than 35% of the items', () => {
    const counts = new Map<number, number>();
    for (const it of items) counts.set(it.answer, (counts.get(it.answer) ?? 0) + 1);
    for (const [pos, n] of counts) expect(n / items.length, `answer position ${pos}: ${n}/${items.length}`).toBeLessThanOrEqual(0.35);
    // and every position 0-2 is used (most items have 4 choices)
    for (const pos of [0, 1, 2]) expect(counts.get(pos) ?? 0).toBeGreaterThan(items.length * 0.15);
  });

  it('mixes recall, application and comparison questions', () => {
    for (const kind of ['recall', 'application', 'comparison'] as const) {
      expect(items.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(items.length * 0.1);
    }
  });

  it('has no answer that is simply the longest choice most of the time (a giveaway)', () => {
    const longest = items.filter((i) => {
      const len = i.choices.map((c) => c.length);
      return len[i.answer] === Math.max(...len) && len.filter((l) => l === len[i.answer]).length === 1;
    });
    expect(longest.length / items.length).toBeLessThan(0.5);
  });
});
