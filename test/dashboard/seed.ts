// Fills a store the way the class would: through the tutor facade (questions, 👎 votes, quizzes),
// over the last few days, so the dashboard has something real to show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/content/load.ts';
import type { QuizItem } from '../../src/quiz/bank.ts';
import { loadCourse, type Course } from '../../src/report/course.ts';
import type { Context, Reply } from '../../src/reply.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { createTutor } from '../../src/tutor.ts';

export const DAY = 24 * 60 * 60 * 1000;
export const TOKEN = 'correct-horse-battery-staple-42';

export const SCRIPT_QUESTION = '오늘 점심 뭐 먹지? <script>window.__pwned = 1</script>';
export const IMG_QUESTION = '<img src=x onerror="window.__pwned = 2">축구 경기 결과 알려줘';
export const FORMULA_QUESTION = '=HYPERLINK("http://evil.invalid","click me") 주식 추천';
export const DISLIKED_QUESTION = '도커가 뭐야?';

export const people = {
  minsu: { platform: 'slack', scope: 'T0CLASS', channel: 'C0STUDY', user: 'U01MINSU', userName: '김민수' },
  alice: { platform: 'slack', scope: 'T0CLASS', channel: 'C0STUDY', user: 'U02ALICE', userName: 'Alice <b>Kim</b>' },
  jiyoung: { platform: 'discord', scope: '111222333444', channel: '555666777', user: '999888777', userName: '박지영' },
} satisfies Record<string, Context>;

export interface Seeded {
  dir: string;
  file: string;
  course: Course;
  /** How many questions, quiz answers and 👎 were recorded. */
  counts: { questions: number; quizAnswers: number; quizCorrect: number; down: number };
  cleanup(): void;
}

const choiceIds = (r: Reply) => (r.actions ?? []).filter((a) => a.group === 'choices').map((a) => a.id);

/** The bank item being asked: the last prompt in the text (a result shows the previous one first). */
function itemOf(bank: QuizItem[], text: string): QuizItem {
  const found = bank.filter((i) => text.includes(i.prompt)).sort((a, b) => text.lastIndexOf(b.prompt) - text.lastIndexOf(a.prompt));
  if (!found.length) throw new Error(`no bank item in: ${text}`);
  return found[0];
}

export async function seedStore(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  const file = join(dir, 'tutor.db');
  const clock = { now: Date.now() - 4 * DAY };
  const now = () => clock.now;
  const tutor = createTutor({ store: openSqliteStore(file, { now }), now, rateLimitPerMinute: 1000 });
  const course = loadCourse(DEFAULT_KNOWLEDGE_DIR);
  const counts = { questions: 0, quizAnswers: 0, quizCorrect: 0, down: 0 };

  const ask = async (q: string, who: Context) => {
    counts.questions++;
    clock.now += 60_000;
    return tutor.ask(q, who);
  };
  /** A whole solo quiz, right answers where `plan` says true. */
  const quiz = async (topic: string, who: Context, plan: boolean[]) => {
    let r = await tutor.command('quiz', `${topic} ${plan.length}`, who);
    for (const right of plan) {
      const item = itemOf(course.bank, r.text);
      const ids = choiceIds(r);
      clock.now += 5_000;
      const res = await tutor.act(ids[right ? item.answer : (item.answer + 1) % item.choices.length], who);
      counts.quizAnswers++;
      if (right) counts.quizCorrect++;
      r = res.replace!;
    }
  };

  // Day 1: questions in and out of the module, one voted down.
  await ask('스팟 인스턴스는 언제 써?', people.minsu);
  await ask(SCRIPT_QUESTION, people.minsu);
  const disliked = await ask(DISLIKED_QUESTION, people.alice);
  const down = disliked.actions!.find((a) => a.id.startsWith('feedback:down:'))!;
  await tutor.act(down.id, people.alice);
  await tutor.act(down.id, people.minsu);
  counts.down += 2;
  await quiz('3.3', people.minsu, [true, true, true, false]);
  // Day 2: more off-topic questions (similar ones grouped), a formula, Discord.
  clock.now += DAY;
  await ask(IMG_QUESTION, people.jiyoung);
  await ask('축구 경기 결과 알려줘!', people.alice);
  await ask('축구 경기결과 알려줘', people.minsu);
  await ask(FORMULA_QUESTION, people.alice);
  await ask('Lambda 요금은 어떻게 계산돼?', people.jiyoung);
  await quiz('3.3', people.alice, [false, true, false, false]);
  // Day 3: Discord quiz.
  clock.now += DAY;
  await quiz('3.3', people.jiyoung, [true, false, true, true]);
  await quiz('4', people.jiyoung, [true, true]);
  await tutor.close();
  return { dir, file, course, counts, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
