// Loads knowledge/ (section Markdown files, the section list, the glossary) and validates it
// once with zod. Every error names the file and the field, so a course author can fix it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from './yaml.ts';
import { z } from 'zod';
import type { Section } from './section.ts';

export interface GlossaryEntry {
  canonical: string;
  variants: string[];
  /** From a glossary-*.yaml file of ordinary words: helps matching, but never marks a question as the module's topic. */
  general?: boolean;
}

/** A group of subjects outside the module (knowledge/outside.yaml), used to decide scope. */
export interface OutsideTopic {
  topic: string;
  /**
   * true: the module does not teach it, so a question naming it is declined. false: named only in
   * passing. 'neighbour': named beside the module's services; a question naming it is declined when
   * it asks how to do something, or names none of `unlessWith` (the module's own services).
   */
  decline: boolean | 'neighbour';
  unlessWith?: string[];
  terms: string[];
}

export interface Knowledge {
  sections: Section[];
  byId: Map<string, Section>;
  glossary: GlossaryEntry[];
  outside: OutsideTopic[];
}

export class KnowledgeError extends Error {}

/** The project's own knowledge/ folder (course content), wherever the process was started from. */
export const DEFAULT_KNOWLEDGE_DIR = join(import.meta.dirname, '..', '..', 'knowledge');

const SectionListSchema = z.array(
  z.object({ id: z.string(), title: z.string(), titleEn: z.string(), supplement: z.boolean().optional() }),
);

const FrontMatterSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+(\.\d+)*$/, 'must look like 3.4.1')),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  supplementary: z.boolean().default(false),
  overview: z.boolean().default(false),
  aliases: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  updates: z
    .array(z.object({ about: z.array(z.union([z.string(), z.number()]).transform(String)).min(1), clarifies: z.boolean().optional(), ko: z.string().min(1), en: z.string().min(1) }))
    .default([]),
});

const GlossarySchema = z.array(
  z.object({
    canonical: z.string().min(1),
    variants: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  }),
);

const OutsideSchema = z.array(
  z.object({
    topic: z.string().min(1),
    decline: z.union([z.boolean(), z.literal('neighbour')]),
    unlessWith: z.array(z.string().min(1)).optional(),
    terms: z.array(z.union([z.string(), z.number()]).transform(String)).min(1),
  }),
);

/** File of subjects outside the module (optional: without it, scope rests on the module's own words). */
const OUTSIDE_FILE = 'outside.yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Parses one section file; throws KnowledgeError naming the file and field. */
export function parseSectionFile(file: string, text: string): Omit<Section, 'parent'> {
  const m = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!m) throw new KnowledgeError(`${file}: missing front matter (--- id/title/... ---)`);
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (e) {
    throw new KnowledgeError(`${file}: front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const fm = FrontMatterSchema.safeParse(data ?? {});
  if (!fm.success) throw new KnowledgeError(`${file}: ${describe(fm.error.issues)}`);
  const body = m[2].trim();
  if (!body) throw new KnowledgeError(`${file}: body: is empty`);
  return { ...fm.data, body, file };
}

function parentOf(id: string): string | undefined {
  const i = id.lastIndexOf('.');
  return i < 0 ? undefined : id.slice(0, i);
}

/** Loads and validates all of knowledge/; throws one KnowledgeError listing every problem. */
export function loadKnowledge(dir: string): Knowledge {
  const problems: string[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;

  const listFile = join(dir, 'sections.json');
  const list = SectionListSchema.safeParse(JSON.parse(readFileSync(listFile, 'utf8')));
  if (!list.success) throw new KnowledgeError(`${rel(listFile)}: ${describe(list.error.issues)}`);
  const expected = new Map(list.data.map((s) => [s.id, s]));

  const sectionsDir = join(dir, 'sections');
  const files = existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.md')).sort() : [];
  const seen = new Map<string, string>();
  const sections: Section[] = [];
  for (const f of files) {
    const path = join(sectionsDir, f);
    try {
      const s = parseSectionFile(rel(path), readFileSync(path, 'utf8'));
      const want = expected.get(s.id);
      if (!want) problems.push(`${s.file}: id: unknown section id "${s.id}" (not in sections.json)`);
      else if (want.title !== s.title) problems.push(`${s.file}: title: must be "${want.title}" for section ${s.id}`);
      if (seen.has(s.id)) problems.push(`${s.file}: id: duplicate section id "${s.id}" (also in ${seen.get(s.id)})`);
      seen.set(s.id, s.file);
      if (want?.supplement && !s.supplementary) problems.push(`${s.file}: supplementary: must be true for section ${s.id}`);
      sections.push({ ...s, parent: parentOf(s.id) });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  for (const id of expected.keys()) if (!seen.has(id)) problems.push(`${rel(sectionsDir)}: section ${id} has no file`);

  // glossary.yaml holds the module's terms; further glossary-*.yaml files (general words) join it.
  const glossary: GlossaryEntry[] = [];
  const glossaryFiles = readdirSync(dir).filter((f) => /^glossary(-[\w-]+)?\.ya?ml$/.test(f)).sort();
  for (const f of glossaryFiles) {
    const path = join(dir, f);
    try {
      const g = GlossarySchema.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? []);
      if (!g.success) problems.push(`${rel(path)}: ${describe(g.error.issues)}`);
      else glossary.push(...g.data.map((e) => (f.startsWith('glossary-') ? { ...e, general: true } : e)));
    } catch (e) {
      problems.push(`${rel(path)}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  let outside: OutsideTopic[] = [];
  const outsidePath = join(dir, OUTSIDE_FILE);
  if (existsSync(outsidePath)) {
    try {
      const o = OutsideSchema.safeParse(parseYaml(readFileSync(outsidePath, 'utf8')) ?? []);
      if (!o.success) problems.push(`${rel(outsidePath)}: ${describe(o.error.issues)}`);
      else outside = o.data;
    } catch (e) {
      problems.push(`${rel(outsidePath)}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  if (problems.length) throw new KnowledgeError(`knowledge failed validation:\n  ${problems.join('\n  ')}`);
  const order = [...expected.keys()];
  sections.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { sections, byId: new Map(sections.map((s) => [s.id, s])), glossary, outside };
}
