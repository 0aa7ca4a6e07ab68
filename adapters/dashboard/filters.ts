// The filter form every page shares (platform, workspace/server, channel, date range): read from
// the query string once, validated, and passed on to the export links unchanged.
import { z } from 'zod';
import type { PlaceRow, ReportFilter } from '../../src/report/source.ts';
import { html, type Html } from './html.ts';
import type { Messages, Lang } from './i18n.ts';
import { platformName } from './format.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const field = z.string().trim().max(200).optional().transform((v) => (v ? v : undefined));
const QuerySchema = z.object({ platform: field, scope: field, channel: field, from: field, to: field });

export interface FilterValues {
  platform?: string;
  scope?: string;
  channel?: string;
  from?: string;
  to?: string;
}

export interface ParsedFilter {
  filter: ReportFilter;
  values: FilterValues;
  /** Values that were ignored, to say so on the page. */
  ignored: string[];
}

/** Local midnight of a YYYY-MM-DD day, undefined when it is not a real date. */
function dayStart(s: string, plusDays = 0): number | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3])) return undefined;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays).getTime();
}

export function parseFilter(query: URLSearchParams): ParsedFilter {
  const raw = QuerySchema.safeParse(Object.fromEntries(query));
  const v: FilterValues = raw.success ? raw.data : {};
  const ignored: string[] = [];
  const fromMs = v.from === undefined ? undefined : dayStart(v.from);
  // "To" is inclusive: the whole of that day.
  const toMs = v.to === undefined ? undefined : dayStart(v.to, 1);
  if (v.from !== undefined && fromMs === undefined) (ignored.push(v.from), (v.from = undefined));
  if (v.to !== undefined && toMs === undefined) (ignored.push(v.to), (v.to = undefined));
  return { filter: { platform: v.platform, scope: v.scope, channel: v.channel, fromMs, toMs }, values: v, ignored };
}

/** `?platform=slack&from=…` for links that keep the filters, '' when none is set. */
export function filterQuery(v: FilterValues): string {
  const q = new URLSearchParams();
  for (const k of ['platform', 'scope', 'channel', 'from', 'to'] as const) if (v[k]) q.set(k, v[k]!);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();

function select(name: string, label: string, options: { value: string; label: string }[], chosen: string | undefined, m: Messages): Html {
  // A chosen value no longer in the data still shows, so the form says what is applied.
  const all = chosen && !options.some((o) => o.value === chosen) ? [...options, { value: chosen, label: chosen }] : options;
  return html`<label>${label}<select name="${name}"><option value="">${m.all}</option>${all.map(
    (o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`,
  )}</select></label>`;
}

export function filterForm(action: string, places: PlaceRow[], p: ParsedFilter, m: Messages, lang: Lang): Html {
  const v = p.values;
  const platforms = uniq(places.map((x) => x.platform)).map((x) => ({ value: x, label: platformName(x, lang) }));
  const scopes = uniq(places.filter((x) => !v.platform || x.platform === v.platform).map((x) => x.scope)).map((x) => ({ value: x, label: x }));
  const channels = uniq(places.filter((x) => (!v.platform || x.platform === v.platform) && (!v.scope || x.scope === v.scope)).map((x) => x.channel))
    .map((x) => ({ value: x, label: `#${x}` }));
  // Folded away until used (it takes a phone's whole screen); open, with a summary, when a filter applies.
  const active = [v.platform && platformName(v.platform, lang), v.scope, v.channel && `#${v.channel}`, (v.from || v.to) && `${v.from ?? '…'} – ${v.to ?? '…'}`]
    .filter(Boolean)
    .join(' · ');
  return html`<details class="filters"${active ? html` open` : ''}><summary>${m.filters}${active ? html`: <strong>${active}</strong>` : ''}</summary>
<form class="filters" method="get" action="${action}">
${select('platform', m.platform, platforms, v.platform, m)}
${select('scope', m.scope, scopes, v.scope, m)}
${select('channel', m.channel, channels, v.channel, m)}
<label>${m.from}<input type="date" name="from" value="${v.from ?? ''}"></label>
<label>${m.to}<input type="date" name="to" value="${v.to ?? ''}"></label>
<div class="buttons"><button type="submit">${m.apply}</button> <a href="${action}">${m.clear}</a></div>
</form></details>
${p.ignored.length ? html`<p class="notice">${m.badFilter} ${p.ignored.join(', ')}</p>` : ''}`;
}
