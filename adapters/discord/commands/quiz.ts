// /quiz topic:<autocomplete> count:<int> mode:<solo|channel|review> → Tutor.quiz.start;
// the topic option autocompletes through Tutor.quiz.topics.
import { command, loc, type SlashCommand } from './types.ts';
import { interactionContext, respond } from '../respond.ts';
import { renderChoices } from '../render.ts';
import type { QuizMode } from '../../../src/quiz/service.ts';

const topic = { en: 'A section or topic (e.g. 3.3, Spot, containers); empty for the whole module', ko: '섹션이나 주제 (예: 3.3, 스팟, 컨테이너). 비우면 모듈 전체' };
const count = { en: 'How many questions', ko: '문제 수' };
const mode = { en: 'Solo (only you see it), channel (everyone answers), or review your mistakes', ko: '혼자 풀기(나만 보기), 채널(모두 참여), 오답 복습' };

const MODES: { value: QuizMode; en: string; ko: string }[] = [
  { value: 'solo', en: 'Solo (only me)', ko: '혼자 풀기' },
  { value: 'channel', en: 'Channel (everyone)', ko: '채널 전체' },
  { value: 'review', en: 'Review my mistakes', ko: '오답 복습' },
];

export const quiz: SlashCommand = {
  name: 'quiz',
  definition: command('quiz', { en: 'Start a quiz on Module 6 (Compute)', ko: '모듈 6(컴퓨팅) 퀴즈 풀기' })
    .addStringOption((o) =>
      o.setName('topic').setDescription(topic.en).setDescriptionLocalizations(loc(topic)).setAutocomplete(true).setMaxLength(100),
    )
    .addIntegerOption((o) => o.setName('count').setDescription(count.en).setDescriptionLocalizations(loc(count)).setMinValue(1).setMaxValue(20))
    .addStringOption((o) =>
      o
        .setName('mode')
        .setDescription(mode.en)
        .setDescriptionLocalizations(loc(mode))
        .addChoices(...MODES.map((m) => ({ name: m.en, value: m.value, name_localizations: loc(m) }))),
    )
    .toJSON(),
  async execute(i, rt) {
    const t = i.options.getString('topic')?.trim();
    const n = i.options.getInteger('count');
    const m = i.options.getString('mode') as QuizMode | null;
    await respond(rt, i, () =>
      rt.tutor.quiz.start({ ...(t ? { topic: t } : {}), ...(n !== null ? { count: n } : {}), ...(m ? { mode: m } : {}) }, interactionContext(i)),
    );
  },
  async autocomplete(i, rt) {
    const focused = i.options.getFocused(true);
    const choices = focused.name === 'topic' ? renderChoices(rt.tutor.quiz.topics(String(focused.value ?? ''))) : [];
    await i.respond(choices);
  },
};
