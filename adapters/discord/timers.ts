// Discord's side of the core's scheduler (src/schedule.ts): timed messages (a channel-quiz
// question) are tracked in the store, and when one is due, whichever instance claims it edits the
// message and posts what follows. This instance edits its own messages through the interaction
// webhook while the token lives (as a click would); any other instance, or after 15 minutes,
// goes through the channel with the bot token — which is why only public messages get a ref.
import type { Client } from 'discord.js';
import type { Context, Reply } from '../../src/reply.ts';
import type { Scheduler } from '../../src/schedule.ts';
import type { Logger } from '../../src/log.ts';
import { renderReply, toMessage } from './render.ts';
import type { Posted } from './respond.ts';

/** A public message any instance can edit. */
export interface DiscordRef {
  channel: string;
  message: string;
}

/** The scheduler's name for this adapter's timers. */
export const DISCORD_SINK = 'discord';

const keyOf = (ref: DiscordRef) => `${ref.channel}/${ref.message}`;

export class DiscordTimers {
  /** Handles of messages this instance sent, for the webhook path; others are found by channel. */
  private readonly handles = new Map<string, Posted>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly client: Client,
    private readonly log: Logger,
  ) {
    scheduler.register<DiscordRef>(DISCORD_SINK, {
      edit: async (ref, reply) => {
        await this.handle(ref).edit(renderReply(reply));
        if (!reply.expires) this.handles.delete(keyOf(ref));
      },
      post: async (ref, reply) => {
        const next = await this.handle(ref).post(renderReply(reply));
        if (next.ref) this.handles.set(keyOf(next.ref), next);
        return next.ref;
      },
    });
  }

  /** The message `posted` now shows `reply`: its timer, if any, goes to the store. */
  keep(reply: Reply, ctx: Context, posted: Posted): void {
    if (!posted.ref) return;
    if (reply.expires) this.handles.set(keyOf(posted.ref), posted);
    this.scheduler.track(DISCORD_SINK, reply, ctx, posted.ref).catch((err: unknown) =>
      this.log.warn('discord: could not keep a timer:', err instanceof Error ? err.message : String(err)));
  }

  stop(): void {
    this.scheduler.unregister(DISCORD_SINK);
    this.handles.clear();
  }

  private handle(ref: DiscordRef): Posted {
    return this.handles.get(keyOf(ref)) ?? channelMessage(this.client, ref);
  }
}

/** A public message reached through its channel with the bot token (sent by any instance). */
function channelMessage(client: Client, ref: DiscordRef): Posted {
  const channel = async () => {
    // With several shards, the channel's guild may belong to another instance's shard and so not be
    // in this client's cache; without allowUnknownGuild discord.js returns null for such a channel.
    const c = await client.channels.fetch(ref.channel, { allowUnknownGuild: true });
    if (!c?.isSendable()) throw new Error(`channel ${ref.channel} is not a text channel the bot can use`);
    return c;
  };
  return {
    messageId: ref.message,
    ref,
    async edit(r) {
      await (await channel()).messages.edit(ref.message, toMessage(r, 'edit'));
    },
    async post(r) {
      const sent = await (await channel()).send(toMessage(r));
      // Reached the same way: a Message's own edit needs its channel cached, and a channel of a guild
      // on another instance's shard never is.
      return channelMessage(client, { channel: ref.channel, message: sent.id });
    },
  };
}
