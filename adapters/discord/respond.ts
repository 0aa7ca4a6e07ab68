// How the adapter talks back: one Reply (or ActionResult) → the right Discord call, acknowledged
// within Discord's 3 seconds, ephemeral when private, errors as short ephemeral notes, and
// timed messages handed to the core's scheduler (timers.ts).
import {
  MessageFlags,
  escapeMarkdown,
  type BaseInteraction,
  type ButtonInteraction,
  type Client,
  type Message,
  type RepliableInteraction,
} from 'discord.js';
import type { ActionResult, Context, Lang, Reply } from '../../src/reply.ts';
import type { Tutor } from '../../src/tutor.ts';
import type { Logger } from '../../src/log.ts';
import { detectLang } from '../../src/lang.ts';
import { cleanName } from '../../src/text/names.ts';
import { renderReply, toMessage, NO_MENTIONS, type Rendered, type RenderOptions } from './render.ts';
import type { DiscordTimers, DiscordRef } from './timers.ts';

/** Past this, the interaction is deferred so Discord's 3-second acknowledgement window is never missed. */
export const DEFER_AFTER_MS = 1_500;
/** Interaction tokens live 15 minutes; after this, public messages are edited through the channel instead. */
const TOKEN_TTL_MS = 14 * 60_000;

export interface Runtime {
  tutor: Tutor;
  log: Logger;
  client: Client;
  expiries: DiscordTimers;
  now: () => number;
  /** When each interaction arrived (its token lives 15 minutes from then). */
  received: WeakMap<BaseInteraction, number>;
  /** Defer an interaction whose answer is not ready after this long (default DEFER_AFTER_MS; tests shorten it). */
  deferAfterMs?: number;
}

/**
 * A display name as others will see it in Discord: cleaned by the core, then its markdown escaped
 * (bold, spoilers, code, masked links…), so a name shows as typed and formats nothing.
 */
export function discordName(raw: string | null | undefined): string | undefined {
  const name = cleanName(raw);
  return name ? escapeMarkdown(name, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }) : undefined;
}

/** The core's Context for an interaction. */
export function interactionContext(i: BaseInteraction): Context {
  const member = i.member && 'displayName' in i.member ? i.member.displayName : undefined;
  return {
    platform: 'discord',
    scope: i.guildId ?? 'dm',
    channel: i.channelId ?? 'dm',
    user: i.user.id,
    userName: discordName(member ?? i.user.displayName),
    locale: i.locale,
  };
}

/** The core's Context for a message (mentions, DMs); messages carry no locale, the text's language decides. */
export function messageContext(m: Message): Context {
  return {
    platform: 'discord',
    scope: m.guildId ?? 'dm',
    channel: m.channelId,
    user: m.author.id,
    userName: discordName(m.member?.displayName ?? m.author.displayName),
  };
}

const ERROR_TEXT = {
  ko: '⚠️ 요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.',
  en: '⚠️ Something went wrong handling that. Please try again in a moment.',
} as const;

/** A message the bot posted that can later be edited (expiry) or followed up. */
export interface Posted {
  readonly messageId: string;
  /** Where any instance can find it (a public channel message); undefined for ephemerals. */
  readonly ref?: DiscordRef;
  edit(r: Rendered): Promise<void>;
  /** Posts a new message next to this one; resolves to its handle. */
  post(r: Rendered): Promise<Posted>;
}

const flagsOf = (r: Rendered) => (r.ephemeral ? MessageFlags.Ephemeral : undefined);

/** A message sent through an interaction (its reply, an update, or a follow-up). */
export function interactionPosted(rt: Runtime, i: RepliableInteraction, messageId: string, ephemeral: boolean, channelId: string | null): Posted {
  const born = rt.received.get(i) ?? rt.now();
  return {
    messageId,
    ref: !ephemeral && channelId && messageId !== '@original' ? { channel: channelId, message: messageId } : undefined,
    async edit(r) {
      if (rt.now() - born < TOKEN_TTL_MS) {
        await i.webhook.editMessage(messageId, toMessage(r, 'edit'));
        return;
      }
      // The token has expired: a public message can still be edited as a channel message.
      if (ephemeral || !channelId || messageId === '@original') throw new Error('interaction token expired; cannot edit an ephemeral message');
      const channel = await rt.client.channels.fetch(channelId);
      if (!channel?.isTextBased()) throw new Error(`channel ${channelId} is not text-based`);
      await channel.messages.edit(messageId, toMessage(r, 'edit'));
    },
    async post(r) {
      if (rt.now() - born >= TOKEN_TTL_MS && channelId && !r.ephemeral) {
        const channel = await rt.client.channels.fetch(channelId);
        if (channel?.isSendable()) return messagePosted(await channel.send(toMessage(r)));
      }
      const m = await i.followUp({ ...toMessage(r), flags: flagsOf(r) });
      return interactionPosted(rt, i, m.id, r.ephemeral, channelId);
    },
  };
}

/** A plain channel message the bot sent (a mention reply, a message in a thread). */
export function messagePosted(m: Message): Posted {
  return {
    messageId: m.id,
    ref: m.flags.has(MessageFlags.Ephemeral) ? undefined : { channel: m.channelId, message: m.id },
    async edit(r) {
      await m.edit(toMessage(r, 'edit'));
    },
    async post(r) {
      if (!m.channel.isSendable()) throw new Error('channel is not sendable');
      return messagePosted(await m.channel.send(toMessage(r)));
    },
  };
}

/** Awaits `work`, deferring the interaction if it is still running after `afterMs` (default DEFER_AFTER_MS). */
export async function withDefer<T>(work: Promise<T>, defer: () => Promise<unknown>, afterMs = DEFER_AFTER_MS): Promise<T> {
  let settled = false;
  let deferring: Promise<unknown> | undefined;
  // The defer starts from the timer itself, so it can never race a reply sent after `work` settles.
  const timer = setTimeout(() => {
    if (!settled) deferring = defer().catch(() => undefined);
  }, afterMs);
  try {
    return await work;
  } finally {
    settled = true;
    clearTimeout(timer);
    if (deferring) await deferring;
  }
}

/**
 * Sends the first response to a command: a reply, or (after a defer) an edit of the deferred
 * ephemeral placeholder. A public reply after a private defer replaces the placeholder with a
 * public follow-up, so visibility always matches the Reply.
 */
export async function sendFirst(rt: Runtime, i: RepliableInteraction, r: Rendered): Promise<{ posted: Posted; message: Message | null }> {
  if (!i.deferred && !i.replied) {
    const res = await i.reply({ ...toMessage(r), flags: flagsOf(r), withResponse: true });
    const message = res.resource?.message ?? null;
    return { posted: interactionPosted(rt, i, message?.id ?? '@original', r.ephemeral, i.channelId), message };
  }
  if (Boolean(i.ephemeral) === r.ephemeral) {
    const message = await i.editReply(toMessage(r, 'edit'));
    return { posted: interactionPosted(rt, i, message.id, r.ephemeral, i.channelId), message };
  }
  await i.deleteReply().catch(() => undefined);
  const message = await i.followUp({ ...toMessage(r), flags: flagsOf(r) });
  return { posted: interactionPosted(rt, i, message.id, r.ephemeral, i.channelId), message };
}

/** A command's whole response: one facade call, rendered, with its expiry timer kept. */
export async function respond(rt: Runtime, i: RepliableInteraction, call: () => Promise<Reply>, opts: RenderOptions = {}): Promise<void> {
  const ctx = interactionContext(i);
  const reply = await withDefer(call(), () => i.deferReply({ flags: MessageFlags.Ephemeral }), rt.deferAfterMs);
  const { posted } = await sendFirst(rt, i, renderReply(reply, opts));
  rt.expiries.keep(reply, ctx, posted);
}

/** A button click: `replace` updates the clicked message in place, `reply` goes to the clicker or channel. */
export async function respondToClick(rt: Runtime, i: ButtonInteraction): Promise<void> {
  const ctx = interactionContext(i);
  const result: ActionResult = await withDefer(rt.tutor.act(i.customId, ctx), () => i.deferUpdate(), rt.deferAfterMs);
  const clickedEphemeral = i.message.flags.has(MessageFlags.Ephemeral);
  // After an update, the click's "@original" is the clicked message; an ephemeral one can only be edited that way.
  const clicked = interactionPosted(rt, i, clickedEphemeral ? '@original' : i.message.id, clickedEphemeral, i.channelId);
  if (result.replace) {
    const r = renderReply(result.replace);
    if (i.deferred) await i.editReply(toMessage(r, 'edit'));
    else await i.update(toMessage(r, 'edit'));
    rt.expiries.keep(result.replace, ctx, clicked);
  }
  if (result.reply) {
    const r = renderReply(result.reply);
    let posted: Posted;
    if (i.deferred || i.replied) {
      const m = await i.followUp({ ...toMessage(r), flags: flagsOf(r) });
      posted = interactionPosted(rt, i, m.id, r.ephemeral, i.channelId);
    } else {
      posted = (await sendFirst(rt, i, r)).posted;
    }
    rt.expiries.keep(result.reply, ctx, posted);
  }
  if (!result.replace && !result.reply && !i.deferred && !i.replied) await i.deferUpdate();
}

/** Turns any failure into a short ephemeral note; never leaves "This interaction failed". */
export async function failGracefully(rt: Runtime, i: BaseInteraction, err: unknown): Promise<void> {
  rt.log.error(`discord: interaction ${i.isChatInputCommand() ? `/${i.commandName}` : i.isButton() ? `button ${i.customId}` : i.type} failed:`, err instanceof Error ? err.message : String(err));
  if (!i.isRepliable()) return;
  const content = ERROR_TEXT[detectLang('', i.locale)];
  try {
    if (i.deferred || i.replied) await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    else await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } catch (e) {
    rt.log.warn('discord: could not send the error note:', e instanceof Error ? e.message : String(e));
  }
}

export function errorText(lang: Lang): string {
  return ERROR_TEXT[lang];
}
