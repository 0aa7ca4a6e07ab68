// Splits a section body into passages: each bullet or paragraph is one, so an answer can be
// the few sentences that matter rather than the whole section.
import type { Section } from './section.ts';

export interface Passage {
  sectionId: string;
  /** Position within the section, for keeping answers in reading order. */
  index: number;
  /** Plain text (Markdown emphasis removed). */
  text: string;
  /** The `## heading` it sits under, if any. */
  heading?: string;
  /** For `- **term**: definition` bullets: the term (plain). */
  defines?: string;
  /** Nesting depth of the bullet (0 for top level and paragraphs). */
  depth: number;
  /** Ends with ':' or introduces a list: answering with it alone would say nothing. */
  intro: boolean;
  /** Says what the section covers ("이 섹션에서는 ... 다룸"): good for finding, poor as an answer. */
  about: boolean;
}

const BULLET = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;
const DEFINITION = /^\*\*(.+?)\*\*\s*[:：]\s*(.+)$/;

/** Markdown → plain text for chat: emphasis, links and HTML removed. */
export function plain(md: string): string {
  return md
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function splitPassages(section: Section): Passage[] {
  const out: Passage[] = [];
  let heading: string | undefined;
  let paragraph: string[] = [];
  const push = (raw: string, depth: number) => {
    const text = plain(raw);
    if (!text) return;
    const def = DEFINITION.exec(raw.trim());
    out.push({
      sectionId: section.id,
      index: out.length,
      text,
      heading,
      defines: def ? plain(def[1]) : undefined,
      depth,
      // Ends with a colon, or announces what follows ("아래는 …", "다음과 같음").
      intro: /[:：]$/.test(text) || /(아래는|다음은|다음과 같)/.test(text),
      about: /이 섹션(에서는|은|의)/.test(text) || /다룸\.?$/.test(text),
    });
  };
  const flush = () => {
    if (paragraph.length) push(paragraph.join(' '), 0);
    paragraph = [];
  };
  for (const line of section.body.split(/\r?\n/)) {
    const h = HEADING.exec(line);
    const b = BULLET.exec(line);
    if (h) {
      flush();
      heading = plain(h[1]);
    } else if (b) {
      flush();
      push(b[2], Math.floor(b[1].replace(/\t/g, '  ').length / 2));
    } else if (line.trim() === '') {
      flush();
    } else if (/^\s{2,}\S/.test(line) && out.length && !paragraph.length) {
      // A continuation line of the previous bullet.
      const last = out[out.length - 1];
      last.text = plain(`${last.text} ${line}`);
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  // A passage followed by deeper bullets introduces them.
  for (let i = 0; i + 1 < out.length; i++) if (out[i + 1].depth > out[i].depth) out[i].intro = true;
  return out;
}
