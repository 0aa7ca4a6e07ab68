// What every page is given, and the small pieces several pages show.
import type { Course } from '../../../src/report/course.ts';
import type { PlaceRow, ReportSource } from '../../../src/report/source.ts';
import type { ParsedFilter } from '../filters.ts';
import { html, type Html } from '../html.ts';
import type { Lang, Messages } from '../i18n.ts';

export interface PageInput {
  source: ReportSource;
  course: Course;
  filter: ParsedFilter;
  places: PlaceRow[];
  lang: Lang;
  m: Messages;
  now: number;
}

export interface Page {
  title: string;
  main: Html;
}

/** The section's title in the page's language, or its id when the course no longer has it. */
export function sectionName(input: Pick<PageInput, 'course' | 'lang'>, id: string | null): string {
  if (id === null) return '—';
  const s = input.course.sections.find((x) => x.id === id);
  return s ? `§${id} ${input.lang === 'en' ? s.titleEn : s.title}` : `§${id}`;
}

/** A table that scrolls sideways on a phone instead of squeezing its columns. */
export const scrollTable = (head: Html, rows: Html[], empty: string) =>
  rows.length
    ? html`<div class="scroll"><table>${head}<tbody>${rows}</tbody></table></div>`
    : html`<p class="empty">${empty}</p>`;

export const stat = (label: string, value: string | number, sub?: string) =>
  html`<div class="stat"><p class="label">${label}</p><p class="value">${value}</p>${sub ? html`<p class="sub">${sub}</p>` : ''}</div>`;
