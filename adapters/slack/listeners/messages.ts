// Questions written to the bot: an @mention in a channel (answered in its thread) and a DM.
import type { App } from '@slack/bolt';
import type { Where } from '../delivery.ts';
import { slackToPlain } from '../text.ts';
import { runGuarded, type SlackDeps } from './deps.ts';

export function registerMessageListeners(app: App, deps: SlackDeps): void {
  const { tutor, delivery } = deps;

  app.event('app_mention', async ({ event, body, context }) => {
    const w: Where = {
      ctx: { platform: 'slack', scope: String((body as { team_id?: string }).team_id ?? event.team ?? ''), channel: event.channel, user: event.user ?? '' },
      channel: event.channel,
      user: event.user ?? '',
      threadTs: event.thread_ts ?? event.ts,
    };
    await runGuarded(deps, w, 'app_mention', async () => {
      const text = slackToPlain(event.text ?? '', context.botUserId);
      const reply = await tutor.handle(text, w.ctx);
      await delivery.deliver(reply, w);
    });
  });

  app.event('message', async ({ event, body, context }) => {
    const m = event as { channel_type?: string; subtype?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string; team?: string };
    // DMs only; edits, deletions, joins and other subtypes are not questions.
    if (m.channel_type !== 'im' || m.subtype !== undefined || !m.user || m.user === context.botUserId) return;
    const w: Where = {
      ctx: { platform: 'slack', scope: String((body as { team_id?: string }).team_id ?? m.team ?? ''), channel: m.channel, user: m.user },
      channel: m.channel,
      user: m.user,
      threadTs: m.thread_ts,
      dm: true,
    };
    await runGuarded(deps, w, 'message.im', async () => {
      const reply = await tutor.handle(slackToPlain(m.text ?? '', context.botUserId), w.ctx);
      await delivery.deliver(reply, w);
    });
  });
}
