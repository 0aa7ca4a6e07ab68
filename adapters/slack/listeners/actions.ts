// Button clicks (block_actions): the core's action id goes to tutor.act, and its result edits
// the clicked message and/or posts a new one.
import type { App } from '@slack/bolt';
import { coreActionId } from '../render.ts';
import { slackName } from '../text.ts';
import type { Updater, Where } from '../delivery.ts';
import { runGuarded, type SlackDeps } from './deps.ts';

export function registerActionListeners(app: App, deps: SlackDeps): void {
  const { tutor, delivery } = deps;

  app.action({ type: 'block_actions' }, async ({ ack, body, action, respond }) => {
    await ack(); // at once; the work follows
    if (action.type !== 'button') return;
    const b = body as typeof body & { container?: Record<string, unknown> };
    const container = (b.container ?? {}) as { channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
    const channel = b.channel?.id ?? container.channel_id ?? '';
    const user = b.user.id;
    const w: Where = {
      ctx: {
        platform: 'slack',
        scope: b.team?.id ?? b.user.team_id ?? '',
        channel,
        user,
        ...(slackName(b.user.username || b.user.name) ? { userName: slackName(b.user.username || b.user.name) } : {}),
      },
      channel,
      user,
      threadTs: (b.message?.thread_ts as string | undefined) ?? container.thread_ts,
      respond,
      dm: channel.startsWith('D'),
    };
    const actionId = coreActionId(action as { action_id: string; value?: string });
    await runGuarded(deps, w, `action ${actionId}`, async () => {
      const result = await tutor.act(actionId, w.ctx);
      const messageTs = container.message_ts ?? b.message?.ts;
      // chat.update cannot edit an ephemeral message (message_not_found); its response_url can.
      const update: Updater | undefined =
        container.is_ephemeral || !messageTs ? delivery.respondUpdater(respond, `respond:${channel}:${messageTs}`) : delivery.chatUpdater(channel, messageTs);
      await delivery.apply(result, update, w);
    });
  });
}
