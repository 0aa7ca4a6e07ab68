// Learners: per learner questions, quiz answers, accuracy per section, streak, review due.
import { learnerStats } from '../../../src/report/learners.ts';
import { filterForm } from '../filters.ts';
import { html } from '../html.ts';
import { pct, placeLabel, when } from '../format.ts';
import { scrollTable, type Page, type PageInput } from './page.ts';

/** Learners listed on the page, most active first; learners.csv has them all. */
const LEARNERS_SHOWN = 500;

export async function learnersPage(input: PageInput): Promise<Page> {
  const { m, lang } = input;
  const f = input.filter.filter;
  const [questions, quiz, states] = await Promise.all([
    input.source.questions(f),
    input.source.quizAnswers(f),
    input.source.learnerStates(f, input.now),
  ]);
  const learners = learnerStats(questions, quiz, states).slice(0, LEARNERS_SHOWN);
  const table = scrollTable(
    html`<thead><tr><th>${m.name}</th><th>${m.where}</th><th class="num">${m.questions}</th><th class="num">${m.quizAnswers}</th><th class="num">${m.accuracy}</th>
<th>${m.perSection}</th><th class="num">${m.streak}</th><th class="num">${m.reviewDue}</th><th>${m.lastActive}</th></tr></thead>`,
    learners.map((l) => html`<tr>
<td><strong>${l.name ?? l.user}</strong>${l.name ? html`<br><small><code>${l.user}</code></small>` : ''}</td>
<td>${placeLabel(l, lang)}</td><td class="num">${l.questions}</td><td class="num">${l.quizAnswers}</td><td class="num">${pct(l.accuracy)}</td>
<td class="chips">${l.sections.map((s) => html`<span class="chip" title="${s.correct}/${s.answered}">§${s.sectionId} ${pct(s.correct / s.answered)}</span> `)}</td>
<td class="num">${l.streak} (${l.bestStreak})</td><td class="num">${l.due}</td><td class="nowrap">${when(l.lastAt)}</td></tr>`),
    m.noneYet,
  );
  return { title: m.learnersTitle, main: html`${filterForm('/learners', input.places, input.filter, m, lang)}${table}` };
}
