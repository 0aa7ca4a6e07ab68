// The module's section list as bare Section objects (no bodies), for tests that need ids and
// titles but not the content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section } from '../../src/content/section.ts';

export const SECTION_LIST = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'knowledge', 'sections.json'), 'utf8')) as {
  id: string;
  title: string;
  titleEn: string;
  supplement?: boolean;
}[];

export const SECTIONS: Section[] = SECTION_LIST.map((s) => ({
  id: s.id,
  title: s.title,
  titleEn: s.titleEn,
  supplementary: !!s.supplement,
  aliases: [],
  body: '',
  parent: s.id.includes('.') ? s.id.slice(0, s.id.lastIndexOf('.')) : undefined,
  file: `${s.id}.md`,
}));
