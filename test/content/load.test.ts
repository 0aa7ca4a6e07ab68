import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge, KnowledgeError, parseSectionFile } from '../../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/tutor.ts';
import { splitPassages } from '../../src/content/passages.ts';

import { existsSync } from 'node:fs';

// The course contract beside the project (as CI lays it out); the project's copy otherwise.
const shared = join(import.meta.dirname, '../../../shared/contract/sections.json');
const contract = JSON.parse(readFileSync(existsSync(shared) ? shared : join(DEFAULT_KNOWLEDGE_DIR, 'sections.json'), 'utf8')) as { id: string; title: string; supplement?: boolean }[];

/** A copy of knowledge/ to break on purpose. */
function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}


/** The KnowledgeError message loading `dir` gives (fails the test when it loads, or throws something else). */
function knowledgeErrorOf(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    return (e as Error).message;
  }
  throw new Error(`${dir} loaded without an error`);
}

describe('knowledge', () => {
  const k = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);

  it('has one section for every id of the contract, with its exact title', () => {
    expect(k.sections.map((s) => s.id)).toEqual(contract.map((c) => c.id));
    for (const c of contract) expect(k.byId.get(c.id)!.title).toBe(c.title);
  });

  it('marks exactly the supplementary sections as supplementary', () => {
    const supplementary = k.sections.filter((s) => s.supplementary).map((s) => s.id);
    expect(supplementary).toEqual(contract.filter((c) => c.supplement).map((c) => c.id));
  });

  it('gives every section Korean and English aliases', () => {
    for (const s of k.sections) {
      expect(s.aliases.some((a) => /[가-힣]/.test(a)), s.id).toBe(true);
      expect(s.aliases.some((a) => /^[\x20-\x7e]+$/.test(a)), s.id).toBe(true);
    }
  });

  it('keeps the numbers of the module notes', () => {
    const all = k.sections.map((s) => s.body).join('\n');
    for (const fact of ['60개', '65%', '20~30%', '2분', '1~10개', '1년 또는 3년', '500GB', '20GB', '수백 밀리초', '최대 10개'])
      expect(all, fact).toContain(fact);
  });

  it('keeps the definitions of the module notes, each in its section', () => {
    const defines = (id: string) => splitPassages(k.byId.get(id)!).map((p) => p.defines ?? '').join('|');
    expect(defines('4.3')).toMatch(/하이퍼바이저/);
    expect(defines('4.3')).toMatch(/커널/);
    expect(defines('3.4.4')).toMatch(/마이그레이션/);
    expect(defines('3.4.4')).toMatch(/EBS/);
    expect(defines('4.5')).toMatch(/Pod/);
  });

  it('rejects an unknown id, naming the file and field', () => {
    const dir = copyKnowledge();
    try {
      writeFileSync(join(dir, 'sections', '9.9.md'), '---\nid: "9.9"\ntitle: x\ntitleEn: x\n---\nbody\n');
      expect(() => loadKnowledge(dir)).toThrow(/9\.9\.md: id: unknown section id "9\.9"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a duplicate id, an empty body and a missing section', () => {
    const dir = copyKnowledge();
    try {
      writeFileSync(join(dir, 'sections', 'copy.md'), readFileSync(join(dir, 'sections', '3.3.md')));
      writeFileSync(join(dir, 'sections', '4.2.md'), '---\nid: "4.2"\ntitle: "Docker란?"\ntitleEn: x\n---\n\n');
      rmSync(join(dir, 'sections', '5.md'));
      const message = knowledgeErrorOf(dir);
      expect(message).toMatch(/copy\.md: id: duplicate section id "3\.3"/);
      expect(message).toMatch(/4\.2\.md: body: is empty/);
      expect(message).toMatch(/section 5 has no file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the missing field of a front matter', () => {
    expect(() => parseSectionFile('x.md', '---\ntitle: a\ntitleEn: b\n---\nbody')).toThrow(/x\.md: id:/);
    expect(() => parseSectionFile('x.md', 'no front matter')).toThrow(/x\.md: missing front matter/);
  });

  it('reports a broken outside-subjects lexicon or change note by file and field', () => {
    const dir = copyKnowledge();
    try {
      writeFileSync(join(dir, 'outside.yaml'), '- topic: other clouds\n  decline: maybe\n  terms: [Azure]\n');
      const section = join(dir, 'sections', '3.3.md');
      writeFileSync(section, readFileSync(section, 'utf8').replace(/\n    en: "Spot Instances[^\n]*/, ''));
      const message = knowledgeErrorOf(dir);
      expect(message).toMatch(/outside\.yaml: 0\.decline/);
      expect(message).toMatch(/3\.3\.md: updates\.0\.en/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists no outside subject the module itself teaches, nor a Korean spelling hiding inside its sentences', () => {
    // Hangul terms match inside spacing-free text, so "에저" (Azure) once declined every "…에 저장".
    const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    const text = k.sections.map((s) => squash(`${s.title} ${s.body}`));
    const declining = k.outside.filter((t) => t.decline === true).flatMap((t) => t.terms);
    const hidden = declining.filter((term) => /[가-힣]/.test(term) && text.some((body) => body.includes(squash(term))));
    expect(hidden).toEqual([]);
    // Latin terms match whole words: none may be a word of the module's text either.
    const words = new Set(k.sections.flatMap((s) => s.body.toLowerCase().match(/[a-z][a-z0-9@.-]*[a-z0-9]/g) ?? []));
    expect(declining.filter((term) => !/[가-힣\s]/.test(term) && words.has(term.toLowerCase()))).toEqual([]);
  });

  it('keeps the updates apart from the teaching: every change note names what it is about', () => {
    const noted = k.sections.filter((s) => s.updates?.length).map((s) => s.id);
    expect(noted).toEqual(expect.arrayContaining(['2.2', '2.3', '3.1', '3.3', '3.4.1', '3.4.4', '4.4', '4.4.2', '4.5', '5', '6']));
    for (const s of k.sections) for (const u of s.updates ?? []) expect(s.body).not.toContain(u.ko);
  });
});
