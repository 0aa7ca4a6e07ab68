// Parses the text after `/quiz`, so every adapter (and the console) agrees:
//   ''                    a solo quiz of 5 on the whole module
//   '3.3', '스팟', 'containers'   a solo quiz on a section or topic (its subsections included)
//   '10', '10문제', '3.3 10'       how many questions (1-20)
//   'review' / '복습'              questions that are due for review
//   'channel 3.3 10' / '채널'      a channel quiz: everyone answers
//   'leaderboard [week]' / '순위', '리더보드' [주간]   'stats' / '통계'   'stop' / '그만'   'help' / '도움말'
// A bare number is a section when it names one ('4' = 컨테이너 서비스) and no topic came before it,
// else a count: '/quiz 4' quizzes on containers, '/quiz 10' asks 10 questions, '/quiz 4 10' both.
import type { QuizMode } from './service.ts';

export type QuizCommand =
  | { kind: 'start'; mode: QuizMode; topic?: string; count?: number }
  | { kind: 'leaderboard'; period: 'all' | 'week' }
  | { kind: 'stats' }
  | { kind: 'stop' }
  | { kind: 'help' };

export const MAX_COUNT = 20;
export const DEFAULT_COUNT = 5;

const words = (...w: string[]) => new Set(w);
const REVIEW = words('review', 'reviews', 'due', '복습', '오답', '오답노트');
const CHANNEL = words('channel', 'group', 'team', 'everyone', '채널', '모두', '다같이', '다함께', '함께', '단체');
const SOLO = words('solo', 'me', 'private', '혼자', '개인', '나만');
const LEADERBOARD = words('leaderboard', 'leaderboards', 'lb', 'rank', 'ranks', 'ranking', 'rankings', 'top', 'scores', '순위', '리더보드', '랭킹', '점수판');
const STATS = words('stats', 'stat', 'statistics', '통계', '기록', '내기록', '성적');
const STOP = words('stop', 'end', 'quit', 'cancel', 'finish', '그만', '종료', '중단', '끝', '끝내기');
const HELP = words('help', '?', '도움', '도움말', '사용법');
const WEEK = words('week', 'weekly', 'this-week', '주간', '이번주', '금주');
// Words that say nothing about the quiz itself.
const FILLER = words('quiz', 'quizzes', '퀴즈', 'on', 'about', 'for', 'of', 'a', 'the', 'questions', 'question', 'q', '문제', '문항', '개', '관련', '대해', '대한', '에', '관해', 'all-time', 'all', '전체');

const COUNT = /^(\d{1,3})(문제|문항|개|q|qs|question|questions)?$/i;
const SECTION_ID = /^\d+(\.\d+)+$/;

/** `isSectionId` tells a bare number that names a section ('4') from a count ('10'). */
export function parseQuizCommand(args: string, isSectionId: (id: string) => boolean): QuizCommand {
  const raw = args.trim();
  const tokens = raw.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const has = (set: Set<string>) => tokens.some((t) => set.has(t));
  if (has(HELP) && tokens.length === 1) return { kind: 'help' };
  if (has(LEADERBOARD)) return { kind: 'leaderboard', period: has(WEEK) || /이번\s*주|this\s+week/i.test(raw) ? 'week' : 'all' };
  if (has(STATS) && tokens.length <= 2) return { kind: 'stats' };
  if (has(STOP) && tokens.length <= 2) return { kind: 'stop' };

  let mode: QuizMode = 'solo';
  let count: number | undefined;
  let topic: string | undefined;
  const rest: string[] = [];
  for (const tok of raw.split(/[\s,]+/).filter(Boolean)) {
    const low = tok.toLowerCase();
    if (REVIEW.has(low)) mode = 'review';
    else if (CHANNEL.has(low)) mode = mode === 'review' ? mode : 'channel';
    else if (SOLO.has(low)) continue;
    else if (SECTION_ID.test(low) && topic === undefined && !rest.length) topic = low;
    else if (COUNT.test(low)) {
      const m = COUNT.exec(low)!;
      const n = Number(m[1]);
      if (!m[2] && topic === undefined && !rest.length && count === undefined && isSectionId(m[1])) topic = m[1];
      else count = n;
    } else if (FILLER.has(low)) continue;
    else rest.push(tok);
  }
  if (topic === undefined && rest.length) topic = rest.join(' ');
  if (count !== undefined) count = Math.min(Math.max(count, 1), MAX_COUNT);
  return { kind: 'start', mode, ...(topic !== undefined ? { topic } : {}), ...(count !== undefined ? { count } : {}) };
}
