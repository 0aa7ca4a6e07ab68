// /pricing workload:<text> → Tutor.advise. In a server text channel the advice goes into a
// thread opened for the conversation (guided-mode buttons keep working there); in DMs and
// threads it is a plain reply. An empty workload starts the core's guided mode.
import { ChannelType, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { command, loc, type SlashCommand } from './types.ts';
import { interactionContext, messagePosted, respond, sendFirst, withDefer, type Runtime } from '../respond.ts';
import { renderReply, threadName, toMessage, truncate, LIMITS, NO_MENTIONS } from '../render.ts';
import type { Lang } from '../../../src/reply.ts';

const workload = {
  en: 'Describe the workload: hours per day, how long, can it be interrupted, licensing…',
  ko: '워크로드 설명: 하루 사용 시간, 기간, 중단 가능 여부, 라이선스 등',
};

const INTRO: Record<Lang, (w: string) => string> = {
  ko: (w) => (w ? `💬 요금 모델 상담 스레드를 열었어요 — “${w}”` : '💬 요금 모델 상담 스레드를 열었어요. 질문에 답해 주세요.'),
  en: (w) => (w ? `💬 Opened a pricing thread for “${w}”` : '💬 Opened a pricing thread — answer a few questions.'),
};
const THREAD_PREFIX: Record<Lang, string> = { ko: '💰 요금 상담: ', en: '💰 Pricing: ' };

export const pricing: SlashCommand = {
  name: 'pricing',
  definition: command('pricing', { en: 'Which EC2 pricing model fits your workload?', ko: '내 워크로드에 맞는 EC2 요금 모델 추천' })
    .addStringOption((o) => o.setName('workload').setDescription(workload.en).setDescriptionLocalizations(loc(workload)).setMaxLength(1000))
    .toJSON(),
  async execute(i, rt) {
    const text = i.options.getString('workload')?.trim() ?? '';
    if (!canOpenThread(i)) {
      await respond(rt, i, () => rt.tutor.advise(text, interactionContext(i)));
      return;
    }
    await inThread(i, rt, text);
  },
};

function canOpenThread(i: ChatInputCommandInteraction): boolean {
  return i.inGuild() && (i.channel?.type === ChannelType.GuildText || i.channel?.type === ChannelType.GuildAnnouncement);
}

async function inThread(i: ChatInputCommandInteraction, rt: Runtime, text: string): Promise<void> {
  const ctx = interactionContext(i);
  const reply = await withDefer(rt.tutor.advise(text, ctx), () => i.deferReply({ flags: MessageFlags.Ephemeral }));
  const rendered = renderReply(reply);
  if (rendered.ephemeral) {
    // A notice (slow down) or a private reply: nothing to open a thread for.
    const { posted } = await sendFirst(rt, i, rendered);
    rt.expiries.keep(reply, ctx, posted);
    return;
  }
  const intro = { content: truncate(INTRO[reply.lang](text.replace(/\s+/g, ' ')), LIMITS.content), embeds: [], components: [], ephemeral: false, allowedMentions: NO_MENTIONS };
  const { message } = await sendFirst(rt, i, intro);
  try {
    if (!message) throw new Error('no message to start the thread from');
    const thread = await message.startThread({ name: threadName(THREAD_PREFIX[reply.lang], text || (reply.lang === 'ko' ? '가이드' : 'guided')), autoArchiveDuration: 1440 });
    const sent = await thread.send(toMessage(rendered));
    rt.expiries.keep(reply, { ...ctx, channel: thread.id }, messagePosted(sent));
  } catch (err) {
    // No thread permission (or no thread-capable channel): answer in the channel instead.
    rt.log.warn('discord: could not open a pricing thread, replying in the channel:', err instanceof Error ? err.message : String(err));
    await i.followUp({ ...toMessage(rendered) });
  }
}
