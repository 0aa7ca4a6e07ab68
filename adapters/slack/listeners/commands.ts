// The slash commands /ask, /quiz and /pricing: ack at once, then answer through response_url
// or chat.postMessage.
import type { AllMiddlewareArgs, App, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Reply } from '../../../src/reply.ts';
import type { Where } from '../delivery.ts';
import { escapeMrkdwn, parseShareFlag, slackName, slackToPlain, truncate } from '../text.ts';
import { runGuarded, type SlackDeps } from './deps.ts';

const PRICING_ROOT = { ko: '💰 요금 모델 추천', en: '💰 Pricing advice' } as const;

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const commandWhere = (command: CommandArgs['command'], respond: RespondFn): Where => ({
  ctx: {
    platform: 'slack',
    scope: command.team_id,
    channel: command.channel_id,
    user: command.user_id,
    ...(slackName(command.user_name) ? { userName: slackName(command.user_name) } : {}),
  },
  channel: command.channel_id,
  user: command.user_id,
  respond,
  dm: command.channel_id.startsWith('D'),
});

export function registerCommandListeners(app: App, deps: SlackDeps): void {
  const { tutor, delivery } = deps;

  const command = (name: string, run: (text: string, w: Where) => Promise<void>) =>
    app.command(name, async ({ command: cmd, ack, respond }: CommandArgs) => {
      await ack(); // within 3 s, before any slow work; the answer follows through response_url / chat.postMessage
      const w = commandWhere(cmd, respond);
      await runGuarded(deps, w, name, () => run(slackToPlain(cmd.text ?? ''), w));
    });

  command('/ask', async (raw, w) => {
    const { share, text } = parseShareFlag(raw);
    // /ask is private by design: the asker sees the answer first, with a "Share in channel" button.
    const reply: Reply = { ...(await tutor.command('ask', text, w.ctx)), visibility: 'private' };
    const shareAction = share ? reply.actions?.find((a) => a.group === 'share') : undefined;
    if (!shareAction) return delivery.deliver(reply, w);
    const result = await tutor.act(shareAction.id, w.ctx);
    await delivery.apply(result, undefined, w);
  });

  command('/quiz', async (text, w) => {
    const reply = await tutor.command('quiz', text, w.ctx);
    await delivery.deliver(reply, w);
  });

  command('/pricing', async (text, w) => {
    const reply = await tutor.command('pricing', text, w.ctx);
    if (reply.visibility === 'private') return delivery.deliver(reply, w);
    // Public advice goes in a thread under a short root naming who asked and for what.
    const root = `${PRICING_ROOT[reply.lang] ?? PRICING_ROOT.en} — <@${w.user}>${text ? `: ${escapeMrkdwn(truncate(text, 500))}` : ''}`;
    const rootTs = await delivery.startThread(w.channel, root);
    await delivery.deliver(reply, { ...w, threadTs: rootTs });
  });
}
