// The Slack adapter: a Bolt App whose listeners translate one Slack event, slash command or
// button click into one Tutor facade call, and render the Reply / ActionResult as Block Kit.
// No tutoring, quiz or pricing logic lives here. This file builds the App (HTTP or Socket
// Mode), wires middleware and listeners, and starts and stops it.
import type { Server } from 'node:http';
import { App, LogLevel, SocketModeReceiver, webApi, type CustomRoute } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Tutor } from '../../src/tutor.ts';
import { boltLogger } from './bolt-logger.ts';
import { createDelivery, SLACK_SINK, type SlackRef } from './delivery.ts';
import { createEventDedupe, dedupeEvents, ignoreBots } from './events.ts';
import { createInflight } from './inflight.ts';
import { registerActionListeners } from './listeners/actions.ts';
import { registerCommandListeners } from './listeners/commands.ts';
import type { SlackDeps } from './listeners/deps.ts';
import { registerMessageListeners } from './listeners/messages.ts';

export interface SlackAppOptions {
  log: Logger;
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

  const inflight = createInflight();
  const delivery = createDelivery({ client: app.client, log, scheduler: tutor.scheduler });
  // The scheduler's "edit this" and "post this" for Slack. A posted message with a timer of its
  // own (the next question) is tracked by deliver itself, hence no ref back.
  tutor.scheduler.register<SlackRef>(SLACK_SINK, {
    edit: (ref, reply) => delivery.chatUpdater(ref.channel, ref.ts)(reply),
    post: async (ref, reply, ctx) => {
      await delivery.deliver(reply, { ctx, channel: ref.channel, user: ctx.user, threadTs: ref.threadTs });
      return undefined;
    },
  });
  const deps: SlackDeps = { tutor, delivery, inflight };

  // Middleware first: a repeated or bot-sent event never reaches a listener.
  app.use(ignoreBots(log));
  app.use(dedupeEvents(createEventDedupe({ now }), log, (key) => tutor.firstDelivery(key)));
  app.error(async (err) => {
    log.error('slack: unhandled error in Bolt', err);
  });

  registerMessageListeners(app, deps);
  registerCommandListeners(app, deps);
  registerActionListeners(app, deps);

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
        tutor.scheduler.unregister(SLACK_SINK);
        // Let in-flight answers finish (bounded), so the caller can close the store afterwards.
        await inflight.settle(5000);
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
  opts: { log: Logger },
): Promise<{ stop(): Promise<void> }> {
  const slack = createSlackApp(tutor, cfg, opts);
  await slack.start();
  return { stop: () => slack.stop() };
}
