// Reply building for the quiz: plain text in the learner's language (module content stays Korean),
// choices as buttons, citations after every answer. Pure functions of what the engine read.
import type { Action, Citation, Field, Lang, Reply, SectionRef } from '../reply.ts';
import { t } from '../lang.ts';
import type { Section } from '../content/section.ts';
import { citationLabel } from '../content/section.ts';
import type { LeaderboardResult, QuizResponseRow, QuizSessionRow, QuizUserStatsRow, SectionTallyRow } from '../store/store.ts';
import type { QuizItem } from './bank.ts';
import type { Points } from './scoring.ts';
import { accuracy } from './scoring.ts';
import { answerId, closeId, nextId, stopId } from './ids.ts';
import { cleanName, namePlaceholder } from '../text/names.ts';

/** The rule between an answer's result and what follows it (the next question, or the summary). */
export const RESULT_RULE = '──────────';

export interface ReplyDeps {
  sectionsById: Map<string, Section>;
}

export const notice = (lang: Lang, ko: string, en: string, kind: Reply['kind'] = 'notice'): Reply => ({
  kind,
  lang,
  text: t(lang, ko, en),
  visibility: 'private',
});

export function citationFor(sec: Section | undefined, sectionId: string): Citation {
  const title = sec?.title ?? sectionId;
  return { sectionId, title, supplementary: sec?.supplementary ?? false, label: citationLabel({ id: sectionId, title }) };
}

export function sectionLabel(d: ReplyDeps, id: string): string {
  const s = d.sectionsById.get(id);
  return s ? citationLabel(s) : `§${id}`;
}

export function formatDuration(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (lang === 'ko') return m ? `${m}분 ${r}초` : `${r}초`;
  return m ? `${m}m ${r}s` : `${r}s`;
}

const choiceLine = (item: QuizItem, i: number) => `${i + 1}. ${item.choices[i]}`;
/** A learner's name as others see it: cleaned, or a placeholder when there is none to show. */
const who = (r: { user: string; userName: string | null } | { user: string; name: string | null }, lang: Lang) =>
  cleanName('userName' in r ? r.userName : r.name) || namePlaceholder(lang);

function questionTitle(s: QuizSessionRow, index: number, lang: Lang): string {
  const n = `${index + 1}/${s.itemIds.length}`;
  if (s.mode === 'channel') return t(lang, `채널 퀴즈 ${n}`, `Channel quiz ${n}`);
  if (s.mode === 'review') return t(lang, `복습 ${n}`, `Review ${n}`);
  return t(lang, `문제 ${n}`, `Question ${n}`);
}

/** The question with its choices as buttons. Channel: live answer count, a close timer and a 다음 button. */
export function questionReply(
  s: QuizSessionRow,
  index: number,
  item: QuizItem | undefined,
  opts: { answered?: number; intro?: string } = {},
): Reply {
  const lang = s.lang;
  const head = opts.intro ?? '';
  const title = questionTitle(s, index, lang);
  if (!item) {
    // The bank changed since the quiz started (an instructor removed the question).
    return {
      kind: 'quiz-question',
      lang,
      title,
      text: `${head ? head + '\n\n' : ''}${t(lang, '이 문제는 문제 은행에서 삭제되었습니다. 다음 문제로 넘어가세요.', 'This question was removed from the bank. Move on to the next one.')}`,
      actions: [{ id: nextId(s.id, index), label: t(lang, '다음 ▶', 'Next ▶'), group: 'nav', style: 'primary' }],
      visibility: s.mode === 'channel' ? 'public' : 'private',
    };
  }
  const lines = [item.prompt, '', ...item.choices.map((_, i) => choiceLine(item, i))];
  const actions: Action[] = item.choices.map((c, i) => ({ id: answerId(s.id, index, i), label: `${i + 1}. ${c}`, group: 'choices' }));
  const fields: Field[] = [];
  if (s.mode === 'channel') {
    const n = opts.answered ?? 0;
    const secs = Math.round(((s.deadline ?? s.openedAt) - s.openedAt) / 1000);
    lines.push('', t(lang, `응답 ${n}명 · ${secs}초 안에 답하세요 (첫 답만 인정)`, `${n} answered · answer within ${secs}s (first answer counts)`));
    fields.push({ label: t(lang, '응답', 'Answers'), value: String(n), inline: true });
    actions.push({ id: nextId(s.id, index), label: t(lang, '마감하고 다음 ▶', 'Close & next ▶'), group: 'nav' });
  } else {
    actions.push({ id: stopId(s.id), label: t(lang, '그만하기', 'Stop'), group: 'nav' });
  }
  return {
    kind: 'quiz-question',
    lang,
    title,
    text: (head ? head + '\n\n' : '') + lines.join('\n'),
    ...(fields.length ? { fields } : {}),
    actions,
    visibility: s.mode === 'channel' ? 'public' : 'private',
    ...(s.mode === 'channel' && s.deadline !== null ? { expires: { atMs: s.deadline, actionId: closeId(s.id, index) } } : {}),
  };
}

/** "✅ 정답 ... 정답: 2. ... 설명" for one solo answer. */
export function soloResultText(item: QuizItem, choice: number, pts: Points, streak: number, lang: Lang): string {
  const correct = choice === item.answer;
  const head = correct
    ? t(lang, `✅ 정답입니다! +${pts.total}점`, `✅ Correct! +${pts.total} points`) +
      (pts.streakBonus ? t(lang, ` (${streak}연속 정답 보너스 +${pts.streakBonus})`, ` (${streak} in a row, bonus +${pts.streakBonus})`) : '')
    : t(lang, `❌ 오답입니다. 고른 답: ${choiceLine(item, choice)}`, `❌ Wrong. You chose: ${choiceLine(item, choice)}`);
  return [head, t(lang, `정답: ${choiceLine(item, item.answer)}`, `Answer: ${choiceLine(item, item.answer)}`), item.explanation].join('\n');
}

/** The solo answer's result, followed by the next question (its buttons) in the same message. */
export function soloResultReply(d: ReplyDeps, item: QuizItem, resultText: string, next: Reply): Reply {
  // One message: the result, then the next question under its own heading (so no Reply.title).
  const { title: _title, ...rest } = next;
  return {
    ...rest,
    kind: 'quiz-result',
    text: `${resultText}\n\n${RESULT_RULE}\n${next.title ? next.title + '\n' : ''}${next.text}`,
    citation: citationFor(d.sectionsById.get(item.sectionId), item.sectionId),
  };
}

/** A closed channel question: the answer, the explanation, who got it right. */
export function channelClosedReply(
  d: ReplyDeps,
  s: QuizSessionRow,
  index: number,
  item: QuizItem | undefined,
  responses: QuizResponseRow[],
  opts: { nextButton: boolean },
): Reply {
  const lang = s.lang;
  const title = `${questionTitle(s, index, lang)} · ${t(lang, '마감', 'closed')}`;
  const right = responses.filter((r) => r.correct).sort((a, b) => b.points - a.points || a.at - b.at);
  const lines: string[] = [];
  if (item) {
    lines.push(item.prompt, '', t(lang, `정답: ${choiceLine(item, item.answer)}`, `Answer: ${choiceLine(item, item.answer)}`), item.explanation, '');
  }
  lines.push(
    right.length
      ? t(lang, `맞힌 사람 (${right.length}/${responses.length}명): `, `Got it right (${right.length} of ${responses.length}): `) +
          right.map((r) => `${who(r, lang)} +${r.points}`).join(', ')
      : responses.length
        ? t(lang, `응답 ${responses.length}명 중 맞힌 사람이 없습니다.`, `Nobody of ${responses.length} got it right.`)
        : t(lang, '아무도 답하지 않았습니다.', 'Nobody answered.'),
  );
  return {
    kind: 'quiz-result',
    lang,
    title,
    text: lines.join('\n'),
    fields: [
      { label: t(lang, '응답', 'Answers'), value: String(responses.length), inline: true },
      { label: t(lang, '정답자', 'Correct'), value: String(right.length), inline: true },
    ],
    ...(item ? { citation: citationFor(d.sectionsById.get(item.sectionId), item.sectionId) } : {}),
    ...(opts.nextButton ? { actions: [{ id: nextId(s.id, index), label: t(lang, '다음 문제 ▶', 'Next question ▶'), group: 'nav' as const, style: 'primary' as const }] } : {}),
    visibility: 'public',
  };
}

/** The end of a quiz: score, time taken, sections to review. */
export function summaryReply(
  d: ReplyDeps,
  s: QuizSessionRow,
  items: Map<string, QuizItem>,
  responses: QuizResponseRow[],
  before?: string,
): Reply {
  const lang = s.lang;
  const n = s.itemIds.length;
  const took = formatDuration((s.finishedAt ?? s.startedAt) - s.startedAt, lang);
  const lines: string[] = [];
  if (before) lines.push(before, '', RESULT_RULE);
  const fields: Field[] = [];
  // Sections to review: where a solo learner missed, or where most of a channel missed.
  const missedSections: string[] = [];
  const addSection = (id: string) => {
    if (!missedSections.includes(id)) missedSections.push(id);
  };
  if (s.mode === 'channel') {
    const byUser = new Map<string, { name: string; points: number; correct: number }>();
    for (const r of responses) {
      const u = byUser.get(r.user) ?? { name: who(r, lang), points: 0, correct: 0 };
      u.points += r.points;
      u.correct += r.correct ? 1 : 0;
      byUser.set(r.user, u);
    }
    const ranked = [...byUser.values()].sort((a, b) => b.points - a.points || b.correct - a.correct);
    lines.push(t(lang, `채널 퀴즈 끝! ${n}문제 · 참가 ${ranked.length}명 · 걸린 시간 ${took}`, `Channel quiz over! ${n} questions · ${ranked.length} players · took ${took}`));
    if (ranked.length) {
      lines.push('', t(lang, '순위', 'Ranking'));
      ranked.slice(0, 10).forEach((u, i) => lines.push(t(lang, `${i + 1}. ${u.name} — ${u.points}점 (${u.correct}/${n} 정답)`, `${i + 1}. ${u.name} — ${u.points} pts (${u.correct}/${n} right)`)));
    }
    s.itemIds.forEach((id, i) => {
      const rs = responses.filter((r) => r.index === i);
      const item = items.get(id);
      if (item && rs.length && rs.filter((r) => r.correct).length * 2 < rs.length) addSection(item.sectionId);
    });
    fields.push({ label: t(lang, '참가자', 'Players'), value: String(ranked.length), inline: true });
  } else {
    const mine = responses.filter((r) => r.user === s.starter);
    const correct = mine.filter((r) => r.correct).length;
    const points = mine.reduce((a, r) => a + r.points, 0);
    lines.push(
      t(lang, `퀴즈 끝! 점수 ${correct}/${n} · ${points}점 · 걸린 시간 ${took}`, `Quiz complete! Score ${correct}/${n} · ${points} points · took ${took}`),
    );
    if (mine.length < n) lines.push(t(lang, `(${n - mine.length}문제는 답하지 않았습니다)`, `(${n - mine.length} left unanswered)`));
    for (const r of mine) if (!r.correct) addSection(r.sectionId);
    fields.push(
      { label: t(lang, '점수', 'Score'), value: `${correct}/${n}`, inline: true },
      { label: t(lang, '포인트', 'Points'), value: String(points), inline: true },
    );
  }
  fields.push({ label: t(lang, '걸린 시간', 'Time'), value: took, inline: true });
  if (missedSections.length) {
    lines.push('', t(lang, '복습할 섹션:', 'Sections to review:'), ...missedSections.map((id) => `- ${sectionLabel(d, id)}`));
    if (s.mode !== 'channel') lines.push(t(lang, '틀린 문제는 다음 퀴즈와 /quiz 복습 에서 다시 나옵니다.', 'Missed questions come back in later quizzes and in /quiz review.'));
  } else if (responses.every((r) => r.correct) && s.itemIds.every((_, i) => responses.some((r) => r.index === i))) {
    // "All correct" only when every question was answered (a stopped quiz or a silent channel question is not).
    lines.push('', t(lang, '복습할 섹션이 없습니다. 모두 맞혔어요!', 'Nothing to review: all correct!'));
  }
  const related: SectionRef[] = missedSections.map((id) => ({ sectionId: id, title: d.sectionsById.get(id)?.title ?? id }));
  return {
    kind: 'quiz-summary',
    lang,
    title: t(lang, '퀴즈 결과', 'Quiz results'),
    text: lines.join('\n'),
    fields,
    ...(related.length ? { related } : {}),
    visibility: s.mode === 'channel' ? 'public' : 'private',
  };
}

export function leaderboardReply(board: LeaderboardResult, period: 'all' | 'week', lang: Lang, user: string): Reply {
  const title = period === 'week' ? t(lang, '리더보드 · 이번 주', 'Leaderboard · this week') : t(lang, '리더보드 · 전체 기간', 'Leaderboard · all time');
  if (!board.top.length) {
    return {
      kind: 'leaderboard',
      lang,
      title,
      text: period === 'week'
        ? t(lang, '이번 주에는 아직 퀴즈 점수가 없습니다. /quiz 로 시작해 보세요.', 'No quiz points yet this week. Start one with /quiz.')
        : t(lang, '아직 퀴즈 점수가 없습니다. /quiz 로 시작해 보세요.', 'No quiz points yet. Start one with /quiz.'),
      visibility: 'public',
    };
  }
  const line = (rank: number, r: LeaderboardResult['top'][number]) =>
    t(lang, `${rank}. ${who(r, lang)} — ${r.points}점 (정답 ${r.correct}/${r.answered}, ${accuracy(r.correct, r.answered)}%)`,
      `${rank}. ${who(r, lang)} — ${r.points} pts (${r.correct}/${r.answered} right, ${accuracy(r.correct, r.answered)}%)`);
  const lines = board.top.map((r, i) => line(i + 1, r));
  if (board.me && board.me.rank > board.top.length) lines.push('…', line(board.me.rank, board.me.row));
  else if (!board.me && user) lines.push('', t(lang, '아직 이 기간에 점수가 없습니다.', 'You have no points in this period yet.'));
  return { kind: 'leaderboard', lang, title, text: lines.join('\n'), visibility: 'public' };
}

export function statsReply(
  d: ReplyDeps,
  stats: QuizUserStatsRow | undefined,
  tally: SectionTallyRow[],
  review: { due: number; total: number; nextDueAt?: number },
  lang: Lang,
  now: number,
): Reply {
  const title = t(lang, '내 퀴즈 기록', 'My quiz stats');
  if (!stats || !stats.answered) {
    return { kind: 'stats', lang, title, text: t(lang, '아직 푼 퀴즈가 없습니다. /quiz 로 시작해 보세요.', 'No quiz answers yet. Start one with /quiz.'), visibility: 'private' };
  }
  const acc = accuracy(stats.correct, stats.answered);
  const lines = [
    t(lang, `푼 문제 ${stats.answered} · 정답 ${stats.correct} (${acc}%) · ${stats.points}점`, `Answered ${stats.answered} · correct ${stats.correct} (${acc}%) · ${stats.points} points`),
    t(lang, `연속 정답: 현재 ${stats.streak} · 최고 ${stats.bestStreak}`, `Streak: current ${stats.streak} · best ${stats.bestStreak}`),
  ];
  if (tally.length) {
    lines.push('', t(lang, '섹션별 정답률 (낮은 순):', 'Accuracy by section (weakest first):'));
    const sorted = [...tally].sort((a, b) => a.correct / a.answered - b.correct / b.answered || b.answered - a.answered);
    for (const r of sorted) lines.push(`- ${sectionLabel(d, r.sectionId)}: ${r.correct}/${r.answered} (${accuracy(r.correct, r.answered)}%)`);
  }
  if (review.due) lines.push('', t(lang, `복습할 문제 ${review.due}개가 기다리고 있습니다: /quiz 복습`, `${review.due} questions are due for review: /quiz review`));
  else if (review.nextDueAt !== undefined) lines.push('', t(lang, `다음 복습까지 ${formatWait(review.nextDueAt - now, lang)}`, `Next review in ${formatWait(review.nextDueAt - now, lang)}`));
  return {
    kind: 'stats',
    lang,
    title,
    text: lines.join('\n'),
    fields: [
      { label: t(lang, '푼 문제', 'Answered'), value: String(stats.answered), inline: true },
      { label: t(lang, '정답률', 'Accuracy'), value: `${acc}%`, inline: true },
      { label: t(lang, '포인트', 'Points'), value: String(stats.points), inline: true },
      { label: t(lang, '최고 연속', 'Best streak'), value: String(stats.bestStreak), inline: true },
    ],
    visibility: 'private',
  };
}

export function formatWait(ms: number, lang: Lang): string {
  const h = Math.ceil(Math.max(0, ms) / 3_600_000);
  if (h < 24) return t(lang, `약 ${h}시간`, `about ${h}h`);
  const days = Math.round(h / 24);
  return t(lang, `약 ${days}일`, `about ${days} days`);
}

export function quizHelp(lang: Lang): Reply {
  return {
    kind: 'help',
    lang,
    title: t(lang, '퀴즈 사용법', 'Quiz commands'),
    text: t(
      lang,
      [
        '/quiz — 모듈 전체에서 5문제 (혼자, 나만 보임)',
        '/quiz 3.3 또는 /quiz 스팟 — 한 섹션이나 주제 (하위 섹션 포함)',
        '/quiz 3.3 10 — 10문제 (최대 20)',
        '/quiz 채널 3.3 — 채널 퀴즈: 모두가 답하고, 문제마다 제한 시간 후 정답 공개',
        '/quiz 복습 — 틀렸거나 복습할 때가 된 문제',
        '/quiz 순위 [주간] · /quiz 통계 · /quiz 그만',
      ].join('\n'),
      [
        '/quiz — 5 questions from the whole module (solo, only you see it)',
        '/quiz 3.3 or /quiz spot — one section or topic (subsections included)',
        '/quiz 3.3 10 — 10 questions (up to 20)',
        '/quiz channel 3.3 — a channel quiz: everyone answers, each question closes after a time limit',
        '/quiz review — questions you missed or that are due',
        '/quiz leaderboard [week] · /quiz stats · /quiz stop',
      ].join('\n'),
    ),
    visibility: 'private',
  };
}
