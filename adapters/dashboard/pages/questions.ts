// Questions: what the tutor declined or was unsure about (grouped), the answers voted 👎 with
// the passage given, and the latest questions.
import { dislikedAnswers, groupQuestions } from '../../../src/report/questions.ts';
import { filterForm } from '../filters.ts';
import { html } from '../html.ts';
import { fixed2, placeLabel, when } from '../format.ts';
import { scrollTable, sectionName, type Page, type PageInput } from './page.ts';

/** Rows shown per table; the CSV exports have them all. */
const ROWS_SHOWN = 100;
const LATEST_SHOWN = 30;

export async function questionsPage(input: PageInput): Promise<Page> {
  const { m, lang } = input;
  const rows = await input.source.questions(input.filter.filter);
  const groups = groupQuestions(rows).slice(0, ROWS_SHOWN);
  const disliked = dislikedAnswers(rows).slice(0, ROWS_SHOWN);
  const latest = rows.slice(-LATEST_SHOWN).reverse();
  const who = (r: { user: string; userName: string | null }) => r.userName ?? r.user;

  const unserved = scrollTable(
    html`<thead><tr><th>${m.question}</th><th class="num">${m.times}</th><th class="num">${m.declined}</th><th class="num">${m.lowConfidence}</th><th class="num">${m.learnersN}</th><th>${m.lastAsked}</th></tr></thead>`,
    groups.map((g) => html`<tr>
<td class="text"><q>${g.text}</q>${g.variants.length > 1
      ? html`<details><summary>${m.otherWordings} (${g.variants.length - 1})</summary><ul>${g.variants.slice(1).map((v) => html`<li><q>${v.text}</q> × ${v.count}</li>`)}</ul></details>`
      : ''}</td>
<td class="num">${g.count}</td><td class="num">${g.declined}</td><td class="num">${g.lowConfidence}</td><td class="num">${g.learners}</td><td class="nowrap">${when(g.lastAt)}</td></tr>`),
    m.noneYet,
  );

  const dislikedList = disliked.length
    ? html`<ol class="cards">${disliked.map((r) => html`<li class="card">
<p class="q"><q>${r.question}</q></p>
<p class="meta">👎 ${r.down} · 👍 ${r.up} · ${sectionName(input, r.sectionId)} · ${placeLabel(r, lang)} · ${who(r)} · ${when(r.at)}</p>
<p class="label">${m.passageGiven}</p>
<blockquote>${r.passage ?? m.noPassage}</blockquote>
</li>`)}</ol>`
    : html`<p class="empty">${m.noneYet}</p>`;

  const latestTable = scrollTable(
    html`<thead><tr><th>${m.when}</th><th>${m.question}</th><th>${m.section}</th><th class="num">${m.score}</th><th class="num">${m.votes}</th><th>${m.where}</th><th>${m.who}</th></tr></thead>`,
    latest.map((r) => html`<tr><td class="nowrap">${when(r.at)}</td><td class="text"><q>${r.question}</q></td>
<td>${r.answered ? sectionName(input, r.sectionId) : html`<span class="badge bad">${m.declined}</span>`}</td>
<td class="num">${fixed2(r.score)}</td><td class="num nowrap">👍 ${r.up} · 👎 ${r.down}</td><td>${placeLabel(r, lang)}</td><td class="nowrap">${who(r)}</td></tr>`),
    m.noneYet,
  );

  const main = html`${filterForm('/questions', input.places, input.filter, m, lang)}
<section><h2>${m.unservedTitle}</h2><p class="help">${m.unservedHelp}</p>${unserved}</section>
<section><h2>${m.dislikedTitle}</h2><p class="help">${m.dislikedHelp}</p>${dislikedList}</section>
<section><h2>${m.latestTitle}</h2>${latestTable}</section>`;
  return { title: m.questions, main };
}
