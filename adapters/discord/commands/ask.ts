// /ask question:<text> → Tutor.ask
import { command, loc, type SlashCommand } from './types.ts';
import { interactionContext, respond } from '../respond.ts';

const question = { en: 'What you want to know about EC2, containers, serverless…', ko: 'EC2, 컨테이너, 서버리스 등 궁금한 내용' };

export const ask: SlashCommand = {
  name: 'ask',
  definition: command('ask', { en: 'Ask the Module 6 (Compute) tutor a question', ko: '모듈 6(컴퓨팅) 튜터에게 질문하기' })
    .addStringOption((o) =>
      o.setName('question').setDescription(question.en).setDescriptionLocalizations(loc(question)).setRequired(true).setMaxLength(1000),
    )
    .toJSON(),
  async execute(i, rt) {
    const text = i.options.getString('question', true);
    await respond(rt, i, () => rt.tutor.ask(text, interactionContext(i)));
  },
};
