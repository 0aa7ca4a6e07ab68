// Sending the core's answers to Slack: a Reply as a new message (public or only-you-see-it,
// in a thread or not), an ActionResult as an edit of the clicked message, and the short
// notice a person gets when something fails. Every Web API / response_url call is here.
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import type { ActionResult, Context, Reply } from '../../src/reply.ts';
import type { Scheduler } from '../../src/schedule.ts';
import { renderReply, type SlackMessage } from './render.ts';

/** Said when something fails unexpectedly: short, ephemeral, never silence. */
const OOPS = '⚠️ 처리 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요. (Something went wrong — please try again.)';
const INVITE_ME = '🙋 이 채널에 봇을 먼저 초대해 주세요: `/invite @tutor` (Please invite the bot to this channel first.)';

/** Where a reply goes: the conversation, the person, an optional thread, and a response_url when Slack gave one. */
export interface Where {
  ctx: Context;
  channel: string;
  user: string;
  threadTs?: string;
  respond?: RespondFn;
  /** A DM with the bot: private replies are ordinary messages (only the user sees the DM anyway). */
  dm?: boolean;
}

/** A bot message any instance can edit (chat.update): where the core's scheduler finds it. */
export interface SlackRef {
  channel: string;
  ts: string;
  threadTs?: string;
}

/** The scheduler's name for this adapter's timers. */
export const SLACK_SINK = 'slack';

/** Replaces one message; `ref` when any instance could (a chat.update-able message), so its timer can live in the store. */
export type Updater = ((reply: Reply) => Promise<void>) & { key: string; ref?: SlackRef };
const updater = (key: string, fn: (reply: Reply) => Promise<void>, ref?: SlackRef): Updater => Object.assign(fn, { key, ref });

export interface Delivery {
  /** Sends a new message per the reply's visibility, and hands its timer, if it has one, to the scheduler. */
  deliver(reply: Reply, w: Where): Promise<void>;
  /** Applies an ActionResult: `replace` through `update` (or as a new message without one), `reply` as a new message. */
  apply(result: ActionResult, update: Updater | undefined, w: Where): Promise<void>;
  /** Edits a bot message with chat.update. */
  chatUpdater(channel: string, ts: string): Updater;
  /** Edits the message a response_url belongs to (the only way to edit an ephemeral). */
  respondUpdater(respond: RespondFn, key?: string): Updater;
  /** Posts a plain message to hang a thread on; undefined when the bot is not in the channel. */
  startThread(channel: string, text: string): Promise<string | undefined>;
  /** Logs a failure and tells the person, privately, that it failed. */
  reportFailure(w: Partial<Where>, err: unknown, what: string): Promise<void>;
}

/** The bot cannot post to this channel (private and not invited); a slash command's response_url still works. */
function notInChannel(err: unknown): boolean {
  const code = (err as { data?: { error?: unknown } })?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

export function createDelivery(deps: {
  client: webApi.WebClient;
  log: Logger;
  /** The core's scheduler: timed messages are tracked there, so any instance can close them. */
  scheduler: Scheduler;
}): Delivery {
  const { client, log, scheduler } = deps;
  let respondSeq = 0;

  /** Posts publicly; returns the posted message's channel+ts, or undefined when it fell back to response_url. */
  async function postPublic(msg: SlackMessage, w: Where, expires: boolean): Promise<{ channel: string; ts: string } | undefined> {
    try {
      const res = await client.chat.postMessage({
        channel: w.channel,
        ...(w.threadTs ? { thread_ts: w.threadTs } : {}),
        text: msg.text,
        blocks: msg.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      return { channel: res.channel ?? w.channel, ts: res.ts! };
    } catch (err) {
      // A slash command in a channel the bot has not joined: Slack still accepts response_url.
      if (w.respond && notInChannel(err)) {
        // A message that must later be edited (a timed question) cannot live behind a response_url.
        if (expires) {
          await w.respond({ response_type: 'ephemeral', replace_original: false, text: INVITE_ME });
        } else {
          await w.respond({ response_type: 'in_channel', replace_original: false, text: msg.text, blocks: msg.blocks });
        }
        return undefined;
      }
      throw err;
    }
  }

  /** Posts privately; returns how to replace that message later, when Slack allows it. */
  async function postPrivate(msg: SlackMessage, w: Where): Promise<Updater | undefined> {
    if (w.respond) {
      const args: RespondArguments = { response_type: 'ephemeral', replace_original: false, text: msg.text, blocks: msg.blocks };
      await w.respond(args);
      return respondUpdater(w.respond);
    }
    if (w.dm) {
      const res = await client.chat.postMessage({ channel: w.channel, ...(w.threadTs ? { thread_ts: w.threadTs } : {}), text: msg.text, blocks: msg.blocks });
      return res.ts ? chatUpdater(res.channel ?? w.channel, res.ts) : undefined;
    }
    await client.chat.postEphemeral({
      channel: w.channel,
      user: w.user,
      ...(w.threadTs ? { thread_ts: w.threadTs } : {}),
      text: msg.text,
      blocks: msg.blocks,
    });
    return undefined; // an ephemeral posted by chat.postEphemeral cannot be edited
  }

  async function deliver(reply: Reply, w: Where): Promise<void> {
    if (reply.visibility === 'private') {
      const msg = renderReply(reply, { ephemeral: Boolean(w.respond) || !w.dm });
      const update = await postPrivate(msg, w);
      if (update && reply.expires) await schedule(reply, w, update);
      return;
    }
    const msg = renderReply(reply);
    const posted = await postPublic(msg, w, Boolean(reply.expires));
    // Later messages caused by this one's timer go to the same conversation, not through a stale response_url.
    if (posted && reply.expires) await schedule(reply, { ...w, respond: undefined }, chatUpdater(posted.channel, posted.ts, w.threadTs));
  }

  const chatUpdater = (channel: string, ts: string, threadTs?: string): Updater =>
    updater(`${channel}:${ts}`, async (r) => {
      const msg = renderReply(r);
      await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks });
    }, { channel, ts, ...(threadTs ? { threadTs } : {}) });

  const respondUpdater = (respond: RespondFn, key = `respond:${++respondSeq}`): Updater =>
    updater(key, async (r) => {
      const msg = renderReply(r, { ephemeral: true });
      await respond({ replace_original: true, text: msg.text, blocks: msg.blocks });
    });

  async function apply(result: ActionResult, update: Updater | undefined, w: Where): Promise<void> {
    if (result.replace) {
      if (update) {
        await update(result.replace);
        await schedule(result.replace, w, update);
      } else {
        await deliver(result.replace, w);
      }
    }
    if (result.reply) await deliver(result.reply, w);
  }

  /**
   * Tells the scheduler what the message now shows: its timer, when due, is run by some instance,
   * which edits the message through chat.update; a message without one loses any old timer. A message only its response_url can edit (an ephemeral) has no
   * timer in the store; the core closes its question when it is next clicked.
   */
  async function schedule(reply: Reply, w: Where, update: Updater): Promise<void> {
    if (update.ref) await scheduler.track(SLACK_SINK, reply, w.ctx, update.ref);
  }

  async function startThread(channel: string, text: string): Promise<string | undefined> {
    try {
      const res = await client.chat.postMessage({ channel, text, unfurl_links: false, unfurl_media: false });
      return res.ts;
    } catch (err) {
      if (!notInChannel(err)) throw err;
      return undefined;
    }
  }

  async function reportFailure(w: Partial<Where>, err: unknown, what: string): Promise<void> {
    log.error(`slack: ${what} failed`, err);
    try {
      if (w.respond) await w.respond({ response_type: 'ephemeral', replace_original: false, text: OOPS });
      else if (w.channel && w.user) await client.chat.postEphemeral({ channel: w.channel, user: w.user, text: OOPS, ...(w.threadTs ? { thread_ts: w.threadTs } : {}) });
    } catch (e) {
      log.warn(`slack: could not report the failure of ${what}`, e);
    }
  }

  return { deliver, apply, chatUpdater, respondUpdater, startThread, reportFailure };
}
