// The question bank: every YAML file in knowledge/quiz/ (the bundled sets and any instructor's own),
// validated with zod item by item. A bad file or item is reported (file, item index and id, field)
// and skipped; the rest of the bank still loads.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../content/yaml.ts';
import { z } from 'zod';

export type QuizKind = 'recall' | 'application' | 'comparison';

export interface QuizItem {
  id: string;
  sectionId: string;
  kind?: QuizKind;
  prompt: string;
  choices: string[];
  /** 0-based index of the one correct choice. */
  answer: number;
  explanation: string;
  /** The file it came from, for error messages. */
  file: string;
}

export interface QuizBank {
  items: QuizItem[];
  errors: string[];
}

/** "is required" for a missing field, `otherwise` for a wrong type. */
const need = (otherwise: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'is required' : otherwise) });
const text = (what: string) => z.string(need(`must be text (${what})`)).trim().min(1, `must not be empty (${what})`);
// YAML reads `section: 3.3` as a number and `section: 1.10` as 1.1; accept numbers, but ids are strings.
const idLike = z.union([z.string(), z.number()], need('must be a string')).transform((v) => String(v).trim());

const ItemSchema = z
  .object({
    id: idLike.pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-"')),
    section: idLike.pipe(z.string().regex(/^\d+(\.\d+)*$/, 'must be a section id like "3.3"')),
    kind: z.enum(['recall', 'application', 'comparison'], { error: 'must be recall, application or comparison' }).optional(),
    prompt: text('the question'),
    choices: z
      .array(z.union([z.string(), z.number()], need('must be text')).transform((v) => String(v).trim()).pipe(z.string().min(1, 'must not be empty')), need('must be a list of 2 to 5 choices'))
      .min(2, 'needs 2 to 5 choices')
      .max(5, 'needs 2 to 5 choices'),
    answer: z.number(need('must be the 0-based index of the correct choice')).int('must be a whole number').min(0, 'must be 0 or more'),
    explanation: text('why the answer is right'),
  })
  .superRefine((item, ctx) => {
    if (item.answer >= item.choices.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `is ${item.answer} but there are only ${item.choices.length} choices (0-based)` });
    }
    const seen = new Map<string, number>();
    item.choices.forEach((c, i) => {
      const key = c.toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['choices', i], message: `repeats choice ${first} ("${c}")` });
      else seen.set(key, i);
    });
  });

const FileSchema = z.object({ items: z.array(z.unknown(), { error: 'must be a list of questions' }) });

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.length ? i.path.join('.') : '(item)'}: ${i.message}`).join('; ');
}

/** The YAML files of a quiz folder, by name, so the order (and duplicate-id winner) is stable. */
export function quizFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Parses one bank file's text. `seenIds` (id → file) catches duplicates across files;
 * valid items are returned, problems appended to `errors`.
 */
export function parseQuizFile(file: string, source: string, sectionIds: Set<string>, seenIds = new Map<string, string>()): QuizBank {
  const items: QuizItem[] = [];
  const errors: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return { items, errors };
  }
  // A bare list of questions is accepted as well as `items: [...]`.
  const top = FileSchema.safeParse(Array.isArray(data) ? { items: data } : data ?? {});
  if (!top.success) {
    const hasItems = !!data && typeof data === 'object' && 'items' in data;
    errors.push(`${file}: items: ${hasItems ? 'must be a list of questions' : 'is required (the file must have an "items:" list of questions)'}`);
    return { items, errors };
  }
  top.data.items.forEach((raw, index) => {
    const rawId = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const where = `${file}: item ${index}${rawId ? ` (id "${rawId}")` : ''}`;
    const parsed = ItemSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(`${where}: ${describe(parsed.error.issues)}`);
      return;
    }
    const it = parsed.data;
    if (!sectionIds.has(it.section)) {
      errors.push(`${where}: section: "${it.section}" is not a section of the module`);
      return;
    }
    const dup = seenIds.get(it.id);
    if (dup !== undefined) {
      errors.push(`${where}: id: "${it.id}" is already used in ${dup}`);
      return;
    }
    seenIds.set(it.id, file);
    items.push({
      id: it.id,
      sectionId: it.section,
      ...(it.kind ? { kind: it.kind } : {}),
      prompt: it.prompt,
      choices: it.choices,
      answer: it.answer,
      explanation: it.explanation,
      file,
    });
  });
  return { items, errors };
}

/** Loads every `*.yaml`/`*.yml` file in `dir`. A missing folder is an empty bank, not an error. */
export function loadQuizBank(dir: string, sectionIds: Set<string>): QuizBank {
  const items: QuizItem[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const file of quizFiles(dir)) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push(`${file}: cannot be read: ${(e as Error).message}`);
      continue;
    }
    const r = parseQuizFile(file, source, sectionIds, seen);
    items.push(...r.items);
    errors.push(...r.errors);
  }
  return { items, errors };
}
