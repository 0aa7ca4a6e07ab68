// The Slack adapter: a Bolt App whose listeners translate one Slack event, slash command or
// button click into one Tutor facade call, and render the Reply / ActionResult as Block Kit.
// No tutoring, quiz or pricing logic lives here. This file builds the App (HTTP or Socket
// Mode), wires middleware and listeners, and starts and stops it.
import { createServer, type Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type CustomRoute } from '@slack/bolt';
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
import { describeListenError, verifyTokens } from './startup.ts';
import { refuseSkewedRequests } from './freshness.ts';

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
  /**
   * Resolves when the app has finished every request it received (response sent) and the work
   * they started (answers, timers that fired): the barrier tests wait on instead of sleeping.
   */
  idle(): Promise<void>;
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
  const healthz = (res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, mode: socketMode ? 'socket' : 'http' }));
  };
  const customRoutes: CustomRoute[] =
    opts.healthz === false || socketMode ? [] : [{ path: '/healthz', method: ['GET'], handler: (_req, res) => healthz(res) }];

  const inflight = createInflight();
  let socketReceiver: SocketModeReceiver | undefined;
  let app: App;
  if (socketMode) {
    socketReceiver = new SocketModeReceiver({
      appToken: cfg.appToken!,
      logger,
      installerOptions: { clientOptions },
      ...opts.socket,
    });
    // deferInitialization: the bot token is checked in start(), where a refusal can be reported.
    app = new App({ token: cfg.botToken, receiver: socketReceiver, socketMode: true, logger, clientOptions, convoStore: false, deferInitialization: true });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: cfg.signingSecret,
      endpoints: '/slack/events',
      customRoutes,
      processBeforeResponse: opts.processBeforeResponse ?? false,
      logger,
    });
    const handle = refuseSkewedRequests(receiver.requestListener, now, log);
    receiver.requestListener = (req, res) => {
      // A request counts as in flight until its response is sent (see idle()).
      void inflight.track(new Promise((resolve) => res.once('close', resolve)));
      handle(req, res);
    };
    app = new App({ token: cfg.botToken, receiver, logger, clientOptions, convoStore: false, deferInitialization: true });
  }

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
    idle: () => inflight.idle(),
    async start() {
      // Tokens first, so nothing listens (and nothing says "listening") with a token Slack refuses.
      await verifyTokens(app, cfg.appToken);
      const port = opts.port ?? cfg.port;
      if (socketMode) {
        // Socket Mode needs no public port; /healthz gets a small server of its own.
        if (opts.healthz !== false) server = await listen(createServer((req, res) => (req.url === '/healthz' ? healthz(res) : (res.writeHead(404), res.end()))), port, opts.host);
        await app.start();
        log.debug('slack: connected in Socket Mode');
        return {};
      }
      try {
        server = await app.start(opts.host ? { port, host: opts.host } : port);
      } catch (e) {
        throw describeListenError(e, port);
      }
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
          server?.closeAllConnections();
          await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
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

/** Listens on `port`; rejects with a one-line ConfigError when the port is taken. */
function listen(server: Server, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(describeListenError(e, port)));
    server.listen(port, host, () => resolve(server));
  });
}
