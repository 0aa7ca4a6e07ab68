// Exports: a link per CSV file, keeping the filters.
import { EXPORTS } from '../exports.ts';
import { filterForm, filterQuery } from '../filters.ts';
import { html } from '../html.ts';
import type { Page, PageInput } from './page.ts';

export async function exportsPage(input: PageInput): Promise<Page> {
  const { m } = input;
  const q = filterQuery(input.filter.values);
  const main = html`${filterForm('/exports', input.places, input.filter, m, input.lang)}
<p class="help">${m.exportsHelp}</p>
<ul class="downloads">${EXPORTS.map((e) => html`<li><a href="/export/${e.name}${q}" download>${e.name}</a><span>${e.describe(m)}</span></li>`)}</ul>`;
  return { title: m.exportsTitle, main };
}
