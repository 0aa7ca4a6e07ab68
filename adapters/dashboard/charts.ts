// Charts drawn on the server as SVG: no script, no library, nothing fetched from elsewhere.
// Colours come from the stylesheet (classes), so the page's CSP needs no inline styles.
import { html, type Html } from './html.ts';

export interface Series {
  name: string;
  values: readonly number[];
  /** CSS class giving the colour (see style.css: .s-good, .s-bad). */
  cls: string;
}

const W = 640;
const H = 220;
const PAD = { left: 40, right: 8, top: 10, bottom: 28 };
/** At most this many day labels under the bars, so they never overlap. */
const MAX_X_LABELS = 6;

/** Grid lines above zero; the axis top is GRID_STEPS × a whole "nice" step, so every label is a whole number. */
const GRID_STEPS = 4;

/** The smallest "nice" whole number (1, 2, 5 × 10^k) at or above `x`, at least 1. */
export function niceCeil(x: number): number {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/** Stacked bars, one per label, with a y axis, a legend, and the numbers in a <details> table. */
export function stackedBars(o: { id: string; title: string; labels: readonly string[]; series: readonly Series[]; dataCaption: string; labelHeader: string }): Html {
  const n = o.labels.length;
  const totals = o.labels.map((_, i) => o.series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const gridStep = niceCeil(Math.max(0, ...totals) / GRID_STEPS);
  const top = gridStep * GRID_STEPS;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(n, 1);
  const barW = Math.max(1, step * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const grid = Array.from({ length: GRID_STEPS + 1 }, (_, k) => {
    const v = gridStep * k;
    return html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>
<text class="axis" x="${PAD.left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`;
  });
  const every = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  const bars = o.labels.map((label, i) => {
    const x = PAD.left + i * step + (step - barW) / 2;
    let base = 0;
    const parts = o.series.map((s) => {
      const v = s.values[i] ?? 0;
      if (v <= 0) return html``;
      const r = html`<rect class="${s.cls}" x="${x.toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + v)).toFixed(1)}"><title>${label} · ${s.name}: ${v}</title></rect>`;
      base += v;
      return r;
    });
    // Counted from the end, so the latest day always has its label.
    const tick = (n - 1 - i) % every === 0
      ? html`<text class="axis" x="${(x + barW / 2).toFixed(1)}" y="${H - 8}" text-anchor="middle">${label.slice(5)}</text>`
      : html``;
    return html`${parts}${tick}`;
  });
  const titleId = `${o.id}-title`;
  return html`<figure class="chart">
<figcaption id="${titleId}">${o.title}</figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" preserveAspectRatio="xMidYMid meet">${grid}${bars}</svg>
<ul class="legend">${o.series.map((s) => html`<li><span class="swatch ${s.cls}"></span>${s.name}</li>`)}</ul>
<details><summary>${o.dataCaption}</summary>
<div class="scroll"><table><thead><tr><th>${o.labelHeader}</th>${o.series.map((s) => html`<th class="num">${s.name}</th>`)}</tr></thead>
<tbody>${o.labels.map((l, i) => html`<tr><td>${l}</td>${o.series.map((s) => html`<td class="num">${s.values[i] ?? 0}</td>`)}</tr>`)}</tbody></table></div>
</details>
</figure>`;
}

/** A small horizontal bar for one share (0..max), e.g. how often a choice was picked. */
export function meter(value: number, max: number, cls: string, label: string): Html {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return html`<svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><rect class="track" x="0" y="0" width="100" height="10"/><rect class="${cls}" x="0" y="0" width="${width}" height="10"/></svg>`;
}
