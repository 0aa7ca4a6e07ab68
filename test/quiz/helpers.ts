// Shared fixtures for the quiz tests: the module's section list, a stand-in topic resolver and a
// generated bank (the real bank is checked separately in bank-content.test.ts).
import { join } from 'node:path';
import type { Context } from '../../src/reply.ts';
import type { QuizItem } from '../../src/quiz/bank.ts';
import { createQuizService, type QuizDeps, type QuizService } from '../../src/quiz/service.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export { SECTION_LIST, SECTIONS } from '../helpers/sections.ts';
import { SECTIONS } from '../helpers/sections.ts';

/** A tiny stand-in for the answerer's topic resolver. */
export const TOPICS: Record<string, string[]> = {
  '스팟': ['3.3', '3.1'],
  spot: ['3.3', '3.1'],
  containers: ['4'],
  '컨테이너': ['4', '4.1'],
  docker: ['4.2'],
  pillars: ['3.4'],
  lambda: ['5'],
};
export const resolveTopic = (text: string): string[] => TOPICS[text.trim().toLowerCase()] ?? [];

/** `per` questions for every section of the list; the answer position cycles 0..3. */
export function makeBank(per = 6): QuizItem[] {
  const items: QuizItem[] = [];
  let k = 0;
  for (const s of SECTIONS) {
    for (let i = 0; i < per; i++) {
      items.push({
        id: `t-${s.id}-${i}`,
        sectionId: s.id,
        kind: 'recall',
        prompt: `${s.title} 질문 ${i}?`,
        choices: ['가', '나', '다', '라'].map((c) => `${c} (${s.id}/${i})`),
        answer: k++ % 4,
        explanation: `설명 ${s.id}/${i} (§${s.id} ${s.title})`,
        file: 'test',
      });
    }
  }
  return items;
}

/** A deterministic PRNG (mulberry32). */
export function seeded(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function ctx(user = 'U1', extra: Partial<Context> = {}): Context {
  return { platform: 'slack', scope: 'T1', channel: 'C1', user, userName: `name-${user}`, ...extra };
}

export interface Harness {
  store: Store;
  quiz: QuizService;
  bank: QuizItem[];
  clock: { now: number };
  advance(ms: number): void;
}

export function harness(opts: { file?: string; bank?: QuizItem[]; store?: Store; deps?: Partial<QuizDeps>; start?: number } = {}): Harness {
  const clock = { now: opts.start ?? Date.UTC(2025, 0, 8, 3, 0, 0) }; // a Wednesday
  const store = opts.store ?? openSqliteStore(opts.file ?? ':memory:');
  const bank = opts.bank ?? makeBank();
  const quiz = createQuizService({ store, sections: SECTIONS, resolveTopic, now: () => clock.now, bank, random: seeded(7), ...opts.deps });
  return { store, quiz, bank, clock, advance: (ms) => void (clock.now += ms) };
}

/** The `choice` action ids of a reply, in order. */
export const choiceIds = (r: { actions?: { id: string; group?: string }[] }) => (r.actions ?? []).filter((a) => a.group === 'choices').map((a) => a.id);

/** The bank item a question reply asks (found by its prompt). */
export function itemOf(bank: QuizItem[], text: string): QuizItem {
  const found = bank.filter((i) => text.includes(i.prompt));
  // The last prompt in the text is the question being asked (a solo result shows the previous one first).
  found.sort((a, b) => text.lastIndexOf(b.prompt) - text.lastIndexOf(a.prompt));
  if (!found.length) throw new Error(`no bank item in: ${text}`);
  return found[0];
}
