// Quiz items: per section attempts and accuracy; per item attempts, facility, discrimination and
// picks per choice, with the items to review first.
import { itemStats, sectionStats, type ItemFlag, type ItemStats } from '../../../src/report/items.ts';
import { meter } from '../charts.ts';
import { filterForm } from '../filters.ts';
import { html, type Html } from '../html.ts';
import { fixed2, pct } from '../format.ts';
import type { Messages } from '../i18n.ts';
import { scrollTable, sectionName, type Page, type PageInput } from './page.ts';

const flagText = (f: ItemFlag, m: Messages) => (f === 'distractor-beats-key' ? m.flagDistractor : m.flagNegative);

function itemCard(s: ItemStats, input: PageInput): Html {
  const { m } = input;
  const most = Math.max(1, ...s.choiceCounts);
  const choices = s.choiceCounts.map((count, i) => {
    const right = s.item?.answer === i;
    const text = s.item?.choices[i] ?? `${m.choice} ${i + 1}`;
    return html`<li class="${right ? 'right' : ''}"><span class="choice">${i + 1}. ${text}${right ? html` <span class="badge good">✓ ${m.rightAnswer}</span>` : ''}</span>
<span class="bar">${meter(count, most, right ? 's-good' : 's-bad', `${count} ${m.picked}`)}<span class="count">${count}</span></span></li>`;
  });
  return html`<li class="card${s.flags.length ? ' flagged' : ''}" id="item-${s.itemId}">
<p class="meta"><code>${s.itemId}</code> · ${sectionName(input, s.sectionId)}${s.item ? '' : html` · <span class="badge">${m.notInBank}</span>`}</p>
${s.item ? html`<p class="q">${s.item.prompt}</p>` : ''}
${s.flags.map((f) => html`<p class="badge bad">⚑ ${flagText(f, m)}</p>`)}
<dl class="figures"><div><dt>${m.attempts}</dt><dd>${s.attempts}</dd></div><div><dt>${m.facility}</dt><dd>${pct(s.facility)}</dd></div>
<div><dt>${m.discrimination}</dt><dd>${fixed2(s.discrimination)} <small>(n=${s.learners})</small></dd></div></dl>
<ol class="choices">${choices}</ol>
</li>`;
}

export async function quizPage(input: PageInput): Promise<Page> {
  const { m, course } = input;
  const answers = await input.source.quizAnswers(input.filter.filter);
  const items = itemStats(answers, course.bank);
  const sections = sectionStats(answers, course.sections.map((s) => s.id)).filter((s) => s.attempts > 0);
  const answered = items.filter((s) => s.attempts > 0);
  const flagged = answered.filter((s) => s.flags.length > 0);
  const unanswered = items.filter((s) => s.attempts === 0);

  const sectionTable = scrollTable(
    html`<thead><tr><th>${m.section}</th><th class="num">${m.attempts}</th><th class="num">${m.accuracy}</th><th></th><th class="num">${m.learnersN}</th></tr></thead>`,
    sections.map((s) => html`<tr><td>${sectionName(input, s.sectionId)}</td><td class="num">${s.attempts}</td><td class="num">${pct(s.accuracy)}</td>
<td class="meter-cell">${meter(s.correct, s.attempts, 's-good', pct(s.accuracy))}</td><td class="num">${s.learners}</td></tr>`),
    m.noneYet,
  );
  const main = html`${filterForm('/quiz', input.places, input.filter, m, input.lang)}
<section><h2>${m.sectionsTitle}</h2>${sectionTable}</section>
${flagged.length ? html`<section><h2>${m.flagged} (${flagged.length})</h2><ol class="cards">${flagged.map((s) => itemCard(s, input))}</ol></section>` : ''}
<section><h2>${m.itemsTitle} (${answered.length - flagged.length})</h2><p class="help">${m.itemsHelp}</p>
${answered.length ? html`<ol class="cards">${answered.filter((s) => !s.flags.length).map((s) => itemCard(s, input))}</ol>` : html`<p class="empty">${m.noneYet}</p>`}</section>
${unanswered.length ? html`<section><details><summary>${m.unansweredItems} (${unanswered.length})</summary><p class="ids">${unanswered.map((s) => html`<code>${s.itemId}</code> `)}</p></details></section>` : ''}`;
  return { title: m.quizItems, main };
}
