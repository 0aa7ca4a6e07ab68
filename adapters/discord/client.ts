// The Discord adapter: a discord.js Client whose events become facade calls. Slash commands
// and buttons arrive as interactions; mentions and DMs as messages. Nothing here tutors: each
// event is one Tutor call, and the Reply it returns is rendered by render.ts.
import { once } from 'node:events';
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type Interaction,
  type Message,
  type RESTOptions,
} from 'discord.js';
import type { Tutor } from '../../src/tutor.ts';
import type { DiscordConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { findCommand } from './commands/index.ts';
import { renderReply, toMessage, NO_MENTIONS } from './render.ts';
import { DiscordTimers } from './timers.ts';
import { describeLoginError } from './startup.ts';
import { errorText, failGracefully, messageContext, messagePosted, respondToClick, type Runtime } from './respond.ts';
import { detectLang } from '../../src/lang.ts';

export interface DiscordOptions {
  log: Logger;
  /** Extra REST options (tests pass `retries: 0`). */
  rest?: Partial<Pick<RESTOptions, 'retries' | 'timeout'>>;
  /** Clock for the interaction tokens' 15 minutes (tests move it with the core's); defaults to Date.now. */
  now?: () => number;
  /** How long to wait for the gateway to become ready. */
  readyTimeoutMs?: number;
  /** Defer an interaction whose answer takes longer than this (default DEFER_AFTER_MS, 1.5 s). */
  deferAfterMs?: number;
}

export interface DiscordAdapter {
  /** Resolves once every event received so far has been handled (the barrier tests wait on). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The intents the bot needs. Guilds: slash commands, threads, channel cache. GuildMessages:
 * messages that mention the bot (Discord includes their content without the privileged
 * Message Content intent). DirectMessages: DMs. MessageContent is deliberately absent.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** Builds the Client without connecting it. */
export function createDiscordClient(cfg: DiscordConfig, opts: Pick<DiscordOptions, 'rest'> = {}): Client {
  return new Client({
    intents: [...INTENTS],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    // Every body discord.js builds carries this: nothing a user typed can ping anyone.
    allowedMentions: NO_MENTIONS,
    rest: { ...(cfg.apiUrl ? { api: cfg.apiUrl } : {}), ...(opts.rest ?? {}) },
    // Several instances each run their share of the shards (DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS).
    ...(cfg.shards ? { shards: cfg.shards.ids, shardCount: cfg.shards.count } : {}),
  });
}

export async function startDiscord(tutor: Tutor, cfg: DiscordConfig, opts: DiscordOptions): Promise<DiscordAdapter> {
  const { log } = opts;
  const now = opts.now ?? Date.now;
  const client = createDiscordClient(cfg, opts);
  const expiries = new DiscordTimers(tutor.scheduler, client, log);
  const rt: Runtime = { tutor, log, client, expiries, now, received: new WeakMap(), deferAfterMs: opts.deferAfterMs };
  const inflight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  client.on(Events.InteractionCreate, (i) => track(onInteraction(rt, i)));
  client.on(Events.MessageCreate, (m) => track(onMessage(rt, m)));
  client.on(Events.Error, (err) => log.error('discord: client error:', err.message));
  client.on(Events.Warn, (msg) => log.warn(`discord: ${msg}`));
  let stopped = false;
  client.on(Events.ShardDisconnect, (ev, id) => log.warn(`discord: shard ${id} disconnected for good (close code ${ev.code})`));
  client.on(Events.ShardReconnecting, (id) => {
    if (!stopped) log.info(`discord: shard ${id} reconnecting`);
  });
  client.on(Events.ShardResume, (id, replayed) => log.info(`discord: shard ${id} resumed (${replayed} events replayed)`));
  client.on(Events.ShardError, (err, id) => log.warn(`discord: shard ${id} error:`, err.message));

  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(opts.readyTimeoutMs ?? 60_000) });
  ready.catch(() => undefined); // awaited below; this only keeps an early timeout from being "unhandled"
  try {
    await client.login(cfg.token);
    await ready;
  } catch (err) {
    await client.destroy().catch(() => undefined);
    const described = describeLoginError(err);
    if (described !== err) throw described;
    throw new Error(`discord: could not connect: ${err instanceof Error ? err.message : String(err)}`);
  }
  log.info(`discord: ready as ${client.user?.tag ?? '?'} in ${client.guilds.cache.size} server(s)`);

  return {
    async idle() {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      expiries.stop();
      // Let replies already being sent finish, but never wait long (npm start exits promptly on SIGTERM).
      await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, 2_000).unref())]);
      await client.destroy();
      log.info('discord: stopped');
    },
  };
}

async function onInteraction(rt: Runtime, i: Interaction): Promise<void> {
  rt.received.set(i, rt.now());
  try {
    if (i.isAutocomplete()) {
      try {
        const cmd = findCommand(i.commandName);
        if (cmd?.autocomplete) await cmd.autocomplete(i, rt);
        else await i.respond([]);
      } catch (err) {
        rt.log.warn(`discord: autocomplete /${i.commandName} failed:`, err instanceof Error ? err.message : String(err));
        if (!i.responded) await i.respond([]).catch(() => undefined);
      }
      return;
    }
    if (i.isChatInputCommand()) {
      const cmd = findCommand(i.commandName);
      if (!cmd) throw new Error(`unknown command /${i.commandName}`);
      await cmd.execute(i, rt);
      return;
    }
    if (i.isButton()) {
      await respondToClick(rt, i);
      return;
    }
  } catch (err) {
    await failGracefully(rt, i, err);
  }
}

/** Mentions in a server channel and any DM: the text without the mention → Tutor.handle. */
async function onMessage(rt: Runtime, m: Message): Promise<void> {
  // The bot's own messages (and other bots') come back as MESSAGE_CREATE too.
  if (m.author.bot || m.system) return;
  const me = rt.client.user;
  if (!me) return;
  const isDM = m.channel.type === ChannelType.DM;
  if (!isDM && !m.mentions.users.has(me.id)) return;
  const text = m.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
  const ctx = messageContext(m);
  try {
    const reply = text ? await rt.tutor.handle(text, ctx) : await rt.tutor.command('help', '', ctx);
    // The answer is already public, so a "share in channel" button would be noise.
    const sent = await m.reply(toMessage(renderReply(reply, { omitGroups: ['share'] })));
    rt.expiries.keep(reply, ctx, messagePosted(sent));
  } catch (err) {
    rt.log.error('discord: message handling failed:', err instanceof Error ? err.message : String(err));
    await m.reply({ content: errorText(detectLang(text)), allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}
