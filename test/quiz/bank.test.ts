// The bank loader on fixture files (the real bank is cross-checked in bank-content.test.ts).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadQuizBank, parseQuizFile } from '../../src/quiz/bank.ts';
import { SECTIONS } from './helpers.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const ids = new Set(SECTIONS.map((s) => s.id));

describe('loadQuizBank', () => {
  it('loads every YAML file (items: list or bare list), kind optional, numbers as section ids', () => {
    const { items, errors } = loadQuizBank(join(FIX, 'good'), ids);
    expect(errors).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['a-3.3-01', 'a-4.2-01', 'inst-1']);
    expect(items[0]).toEqual({
      id: 'a-3.3-01',
      sectionId: '3.3',
      kind: 'application',
      prompt: '중단되어도 괜찮은 배치 작업에 가장 저렴한 요금 모델은?',
      choices: ['온디맨드 인스턴스', '스팟 인스턴스', '예약 인스턴스', 'Dedicated Host'],
      answer: 1,
      explanation: '스팟 인스턴스는 중단되어도 무방한 애플리케이션에 적합함. (§3.3 Amazon EC2 요금 모델: 사용 사례)',
      file: join(FIX, 'good', 'a.yaml'),
    });
    expect(items[1].sectionId).toBe('4.2');
    expect(items[2].kind).toBeUndefined();
  });

  it('reports each bad item with file, index, id and field, and keeps the rest', () => {
    const { items, errors } = loadQuizBank(join(FIX, 'mixed'), ids);
    expect(items.map((i) => i.id)).toEqual(['m-ok-1', 'm-ok-2', 'm-ok-3']);
    const f1 = join(FIX, 'mixed', '1-ok-and-bad.yaml');
    const f2 = join(FIX, 'mixed', '2-duplicate.yaml');
    const expectError = (prefix: string, ...fragments: string[]) => {
      const e = errors.find((x) => x.startsWith(prefix));
      expect(e, `${prefix} in\n${errors.join('\n')}`).toBeDefined();
      for (const f of fragments) expect(e).toContain(f);
    };
    expectError(`${f1}: item 1 (id "m-bad-answer"): answer:`, 'only 3 choices');
    expectError(`${f1}: item 2 (id "m-bad-section"): section:`, '"9.9" is not a section');
    expectError(`${f1}: item 3 (id "m-bad-kind"): kind:`);
    expectError(`${f1}: item 4 (id "m-dup-choice"): choices.1:`, 'repeats choice 0');
    expectError(`${f1}: item 5: `, 'id: is required', 'explanation: is required');
    expectError(`${f2}: item 0 (id "m-ok-1"): id:`, `already used in ${f1}`);
    expectError(`${join(FIX, 'mixed', '3-broken.yaml')}: not valid YAML`);
    expectError(`${join(FIX, 'mixed', '4-no-items.yaml')}: items:`);
    expect(errors).toHaveLength(8);
  });

  it('validates counts of choices and field types', () => {
    const one = parseQuizFile('x.yaml', 'items:\n  - {id: a, section: "1.1", prompt: "질문입니다", choices: ["하나"], answer: 0, explanation: "e"}\n', ids);
    expect(one.errors[0]).toMatch(/^x\.yaml: item 0 \(id "a"\): choices: needs 2 to 5 choices/);
    const six = parseQuizFile('x.yaml', 'items:\n  - {id: b, section: "1.1", prompt: "질문입니다", choices: [a,b,c,d,e,f], answer: 0, explanation: "e"}\n', ids);
    expect(six.errors[0]).toContain('choices: needs 2 to 5 choices');
    const frac = parseQuizFile('x.yaml', 'items:\n  - {id: c, section: "1.1", prompt: "질문입니다", choices: [a,b], answer: 0.5, explanation: "e"}\n', ids);
    expect(frac.errors[0]).toContain('answer: must be a whole number');
    const badId = parseQuizFile('x.yaml', 'items:\n  - {id: "a b", section: "1.1", prompt: "질문입니다", choices: [a,b], answer: 0, explanation: "e"}\n', ids);
    expect(badId.errors[0]).toContain('id: must be 1-64 letters');
    const missing = parseQuizFile('x.yaml', 'items:\n  - {id: d, section: "1.1", prompt: "질문입니다", answer: 0, explanation: "e"}\n', ids);
    expect(missing.errors).toEqual(['x.yaml: item 0 (id "d"): choices: is required']);
    expect(one.items).toEqual([]);
  });

  it('a missing folder is an empty bank', () => {
    expect(loadQuizBank(join(FIX, 'nope'), ids)).toEqual({ items: [], errors: [] });
  });
});
