// The definition index, built from the knowledge itself: which passages define which term.
// A passage defines X when it is a `**X**: …` bullet, or a sentence that opens with X as its
// subject ("X란 …", "X은/는 …임"). Terms are keyed by glossary concept (so every spelling of X
// finds it) and by the written term itself (for terms the glossary does not list).
import type { Passage } from '../content/passages.ts';
import type { SearchIndex } from '../search/index.ts';
import { normalize, squashed } from '../search/normalize.ts';

export interface Definition {
  passage: Passage;
  /** 3: a `**X**:` bullet naming exactly X; 2: "X는 Y임"; 1: another sentence about X, or a bold term containing X. */
  strength: number;
  /** It spells out a name ("EC2는 Elastic Compute Cloud를 의미함"). */
  spellsName?: boolean;
  /** The passage's section is titled with the term ("Amazon EC2", "Amazon EC2 개요"). */
  titled?: boolean;
}

export interface DefinitionIndex {
  /** Passages defining any of these concepts or words, strongest first. */
  find(concepts: string[], words: string[]): Definition[];
}

/** "X란 …", "X은/는 …": the subject at the start of a sentence (short, so it is a term, not a clause). */
const SUBJECT = /^(.{1,30}?)(은|는|이란|란)\s/;
/** The first sentence ends in the copula "…임." ("Docker는 … 소프트웨어 플랫폼임."). */
const COPULA = /^[^.]*?임\./;
/** A sentence that only expands a name. */
const ACRONYM = /(을|를) 의미함|의 약자|stands for/;
/** How much longer than the concept's name a bold term may be and still name just it (particles, a hyphen). */
const TERM_SLACK = 2;

export function buildDefinitionIndex(index: SearchIndex): DefinitionIndex {
  const byKey = new Map<string, Definition[]>();
  const partial: { term: string; passage: Passage }[] = [];
  const titles = new Map<string, string[]>();
  const titleConcepts = (id: string) => {
    if (!titles.has(id)) titles.set(id, index.matcher.match(normalize(index.sections.get(id)!.title)).concepts);
    return titles.get(id)!;
  };
  const spellings = new Set(index.matcher.spellings().map((x) => x.replace(/\s+/g, '')));
  const add = (key: string, d: Definition) => {
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  };
  for (const p of index.passages) {
    if (p.defines) {
      // "AMI(Amazon Machine Image)" defines AMI; "Cloud(EC2의 C)" does not define EC2.
      const core = p.defines.replace(/\(.*?\)/g, ' ');
      const term = squashed(p.defines);
      add('t:' + term, { passage: p, strength: 3 });
      add('t:' + squashed(core), { passage: p, strength: 3 });
      // Without its vendor prefix, so "Amazon EC2 Auto Scaling" is Auto Scaling, not EC2 plus Auto Scaling.
      const concepts = index.matcher.match(normalize(core.replace(/^\s*(amazon|aws)\s+/i, ''))).concepts;
      // "**Amazon EBS(…)**" names EBS; "**컨테이너 기반 서비스**" names more than 컨테이너.
      const named = squashed(core).replace(/^(amazon|aws)/, '');
      if (concepts.length === 1 && (spellings.has(named) || named.length <= squashed(concepts[0]).length + TERM_SLACK))
        add('c:' + concepts[0], { passage: p, strength: 3, titled: titleConcepts(p.sectionId).includes(concepts[0]) });
      partial.push({ term, passage: p });
    } else if (!p.about) {
      // (Not a section's summary, "Amazon ECS는 컨테이너를 오케스트레이션함. 이 섹션에서는 …": it says what a section covers.)
      const subject = SUBJECT.exec(p.text)?.[1];
      const concepts = subject ? index.matcher.match(normalize(subject)).concepts : [];
      // "EC2는 Elastic Compute Cloud를 의미함" spells out a name; it says less than what X is.
      // "X는 Y임" says what X is; "X는 …을 제공함" only says something about it.
      // In the section titled with X ("Amazon EC2 개요"), "X는 …" introduces X even without the copula.
      const titled = concepts.length === 1 && titleConcepts(p.sectionId).includes(concepts[0]);
      const spellsName = ACRONYM.test(p.text);
      if (concepts.length === 1) add('c:' + concepts[0], { passage: p, strength: spellsName || !(COPULA.test(p.text) || titled) ? 1 : 2, spellsName, titled });
    }
  }
  return {
    find(concepts, words) {
      const out: Definition[] = [];
      for (const c of concepts) out.push(...(byKey.get('c:' + c) ?? []), ...(byKey.get('t:' + squashed(c)) ?? []));
      const asked = words.filter((w) => w.length >= 2).map(squashed);
      for (const w of asked) out.push(...(byKey.get('t:' + w) ?? []));
      for (const { term, passage } of partial) if (asked.some((a) => a.length >= 2 && term.includes(a))) out.push({ passage, strength: 1 });
      const best = new Map<Passage, Definition>();
      for (const d of out) if ((best.get(d.passage)?.strength ?? 0) < d.strength) best.set(d.passage, d);
      return [...best.values()].sort((a, b) => b.strength - a.strength);
    },
  };
}
