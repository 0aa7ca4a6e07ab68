// Overview: questions and quiz answers per day, votes, active learners.
import { activeLearners, dailySeries, DAY_MS, overviewTotals, startOfDay, WEEK_MS } from '../../../src/report/overview.ts';
import { stackedBars } from '../charts.ts';
import { filterForm } from '../filters.ts';
import { html } from '../html.ts';
import { pct } from '../format.ts';
import { stat, type Page, type PageInput } from './page.ts';

/** Days the charts show when the filter sets no start. */
const DEFAULT_CHART_DAYS = 30;

export async function overviewPage(input: PageInput): Promise<Page> {
  const { m, filter: p, now } = input;
  const f = p.filter;
  // Without a start date the figures cover the last 30 days, so the charts stay readable.
  const fromMs = f.fromMs ?? startOfDay(now) - (DEFAULT_CHART_DAYS - 1) * DAY_MS;
  const toMs = f.toMs ?? now + 1;
  const ranged = { ...f, fromMs, toMs };
  const [questions, quiz, weekQuestions, weekQuiz] = await Promise.all([
    input.source.questions(ranged),
    input.source.quizAnswers(ranged),
    input.source.questions({ ...f, fromMs: now - WEEK_MS, toMs: now + 1 }),
    input.source.quizAnswers({ ...f, fromMs: now - WEEK_MS, toMs: now + 1 }),
  ]);
  const totals = overviewTotals(questions, quiz);
  const days = dailySeries(questions, quiz, fromMs, toMs);
  const labels = days.map((d) => d.day);
  const period = f.fromMs === undefined && f.toMs === undefined ? m.last30 : `${labels[0] ?? ''} – ${labels[labels.length - 1] ?? ''}`;
  const main = html`${filterForm('/', input.places, p, m, input.lang)}
<p class="period">${m.range}: ${period}</p>
<section class="stats">
${stat(m.questionsAsked, totals.questions, `${m.answeredN} ${totals.answered} · ${m.declinedN} ${totals.declined}`)}
${stat(m.votesUp, totals.up)}
${stat(m.votesDown, totals.down)}
${stat(m.activeWeek, activeLearners(weekQuestions, weekQuiz, now - WEEK_MS))}
${stat(m.quizAnswers, totals.quizAnswers, `${m.correctShare} ${pct(totals.quizAnswers ? totals.quizCorrect / totals.quizAnswers : null)}`)}
</section>
<section class="charts">
${stackedBars({
  id: 'questions-per-day', title: m.questionsPerDay, labels, dataCaption: m.chartData, labelHeader: m.day,
  series: [
    { name: m.answered, values: days.map((d) => d.answered), cls: 's-good' },
    { name: m.declined, values: days.map((d) => d.declined), cls: 's-bad' },
  ],
})}
${stackedBars({
  id: 'quiz-per-day', title: m.quizPerDay, labels, dataCaption: m.chartData, labelHeader: m.day,
  series: [
    { name: m.correct, values: days.map((d) => d.quizCorrect), cls: 's-good' },
    { name: m.wrong, values: days.map((d) => d.quizAnswers - d.quizCorrect), cls: 's-bad' },
  ],
})}
</section>`;
  return { title: m.overview, main };
}
