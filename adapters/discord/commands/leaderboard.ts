// /leaderboard period:<all|week> → Tutor.quiz.leaderboard (per server).
import { command, loc, type SlashCommand } from './types.ts';
import { interactionContext, respond } from '../respond.ts';

const period = { en: 'All time or this week', ko: '전체 기간 또는 이번 주' };

export const leaderboard: SlashCommand = {
  name: 'leaderboard',
  definition: command('leaderboard', { en: "This server's quiz leaderboard", ko: '이 서버의 퀴즈 순위' })
    .addStringOption((o) =>
      o
        .setName('period')
        .setDescription(period.en)
        .setDescriptionLocalizations(loc(period))
        .addChoices(
          { name: 'All time', value: 'all', name_localizations: loc({ en: 'All time', ko: '전체' }) },
          { name: 'This week', value: 'week', name_localizations: loc({ en: 'This week', ko: '이번 주' }) },
        ),
    )
    .toJSON(),
  async execute(i, rt) {
    const p = i.options.getString('period') === 'week' ? 'week' : 'all';
    await respond(rt, i, () => rt.tutor.quiz.leaderboard(p, interactionContext(i)));
  },
};
