import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Section } from '../../src/content/section.ts';

export interface Case {
  q: string;
  expect: (string | null)[];
  mix?: string[];
}

export function loadCases(name: string): Case[] {
  return readFileSync(join(import.meta.dirname, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** Sections 3.x as the loader would give them (titles from the shared contract when present). */
export function sections(): Section[] {
  const file = join(import.meta.dirname, '..', '..', '..', 'shared', 'contract', 'sections.json');
  const list: { id: string; title: string; titleEn: string; supplement?: boolean }[] = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : [
        { id: '3.1', title: 'Amazon EC2 요금 모델', titleEn: 'Amazon EC2 pricing models' },
        { id: '3.3', title: 'Amazon EC2 요금 모델: 사용 사례', titleEn: 'Pricing models: use cases' },
      ];
  return list.map((s) => ({
    id: s.id,
    title: s.title,
    titleEn: s.titleEn,
    supplementary: !!s.supplement,
    aliases: [],
    body: '',
    parent: s.id.includes('.') ? s.id.split('.').slice(0, -1).join('.') : undefined,
    file: 'test',
  }));
}
