import { readFileSync } from 'node:fs';
import { SECTIONS } from '../helpers/sections.ts';
import { join } from 'node:path';
import type { Section } from '../../src/content/section.ts';

export interface Case {
  q: string;
  expect: (string | null)[];
  mix?: string[];
  /** Every model the plan must hold (parts.jsonl: one per part). */
  plan?: string[];
}

export function loadCases(name: string): Case[] {
  return readFileSync(join(import.meta.dirname, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** The module's sections (ids and titles) as the loader would give them, without bodies. */
export function sections(): Section[] {
  return SECTIONS;
}
