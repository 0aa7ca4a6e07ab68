// /stats → Tutor.quiz.stats (your own quiz record).
import { command, type SlashCommand } from './types.ts';
import { interactionContext, respond } from '../respond.ts';

export const stats: SlashCommand = {
  name: 'stats',
  definition: command('stats', { en: 'Your quiz record: accuracy, weak sections, streak', ko: '내 퀴즈 기록: 정답률, 약한 섹션, 연속 기록' }).toJSON(),
  async execute(i, rt) {
    await respond(rt, i, () => rt.tutor.quiz.stats(interactionContext(i)));
  },
};
