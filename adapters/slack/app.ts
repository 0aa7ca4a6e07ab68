// The Slack adapter: a Bolt App whose listeners translate one Slack event, slash command or
// button click into one Tutor facade call, and render the Reply / ActionResult as Block Kit.
// No tutoring, quiz or pricing logic lives here.
import type { Server } from 'node:http';
import {
  App,
  LogLevel,
  SocketModeReceiver,
  webApi,
  type AllMiddlewareArgs,
  type CustomRoute,
  type Logger as BoltLogger,
  type RespondArguments,
  type RespondFn,
  type SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import type { SlackConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { ActionResult, Context, Reply } from '../../src/reply.ts';
import type { Tutor } from '../../src/tutor.ts';
import { createEventDedupe, dedupeEvents, ignoreBots } from './events.ts';
import { coreActionId, renderReply, type SlackMessage } from './render.ts';
import { escapeMrkdwn, parseShareFlag, slackToPlain, truncate } from './text.ts';

type WebClient = webApi.WebClient;

export interface SlackAppOptions {
  log: Logger;
  /** Seconds a channel-quiz question stays open. The core sets `Reply.expires`; kept for start.ts symmetry. */
  quizChannelSeconds?: number;
  /** HTTP mode listen port; defaults to cfg.port (tests pass 0). */
  port?: number;
  /** HTTP mode listen address; default all interfaces (tests pass 127.0.0.1). */
  host?: string;
  /** Hold the HTTP response until the listener finishes (FaaS, deterministic tests). Default false: ack, then work. */
  processBeforeResponse?: boolean;
  /** Web API retry policy; default five retries in five minutes. Tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  /** Serve GET /healthz (HTTP mode: same port; Socket Mode: a small server on cfg.port). Default true. */
  healthz?: boolean;
  /** Socket Mode client tuning (tests). */
  socket?: { clientPingTimeout?: number; serverPingTimeout?: number; autoReconnectEnabled?: boolean };
  /** Bolt's own log level; default INFO (our Logger filters again). */
  boltLogLevel?: LogLevel;
  now?: () => number;
}

export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  /** Starts listening (HTTP) or connecting (Socket Mode). `port` is the bound HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Stops timers, waits briefly for in-flight work, closes the server or socket. Idempotent. */
  stop(): Promise<void>;
}

/** Said when something fails unexpectedly: short, ephemeral, never silence. */
const OOPS = '⚠️ 처리 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요. (Something went wrong — please try again.)';
const INVITE_ME = '🙋 이 채널에 봇을 먼저 초대해 주세요: `/invite @tutor` (Please invite the bot to this channel first.)';
const PRICING_ROOT = { ko: '💰 요금 모델 추천', en: '💰 Pricing advice' } as const;

/** Bridges Bolt's logger interface onto ours (which masks tokens). */
function boltLogger(log: Logger, initial: LogLevel): BoltLogger {
  let level = initial;
  const fmt = (m: unknown[]) => m.map((x) => (typeof x === 'string' ? x : x instanceof Error ? x.message : JSON.stringify(x))).join(' ');
  return {
    debug: (...m: unknown[]) => log.debug(`slack(bolt): ${fmt(m)}`),
    info: (...m: unknown[]) => log.info(`slack(bolt): ${fmt(m)}`),
    warn: (...m: unknown[]) => log.warn(`slack(bolt): ${fmt(m)}`),
    error: (...m: unknown[]) => log.error(`slack(bolt): ${fmt(m)}`),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function slackErrorCode(err: unknown): string | undefined {
  const e = err as { data?: { error?: unknown } };
  return typeof e?.data?.error === 'string' ? e.data.error : undefined;
}

/** Where a reply goes: the conversation, the person, an optional thread, and a response_url when Slack gave one. */
interface Where {
  ctx: Context;
  channel: string;
  user: string;
  threadTs?: string;
  respond?: RespondFn;
  /** A DM with the bot: private replies are ordinary messages (only the user sees the DM anyway). */
  dm?: boolean;
}

/** Replaces one message; `key` names that message (for its timer). */
type Updater = ((reply: Reply) => Promise<void>) & { key: string };
const updater = (key: string, fn: (reply: Reply) => Promise<void>): Updater => Object.assign(fn, { key });

export function createSlackApp(tutor: Tutor, cfg: SlackConfig, opts: SlackAppOptions): SlackApp {
  const { log } = opts;
  const now = opts.now ?? Date.now;
  const socketMode = Boolean(cfg.appToken);
  const logger = boltLogger(log, opts.boltLogLevel ?? LogLevel.INFO);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: opts.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    ...(cfg.apiUrl ? { slackApiUrl: cfg.apiUrl.endsWith('/') ? cfg.apiUrl : cfg.apiUrl + '/' } : {}),
  };
  const customRoutes: CustomRoute[] =
    opts.healthz === false
      ? []
      : [
          {
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'application/json' });
              res.end(JSON.stringify({ ok: true, mode: socketMode ? 'socket' : 'http' }));
            },
          },
        ];

  let socketReceiver: SocketModeReceiver | undefined;
  let app: App;
  if (socketMode) {
    socketReceiver = new SocketModeReceiver({
      appToken: cfg.appToken!,
      logger,
      customRoutes,
      installerOptions: { clientOptions, port: opts.port ?? cfg.port },
      ...opts.socket,
    });
    app = new App({ token: cfg.botToken, receiver: socketReceiver, socketMode: true, logger, clientOptions, convoStore: false });
  } else {
    app = new App({
      token: cfg.botToken,
      signingSecret: cfg.signingSecret,
      endpoints: '/slack/events',
      customRoutes,
      processBeforeResponse: opts.processBeforeResponse ?? false,
      logger,
      clientOptions,
      convoStore: false,
    });
  }

  // ---------------------------------------------------------------- delivery
  const timers = new Map<string, { timer: NodeJS.Timeout; atMs: number }>();
  /** Message key → the action id of the timer that will replace it. */
  const messageTimer = new Map<string, string>();
  const inflight = new Set<Promise<unknown>>();
  let stopped = false;
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p)).catch(() => {});
    return p;
  };

  const client = app.client;

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
      const code = slackErrorCode(err);
      // A slash command in a channel the bot has not joined: Slack still accepts response_url.
      if (w.respond && (code === 'not_in_channel' || code === 'channel_not_found')) {
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

  /** Sends a new message per its visibility, and keeps its timer if it has one. */
  async function deliver(reply: Reply, w: Where): Promise<void> {
    if (reply.visibility === 'private') {
      const msg = renderReply(reply, { ephemeral: Boolean(w.respond) || !w.dm });
      const update = await postPrivate(msg, w);
      if (update && reply.expires) schedule(reply, w, update);
      return;
    }
    const msg = renderReply(reply);
    const posted = await postPublic(msg, w, Boolean(reply.expires));
    // Later messages caused by this one's timer go to the same conversation, not through a stale response_url.
    if (posted && reply.expires) schedule(reply, { ...w, respond: undefined }, chatUpdater(posted.channel, posted.ts));
  }

  const chatUpdater = (channel: string, ts: string): Updater =>
    updater(`${channel}:${ts}`, async (r) => {
      const msg = renderReply(r);
      await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks });
    });
  let respondSeq = 0;
  const respondUpdater = (respond: RespondFn, key = `respond:${++respondSeq}`): Updater =>
    updater(key, async (r) => {
      const msg = renderReply(r, { ephemeral: true });
      await respond({ replace_original: true, text: msg.text, blocks: msg.blocks });
    });

  /** Applies an ActionResult: `replace` through `update`, `reply` as a new message. */
  async function apply(result: ActionResult, update: Updater | undefined, w: Where): Promise<void> {
    if (result.replace) {
      if (update) {
        await update(result.replace);
        schedule(result.replace, w, update);
      } else {
        await deliver(result.replace, w);
      }
    }
    if (result.reply) await deliver(result.reply, w);
  }

  /** Keeps the core's timer: at `expires.atMs`, `tutor.act(expires.actionId)` and replace the message. */
  function schedule(reply: Reply, w: Where, update: Updater): void {
    const exp = reply.expires;
    // A message replaced by something without this timer (closed early, "next"): its timer is moot.
    const previous = messageTimer.get(update.key);
    if (previous && previous !== exp?.actionId) {
      const t = timers.get(previous);
      if (t) clearTimeout(t.timer);
      timers.delete(previous);
      messageTimer.delete(update.key);
    }
    if (!exp || stopped) return;
    messageTimer.set(update.key, exp.actionId);
    const old = timers.get(exp.actionId);
    if (old && old.atMs === exp.atMs) return; // the same question re-rendered (a live answer count): keep its timer
    if (old) clearTimeout(old.timer);
    const delay = Math.min(Math.max(0, exp.atMs - now()), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      timers.delete(exp.actionId);
      messageTimer.delete(update.key);
      if (stopped) return;
      void track(
        (async () => {
          try {
            const result = await tutor.act(exp.actionId, w.ctx);
            await apply(result, update, w);
          } catch (err) {
            log.error(`slack: timer ${exp.actionId} failed`, err);
          }
        })(),
      );
    }, delay);
    timers.set(exp.actionId, { timer, atMs: exp.atMs });
  }

  async function oops(w: Partial<Where> & { channel?: string; user?: string }, err: unknown, what: string): Promise<void> {
    log.error(`slack: ${what} failed`, err);
    try {
      if (w.respond) await w.respond({ response_type: 'ephemeral', replace_original: false, text: OOPS });
      else if (w.channel && w.user) await client.chat.postEphemeral({ channel: w.channel, user: w.user, text: OOPS, ...(w.threadTs ? { thread_ts: w.threadTs } : {}) });
    } catch (e) {
      log.warn(`slack: could not report the failure of ${what}`, e);
    }
  }

  // ---------------------------------------------------------------- middleware
  app.use(ignoreBots(log));
  app.use(dedupeEvents(createEventDedupe({ now }), log));

  app.error(async (err) => {
    log.error('slack: unhandled error in Bolt', err);
  });

  // ---------------------------------------------------------------- events
  app.event('app_mention', async ({ event, body, context }) => {
    const w: Where = {
      ctx: { platform: 'slack', scope: String((body as { team_id?: string }).team_id ?? event.team ?? ''), channel: event.channel, user: event.user ?? '' },
      channel: event.channel,
      user: event.user ?? '',
      threadTs: event.thread_ts ?? event.ts,
    };
    await track(
      (async () => {
        try {
          const text = slackToPlain(event.text ?? '', context.botUserId);
          const reply = await tutor.handle(text, w.ctx);
          await deliver(reply, w);
        } catch (err) {
          await oops(w, err, 'app_mention');
        }
      })(),
    );
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
    await track(
      (async () => {
        try {
          const reply = await tutor.handle(slackToPlain(m.text ?? '', context.botUserId), w.ctx);
          await deliver(reply, w);
        } catch (err) {
          await oops(w, err, 'message.im');
        }
      })(),
    );
  });

  // ---------------------------------------------------------------- slash commands
  const commandWhere = (command: SlackCommandMiddlewareArgs['command'], respond: RespondFn): Where => ({
    ctx: {
      platform: 'slack',
      scope: command.team_id,
      channel: command.channel_id,
      user: command.user_id,
      ...(command.user_name ? { userName: command.user_name } : {}),
    },
    channel: command.channel_id,
    user: command.user_id,
    respond,
    dm: command.channel_id.startsWith('D'),
  });

  type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
  const command = (name: string, run: (text: string, w: Where) => Promise<void>) =>
    app.command(name, async ({ command: cmd, ack, respond }: CommandArgs) => {
      await ack(); // within 3 s, before any slow work; the answer follows through response_url / chat.postMessage
      const w = commandWhere(cmd, respond);
      await track(
        (async () => {
          try {
            await run(slackToPlain(cmd.text ?? ''), w);
          } catch (err) {
            await oops(w, err, name);
          }
        })(),
      );
    });

  command('/ask', async (raw, w) => {
    const { share, text } = parseShareFlag(raw);
    // /ask is private by design: the asker sees the answer first, with a "Share in channel" button.
    const reply: Reply = { ...(await tutor.command('ask', text, w.ctx)), visibility: 'private' };
    const shareAction = share ? reply.actions?.find((a) => a.group === 'share') : undefined;
    if (!shareAction) return deliver(reply, w);
    const result = await tutor.act(shareAction.id, w.ctx);
    await apply(result, undefined, w);
  });

  command('/quiz', async (text, w) => {
    const reply = await tutor.command('quiz', text, w.ctx);
    await deliver(reply, w);
  });

  command('/pricing', async (text, w) => {
    const reply = await tutor.command('pricing', text, w.ctx);
    if (reply.visibility === 'private') return deliver(reply, w);
    // Public advice goes in a thread under a short root naming who asked and for what.
    const root = `${PRICING_ROOT[reply.lang] ?? PRICING_ROOT.en} — <@${w.user}>${text ? `: ${escapeMrkdwn(truncate(text, 500))}` : ''}`;
    let rootTs: string | undefined;
    try {
      const res = await client.chat.postMessage({ channel: w.channel, text: root, unfurl_links: false, unfurl_media: false });
      rootTs = res.ts;
    } catch (err) {
      const code = slackErrorCode(err);
      if (code !== 'not_in_channel' && code !== 'channel_not_found') throw err;
    }
    await deliver(reply, { ...w, threadTs: rootTs });
  });

  // ---------------------------------------------------------------- buttons
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
        ...(b.user.username || b.user.name ? { userName: b.user.username || b.user.name } : {}),
      },
      channel,
      user,
      threadTs: (b.message?.thread_ts as string | undefined) ?? container.thread_ts,
      respond,
      dm: channel.startsWith('D'),
    };
    const actionId = coreActionId(action as { action_id: string; value?: string });
    await track(
      (async () => {
        try {
          const result = await tutor.act(actionId, w.ctx);
          const messageTs = container.message_ts ?? b.message?.ts;
          // chat.update cannot edit an ephemeral message (message_not_found); its response_url can.
          const update: Updater | undefined =
            container.is_ephemeral || !messageTs ? respondUpdater(respond, `respond:${channel}:${messageTs}`) : chatUpdater(channel, messageTs);
          await apply(result, update, w);
        } catch (err) {
          await oops(w, err, `action ${actionId}`);
        }
      })(),
    );
  });

  // ---------------------------------------------------------------- lifecycle
  let server: Server | undefined;
  let stopping: Promise<void> | undefined;
  return {
    app,
    mode: socketMode ? 'socket' : 'http',
    async start() {
      if (socketMode) {
        await app.start();
        log.debug('slack: connected in Socket Mode');
        return {};
      }
      const port = opts.port ?? cfg.port;
      server = await app.start(opts.host ? { port, host: opts.host } : port);
      const addr = server.address();
      const bound = typeof addr === 'object' && addr ? addr.port : port;
      log.debug(`slack: HTTP mode listening on ${opts.host ?? '*'}:${bound} (/slack/events, /healthz)`);
      return { port: bound };
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        for (const t of timers.values()) clearTimeout(t.timer);
        timers.clear();
        messageTimer.clear();
        // Let in-flight answers finish (bounded), so the caller can close the store afterwards.
        await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, 5000).unref())]);
        if (socketReceiver) {
          const closed = new Promise<void>((resolve) => {
            socketReceiver!.client.once('disconnected', () => resolve());
            setTimeout(resolve, 5000).unref();
          });
          await app.stop();
          await closed;
        } else {
          server?.closeAllConnections?.();
          await app.stop().catch((err: unknown) => log.warn('slack: stop', err));
        }
        log.info('slack: stopped');
      })();
      return stopping;
    },
  };
}

/** Starts the Slack adapter: HTTP mode on cfg.port, or Socket Mode when cfg.appToken is set. */
export async function startSlack(
  tutor: Tutor,
  cfg: SlackConfig,
  opts: { log: Logger; quizChannelSeconds?: number },
): Promise<{ stop(): Promise<void> }> {
  const slack = createSlackApp(tutor, cfg, opts);
  await slack.start();
  return { stop: () => slack.stop() };
}
