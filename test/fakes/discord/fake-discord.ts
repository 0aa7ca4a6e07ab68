// A fake Discord for end-to-end tests of the real discord.js Client: one HTTP server on
// 127.0.0.1 serving the REST API (under /api/v10) and, on the same port, a gateway WebSocket
// that speaks the real opcodes (HELLO, IDENTIFY, READY, GUILD_CREATE, HEARTBEAT/ACK, RESUME,
// INVALID_SESSION, dispatches). Several gateway connections may be open at once, one per shard:
// each IDENTIFY names its shard [id, count], and a guild's events go only to the shard that owns
// it, (guild_id >> 22) % count, as Discord routes them (DMs go to shard 0). It enforces what real Discord enforces where a bug would hide:
// message limits, the 3-second acknowledgement window, one acknowledgement per interaction,
// follow-ups only after an acknowledgement, and the privileged Message Content intent (4014).
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import {
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  SnowflakeUtil,
} from 'discord.js';
import { validateCommands, validateMessage, validateChoices } from './validate.ts';

export interface RecordedRequest {
  method: string;
  /** Path after the version prefix, e.g. `/interactions/1/tok/callback`. */
  path: string;
  /** The same path with ids and tokens replaced: `/interactions/:id/:token/callback`. */
  route: string;
  query: Record<string, string>;
  body: any;
  status: number;
  /** The request carried `Authorization: Bot <the right token>`. */
  authorized: boolean;
  at: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  guildId?: string;
  user: FakeUser;
  /** The message a component was clicked on. */
  messageId?: string;
  /** The interaction's "@original" message once it has one. */
  originalId?: string;
  acked: boolean;
  callbackType?: InteractionResponseType;
  createdAt: number;
}

export interface FakeDiscordOptions {
  token?: string;
  appId?: string;
  heartbeatIntervalMs?: number;
  /** Real Discord gives 3 s to acknowledge an interaction. */
  ackWindowMs?: number;
  /** Whether the app may use the privileged Message Content intent (else IDENTIFY with it closes 4014). */
  messageContentAllowed?: boolean;
}

const API_PREFIX = /^\/api\/v(\d+)(\/.*)$/;
const now = () => Date.now();
export const snowflake = () => String(SnowflakeUtil.generate());

/** The shard that receives a guild's events: Discord's formula, (guild_id >> 22) % num_shards. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A snowflake for a guild owned by `shard` of `count` (its timestamp chosen to land there). */
function snowflakeOnShard(shard: number, count: number): string {
  for (let t = now(); ; t--) {
    const id = String(SnowflakeUtil.generate({ timestamp: t }));
    if (shardOf(id, count) === shard) return id;
  }
}

/** One gateway session: a shard's IDENTIFY, its sequence and its events (kept for RESUME). */
interface GatewaySession {
  id: string;
  shard: [number, number];
  seq: number;
  events: { s: number; t: string; d: any }[];
  /** The socket it is on now; null while disconnected (events still queue for a RESUME). */
  ws: WebSocket | null;
  ready: boolean;
}

const PERMS = String(
  PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.SendMessagesInThreads |
    PermissionFlagsBits.CreatePublicThreads |
    PermissionFlagsBits.EmbedLinks |
    PermissionFlagsBits.ReadMessageHistory |
    PermissionFlagsBits.UseApplicationCommands,
);

export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly appId: string;
  readonly bot: FakeUser;
  readonly student: FakeUser;
  readonly other: FakeUser;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  /** Every guild the bot is in (the default one and any from `addGuild`). */
  readonly guilds = new Set<string>();

  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, any>();
  readonly channels = new Map<string, any>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly commands = { global: [] as any[], guild: new Map<string, any[]>() };

  // Gateway state.
  readonly gatewayLog: { dir: 'in' | 'out'; op: number; t?: string; d?: any }[] = [];
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  readonly connectUrls: string[] = [];
  /** Every dispatch as delivered (or queued) to a shard; `shard` null when no shard owned it. */
  readonly deliveries: { shard: [number, number] | null; t: string; d: any }[] = [];
  heartbeatAcks = 0;
  /** When false, the next RESUME gets INVALID_SESSION (d: false) and the client must re-identify. */
  allowResume = true;
  /** The current session of each shard that has identified. */
  private readonly sessions: GatewaySession[] = [];
  private readonly socketSessions = new Map<WebSocket, GatewaySession>();

  private http!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private readonly opts: Required<FakeDiscordOptions>;

  private constructor(opts: FakeDiscordOptions) {
    super();
    this.setMaxListeners(100);
    this.opts = {
      token: opts.token ?? `FAKE.${randomBytes(12).toString('hex')}.bot-token`,
      appId: opts.appId ?? snowflake(),
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 2_000,
      ackWindowMs: opts.ackWindowMs ?? 3_000,
      messageContentAllowed: opts.messageContentAllowed ?? false,
    };
    this.token = this.opts.token;
    this.appId = this.opts.appId;
    this.bot = { id: this.appId, username: 'tutor', global_name: 'Tutor', discriminator: '0000', avatar: null, bot: true };
    this.student = { id: snowflake(), username: 'minji', global_name: 'Minji', discriminator: '0', avatar: null };
    this.other = { id: snowflake(), username: 'joon', global_name: 'Joon', discriminator: '0', avatar: null };
    this.guilds.add(this.guildId);
    this.channels.set(this.channelId, textChannel(this.channelId, this.guildId));
    this.channels.set(this.dmChannelId, { id: this.dmChannelId, type: ChannelType.DM, recipients: [this.student], last_message_id: null, flags: 0 });
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(opts);
    fake.http = createServer((req, res) => void fake.onHttp(req, res));
    fake.wss = new WebSocketServer({ server: fake.http });
    fake.wss.on('connection', (ws, req) => fake.onSocket(ws, req));
    await new Promise<void>((resolve) => fake.http.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL / `rest.api` is set to: the REST base without the version. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ───────────────────────────── waiting helpers ─────────────────────────────

  /** Resolves with the first recorded request (past or future) matching `pred`. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 5_000, label = 'request'): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(pred), timeoutMs, label);
  }

  /** Polls `probe` on every recorded event until it returns something. */
  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs = 5_000, label = 'condition'): Promise<T> {
    const hit = probe();
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out waiting for ${label}; last requests: ${this.requests.slice(-5).map((r) => `${r.method} ${r.route} ${r.status}`).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('event', check);
      };
      this.on('event', check);
    });
  }

  /** Requests made for one interaction (its callback and its webhook), in order. */
  requestsFor(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${token}`));
  }

  // ───────────────────────────── gateway ─────────────────────────────

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    this.connectUrls.push(req.url ?? '');
    ws.on('message', (raw) => this.onGatewayMessage(ws, raw.toString()));
    ws.on('close', () => {
      const session = this.socketSessions.get(ws);
      this.socketSessions.delete(ws);
      if (session?.ws === ws) {
        session.ws = null;
        session.ready = false;
      }
      this.emit('event');
    });
    this.sendOp(ws, GatewayOpcodes.Hello, { heartbeat_interval: this.opts.heartbeatIntervalMs });
    this.emit('event');
  }

  private sendOp(ws: WebSocket, op: number, d: unknown, extra: { s?: number; t?: string } = {}): void {
    this.gatewayLog.push({ dir: 'out', op, t: extra.t, d });
    ws.send(JSON.stringify({ op, d, s: extra.s ?? null, t: extra.t ?? null }));
  }

  private onGatewayMessage(ws: WebSocket, raw: string): void {
    let msg: any;
    try {
      msg = JSON.parse(raw);
    } catch {
      ws.close(4002, 'Decode error');
      return;
    }
    this.gatewayLog.push({ dir: 'in', op: msg.op, d: msg.op === GatewayOpcodes.Identify || msg.op === GatewayOpcodes.Resume ? { ...msg.d, token: '[hidden]' } : msg.d });
    switch (msg.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeatAcks++;
        this.sendOp(ws, GatewayOpcodes.HeartbeatAck, null);
        break;
      case GatewayOpcodes.Identify:
        this.onIdentify(ws, msg.d);
        break;
      case GatewayOpcodes.Resume:
        this.onResume(ws, msg.d);
        break;
      default:
        break;
    }
    this.emit('event');
  }

  private onIdentify(ws: WebSocket, d: any): void {
    this.identifies.push({ ...d, token: d.token === this.token ? '[ok]' : '[wrong]' });
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if ((BigInt(d.intents) & BigInt(GatewayIntentBits.MessageContent)) !== 0n && !this.opts.messageContentAllowed) {
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    // A new IDENTIFY for a shard replaces its old session (the fake keeps one client per shard).
    for (const old of this.sessions.filter((x) => x.shard[0] === shard[0] && x.shard[1] === shard[1])) {
      this.sessions.splice(this.sessions.indexOf(old), 1);
      if (old.ws && old.ws !== ws) old.ws.terminate();
    }
    const session: GatewaySession = { id: randomBytes(16).toString('hex'), shard, seq: 0, events: [], ws, ready: true };
    this.sessions.push(session);
    this.socketSessions.set(ws, session);
    const owned = [...this.guilds].filter((g) => this.owns(session, g));
    this.sendTo(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user_settings: {},
      user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0 },
      guilds: owned.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.appId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      geo_ordered_rtc_regions: [],
    });
    for (const g of owned) this.sendTo(session, GatewayDispatchEvents.GuildCreate, this.guildPayload(g));
  }

  private onResume(ws: WebSocket, d: any): void {
    this.resumes.push({ session_id: d.session_id, seq: d.seq, token: d.token === this.token ? '[ok]' : '[wrong]' });
    const s = this.sessions.find((x) => x.id === d.session_id);
    if (!this.allowResume || !s || d.token !== this.token) {
      this.allowResume = true;
      this.sendOp(ws, GatewayOpcodes.InvalidSession, false);
      return;
    }
    if (s.ws && s.ws !== ws) s.ws.terminate();
    s.ws = ws;
    s.ready = true;
    this.socketSessions.set(ws, s);
    for (const ev of s.events.filter((e) => e.s > (d.seq ?? 0))) this.sendOp(ws, GatewayOpcodes.Dispatch, ev.d, { s: ev.s, t: ev.t });
    this.sendTo(s, GatewayDispatchEvents.Resumed, null);
  }

  /** Whether `session`'s shard receives the events of `guildId` (no guild: DMs, shard 0). */
  private owns(session: GatewaySession, guildId: string | undefined): boolean {
    const [id, count] = session.shard;
    return guildId === undefined ? id === 0 : shardOf(guildId, count) === id;
  }

  /** Sends a dispatch (op 0) on one session with its next sequence number; kept for replay after a RESUME. */
  private sendTo(session: GatewaySession, t: string, d: unknown): void {
    const s = ++session.seq;
    session.events.push({ s, t, d });
    this.deliveries.push({ shard: session.shard, t, d });
    if (session.ws && session.ready && session.ws.readyState === WebSocket.OPEN) this.sendOp(session.ws, GatewayOpcodes.Dispatch, d, { s, t });
  }

  /**
   * Sends a dispatch to the shard that owns `guildId` (default: the payload's `guild_id`; none: a
   * DM, shard 0). No shard owning it means Discord has nowhere to send it: it is recorded, not sent.
   */
  dispatch(t: string, d: any, guildId: string | undefined = d?.guild_id ?? undefined): void {
    if (!this.sessions.length) throw new Error('fake discord: no gateway session (nobody identified yet)');
    const owner = this.sessions.find((x) => this.owns(x, guildId));
    if (owner) this.sendTo(owner, t, d);
    else this.deliveries.push({ shard: null, t, d });
  }

  /** Closes a shard's gateway socket from the server side (4000: unknown error → the client resumes). */
  async dropConnection(code = 4000, shard = 0): Promise<void> {
    const ws = this.sessions.find((x) => x.shard[0] === shard)?.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    await new Promise<void>((resolve) => {
      ws.once('close', () => resolve());
      ws.close(code, 'fake discord: dropped');
    });
  }

  /** Every shard that identified is on an open socket and ready. */
  get connected(): boolean {
    return this.sessions.length > 0 && this.sessions.every((x) => !!x.ws && x.ws.readyState === WebSocket.OPEN && x.ready);
  }

  /** The shards ([id, count]) on an open, ready socket now. */
  get connectedShards(): [number, number][] {
    return this.sessions.filter((x) => x.ws?.readyState === WebSocket.OPEN && x.ready).map((x) => x.shard);
  }

  /**
   * The bot joins another guild with one text channel; `onShard` picks its id so that shard
   * [id, count] owns it. A ready shard that owns it gets its GUILD_CREATE, as on a real join.
   */
  addGuild(o: { onShard?: [number, number] } = {}): { guildId: string; channelId: string } {
    const guildId = o.onShard ? snowflakeOnShard(...o.onShard) : snowflake();
    const channelId = snowflake();
    this.guilds.add(guildId);
    this.channels.set(channelId, textChannel(channelId, guildId));
    const owner = this.sessions.find((x) => this.owns(x, guildId));
    if (owner) this.sendTo(owner, GatewayDispatchEvents.GuildCreate, this.guildPayload(guildId));
    return { guildId, channelId };
  }

  // ───────────────────────────── payload builders ─────────────────────────────

  member(user: FakeUser) {
    return { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null };
  }

  guildPayload(guildId = this.guildId) {
    return {
      id: guildId, name: guildId === this.guildId ? 'AWS 스터디' : `스터디 ${guildId.slice(-4)}`, icon: null, splash: null, discovery_splash: null, banner: null, description: null,
      owner_id: this.other.id, afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
      explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, premium_subscription_count: 0, premium_progress_bar_enabled: false,
      system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, public_updates_channel_id: null, safety_alerts_channel_id: null,
      vanity_url_code: null, preferred_locale: 'ko', features: [], application_id: null, max_members: 500000, max_video_channel_users: 25,
      joined_at: new Date().toISOString(), large: false, unavailable: false, member_count: 3,
      roles: [{ id: guildId, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: PERMS, managed: false, mentionable: false, flags: 0 }],
      emojis: [], stickers: [], voice_states: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
      channels: [...this.channels.values()].filter((c) => c.guild_id === guildId && c.type === ChannelType.GuildText),
      threads: [],
      members: [this.member(this.bot), this.member(this.student), this.member(this.other)],
    };
  }

  private interactionBase(user: FakeUser, where: 'guild' | 'dm', locale: string, channelId?: string) {
    const id = snowflake();
    const token = `itk_${randomBytes(24).toString('hex')}`;
    const common = { id, token, application_id: this.appId, version: 1, locale, app_permissions: PERMS, entitlements: [], attachment_size_limit: 26_214_400 };
    if (where === 'dm') {
      return { ...common, channel_id: this.dmChannelId, channel: this.channels.get(this.dmChannelId), user, context: 1, authorizing_integration_owners: { '1': user.id } };
    }
    const ch = this.channels.get(channelId ?? this.channelId);
    return {
      ...common, guild_id: ch.guild_id, guild_locale: 'ko', channel_id: ch.id, channel: ch,
      member: { ...this.member(user), permissions: PERMS }, context: 0, authorizing_integration_owners: { '0': ch.guild_id },
    };
  }

  private track(payload: any, type: InteractionType, user: FakeUser, messageId?: string): FakeInteraction {
    const it: FakeInteraction = {
      id: payload.id, token: payload.token, type, channelId: payload.channel_id, guildId: payload.guild_id, user, messageId, acked: false, createdAt: now(),
    };
    this.interactions.set(it.token, it);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    this.emit('event');
    return it;
  }

  /** Delivers INTERACTION_CREATE for a chat-input command. `options` are the API's option objects. */
  slashCommand(name: string, options: { name: string; type: number; value: unknown }[] = [], o: { user?: FakeUser; dm?: boolean; locale?: string; channelId?: string } = {}): FakeInteraction {
    const user = o.user ?? this.student;
    const base = this.interactionBase(user, o.dm ? 'dm' : 'guild', o.locale ?? 'ko', o.channelId);
    const cmd = this.findCommand(name);
    return this.track({ ...base, type: InteractionType.ApplicationCommand, data: { id: cmd?.id ?? snowflake(), name, type: 1, options, guild_id: (base as any).guild_id } }, InteractionType.ApplicationCommand, user);
  }

  /** Delivers INTERACTION_CREATE for autocomplete on `focused` while typing `value`. */
  autocomplete(name: string, focused: string, value: string, o: { user?: FakeUser; locale?: string } = {}): FakeInteraction {
    const user = o.user ?? this.student;
    const base = this.interactionBase(user, 'guild', o.locale ?? 'ko');
    const cmd = this.findCommand(name);
    return this.track(
      { ...base, type: InteractionType.ApplicationCommandAutocomplete, data: { id: cmd?.id ?? snowflake(), name, type: 1, options: [{ name: focused, type: 3, value, focused: true }] } },
      InteractionType.ApplicationCommandAutocomplete,
      user,
    );
  }

  /** Delivers INTERACTION_CREATE for a click on button `customId` of stored message `messageId`. */
  clickButton(messageId: string, customId: string, o: { user?: FakeUser; locale?: string } = {}): FakeInteraction {
    const user = o.user ?? this.student;
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake discord: no message ${messageId}`);
    const buttons = (message.components ?? []).flatMap((r: any) => r.components ?? []);
    if (!buttons.some((b: any) => b.custom_id === customId)) throw new Error(`fake discord: message ${messageId} has no button ${customId}`);
    const channel = this.channels.get(message.channel_id);
    const where = channel?.type === ChannelType.DM ? 'dm' : 'guild';
    const base = this.interactionBase(user, where, o.locale ?? 'ko', where === 'guild' ? message.channel_id : undefined);
    return this.track({ ...base, type: InteractionType.MessageComponent, message, data: { custom_id: customId, component_type: 2 } }, InteractionType.MessageComponent, user, messageId);
  }

  /** Delivers MESSAGE_CREATE: a user message in the guild channel (mentioning the bot when `mention`), or a DM. */
  userMessage(text: string, o: { user?: FakeUser; dm?: boolean; mention?: boolean; channelId?: string } = {}): any {
    const user = o.user ?? this.student;
    const mention = o.mention ?? !o.dm;
    const channelId = o.dm ? this.dmChannelId : (o.channelId ?? this.channelId);
    const msg: any = {
      ...this.messageShape(channelId, user, { content: mention ? `<@${this.bot.id}> ${text}` : text }),
      mentions: mention ? [{ ...this.bot, member: o.dm ? undefined : this.member(this.bot) }] : [],
    };
    this.messages.set(msg.id, msg);
    // Like real Discord, MESSAGE_CREATE carries channel_type (discord.js needs it to resolve an uncached DM channel).
    const channelType = this.channels.get(channelId)?.type;
    const dispatched = o.dm ? { ...msg, channel_type: channelType } : { ...msg, channel_type: channelType, guild_id: this.channels.get(channelId)?.guild_id, member: { ...this.member(user), user: undefined } };
    this.dispatch(GatewayDispatchEvents.MessageCreate, dispatched);
    return msg;
  }

  private findCommand(name: string): any {
    return [...this.commands.guild.values()].flat().concat(this.commands.global).find((c) => c.name === name);
  }

  private messageShape(channelId: string, author: FakeUser, body: any, extra: Record<string, unknown> = {}): any {
    return {
      id: snowflake(), channel_id: channelId, author, content: body.content ?? '', timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], mention_channels: [], attachments: [], embeds: body.embeds ?? [],
      reactions: [], pinned: false, type: MessageType.Default, flags: body.flags ?? 0, components: body.components ?? [], ...extra,
    };
  }

  private botMessage(channelId: string, body: any, extra: Record<string, unknown> = {}): any {
    const msg = this.messageShape(channelId, this.bot, body, extra);
    msg.allowed_mentions_sent = body.allowed_mentions; // kept for assertions; not part of the API shape
    this.messages.set(msg.id, msg);
    return msg;
  }

  private editMessage(msg: any, body: any): any {
    for (const key of ['content', 'embeds', 'components'] as const) if (body[key] !== undefined) msg[key] = body[key];
    msg.flags = (msg.flags ?? 0) & ~MessageFlags.Loading;
    msg.edited_timestamp = new Date().toISOString();
    msg.edits = (msg.edits ?? 0) + 1;
    msg.allowed_mentions_sent = body.allowed_mentions ?? msg.allowed_mentions_sent;
    return msg;
  }

  /** Messages the bot has in a channel, oldest first. */
  botMessagesIn(channelId: string): any[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && m.author.id === this.bot.id);
  }

  // ───────────────────────────── REST ─────────────────────────────

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = API_PREFIX.exec(url.pathname);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any = undefined;
    const type = req.headers['content-type'] ?? '';
    if (raw && type.includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    } else if (raw && type.includes('multipart/form-data')) {
      const pj = /name="payload_json"\r\n(?:Content-Type: [^\r\n]*\r\n)?\r\n([\s\S]*?)\r\n--/.exec(raw);
      body = pj ? JSON.parse(pj[1]) : raw;
    }
    const path = decodeURIComponent(m ? m[2] : url.pathname);
    const rec: RecordedRequest = {
      method: req.method ?? 'GET', path, route: routeOf(path), query: Object.fromEntries(url.searchParams), body, status: 0,
      authorized: req.headers.authorization === `Bot ${this.token}`, at: now(),
    };
    let status = 200;
    let out: unknown = undefined;
    try {
      if (!m) [status, out] = [404, { message: '404: Not Found', code: 0 }];
      else if (m[1] !== '10') [status, out] = [400, { message: 'Invalid API version', code: 50041 }];
      else [status, out] = this.route(rec);
    } catch (err) {
      [status, out] = [500, { message: String((err as Error).message), code: 0 }];
    }
    rec.status = status;
    this.requests.push(rec);
    this.emit('request', rec);
    this.emit('event');
    if (status === 204 || out === undefined) {
      res.writeHead(status === 200 ? 204 : status).end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
    }
  }

  private route(r: RecordedRequest): [number, unknown] {
    const p = r.path.split('/').filter(Boolean);
    const needsAuth = !(p[0] === 'interactions' || p[0] === 'webhooks');
    if (needsAuth && !r.authorized) return [401, { message: '401: Unauthorized', code: 0 }];
    const M = r.method;

    if (M === 'GET' && r.path === '/gateway/bot') {
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (M === 'GET' && r.path === '/gateway') return [200, { url: this.gatewayUrl }];
    if (M === 'GET' && r.path === '/users/@me') return [200, this.bot];

    // Command registration.
    if (p[0] === 'applications') {
      if (p[1] !== this.appId) return [403, { message: 'Missing Access', code: 50001 }];
      if (p[2] === 'commands' && p.length === 3) return this.putCommands(M, r.body, undefined);
      if (p[2] === 'guilds' && p[4] === 'commands' && p.length === 5) {
        if (!this.guilds.has(p[3])) return [403, { message: 'Missing Access', code: 50001 }];
        return this.putCommands(M, r.body, p[3]);
      }
    }

    // Interaction callbacks.
    if (p[0] === 'interactions' && p[3] === 'callback' && M === 'POST') return this.callback(p[1], p[2], r.body, r.query.with_response === 'true');

    // Interaction webhooks (follow-ups, @original).
    if (p[0] === 'webhooks') {
      if (p[1] !== this.appId) return [404, { message: 'Unknown Webhook', code: 10015 }];
      const it = this.interactions.get(p[2]);
      if (!it) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (!it.acked) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (p.length === 3 && M === 'POST') {
        const errors = validateMessage(r.body, 'create');
        if (errors.length) return invalid(errors);
        const msg = this.botMessage(it.channelId, r.body, { webhook_id: this.appId, application_id: this.appId, interaction_metadata: this.metadata(it) });
        return [200, msg];
      }
      if (p[3] === 'messages' && p[4]) {
        const id = p[4] === '@original' ? it.originalId : p[4];
        const msg = id && this.messages.get(id);
        if (!msg) return [404, { message: 'Unknown Message', code: 10008 }];
        if (M === 'GET') return [200, msg];
        if (M === 'DELETE') {
          this.messages.delete(msg.id);
          return [204, undefined];
        }
        if (M === 'PATCH') {
          const errors = validateMessage(r.body, 'edit');
          if (errors.length) return invalid(errors);
          return [200, this.editMessage(msg, r.body)];
        }
      }
    }

    // Channels, messages, threads.
    if (p[0] === 'channels') {
      const ch = this.channels.get(p[1]);
      if (!ch) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (p.length === 2 && M === 'GET') return [200, ch];
      if (p[2] === 'messages' && p.length === 3 && M === 'POST') {
        const errors = validateMessage(r.body, 'create');
        if (errors.length) return invalid(errors);
        const ref = r.body?.message_reference;
        const msg = this.botMessage(ch.id, r.body, ref ? { type: MessageType.Reply, message_reference: { type: 0, message_id: ref.message_id, channel_id: ch.id, guild_id: ch.guild_id } } : {});
        if (ch.type === ChannelType.PublicThread) ch.message_count = (ch.message_count ?? 0) + 1;
        return [200, msg];
      }
      if (p[2] === 'messages' && p[3]) {
        const msg = this.messages.get(p[3]);
        if (!msg || msg.channel_id !== ch.id) return [404, { message: 'Unknown Message', code: 10008 }];
        if (p.length === 4 && M === 'GET') return [200, msg];
        if (p.length === 4 && M === 'PATCH') {
          if (msg.author.id !== this.bot.id) return [403, { message: 'Cannot edit a message authored by another user', code: 50005 }];
          if (msg.flags & MessageFlags.Ephemeral) return [404, { message: 'Unknown Message', code: 10008 }];
          const errors = validateMessage(r.body, 'edit');
          if (errors.length) return invalid(errors);
          return [200, this.editMessage(msg, r.body)];
        }
        if (p[4] === 'threads' && M === 'POST') {
          if (ch.type !== ChannelType.GuildText) return [400, { message: 'Cannot execute action on this channel type', code: 50024 }];
          if (msg.flags & MessageFlags.Ephemeral) return [404, { message: 'Unknown Message', code: 10008 }];
          if (msg.thread) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
          const name = r.body?.name;
          if (typeof name !== 'string' || name.length < 1 || name.length > 100) return invalid(['name: must be 1-100 characters']);
          const thread = this.createThread(ch, name, msg.id);
          msg.thread = thread;
          return [201, thread];
        }
      }
      if (p[2] === 'threads' && p.length === 3 && M === 'POST') {
        const name = r.body?.name;
        if (typeof name !== 'string' || name.length < 1 || name.length > 100) return invalid(['name: must be 1-100 characters']);
        return [201, this.createThread(ch, name, snowflake())];
      }
    }

    return [404, { message: '404: Not Found', code: 0 }];
  }

  private createThread(parent: any, name: string, id: string): any {
    const thread = {
      id, type: ChannelType.PublicThread, guild_id: parent.guild_id, parent_id: parent.id, owner_id: this.bot.id, name, last_message_id: null,
      rate_limit_per_user: 0, message_count: 0, member_count: 1, total_message_sent: 0, flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
    };
    this.channels.set(id, thread);
    if (this.sessions.length) this.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return thread;
  }

  private metadata(it: FakeInteraction) {
    return { id: it.id, type: it.type, user: it.user, authorizing_integration_owners: {} };
  }

  private callback(id: string, token: string, body: any, withResponse: boolean): [number, unknown] {
    const it = this.interactions.get(token);
    if (!it || it.id !== id) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (it.acked) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    if (now() - it.createdAt > this.opts.ackWindowMs) return [404, { message: 'Unknown interaction', code: 10062 }];
    const type = body?.type as InteractionResponseType;
    const data = body?.data ?? {};
    let message: any = undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const errors = validateMessage(data, 'create');
        if (errors.length) return invalid(errors);
        message = this.botMessage(it.channelId, data, {
          type: MessageType.ChatInputCommand, webhook_id: this.appId, application_id: this.appId, interaction_metadata: this.metadata(it),
        });
        it.originalId = message.id;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        message = this.botMessage(it.channelId, { flags: ((data.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading }, {
          type: MessageType.ChatInputCommand, webhook_id: this.appId, application_id: this.appId, interaction_metadata: this.metadata(it),
        });
        it.originalId = message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        if (it.type !== InteractionType.MessageComponent || !it.messageId) return [400, { message: 'Interaction has no message to update', code: 50035 }];
        const target = this.messages.get(it.messageId);
        if (!target) return [404, { message: 'Unknown Message', code: 10008 }];
        if (type === InteractionResponseType.UpdateMessage) {
          const errors = validateMessage(data, 'edit');
          if (errors.length) return invalid(errors);
          this.editMessage(target, data);
        }
        message = target;
        it.originalId = target.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        if (it.type !== InteractionType.ApplicationCommandAutocomplete) return [400, { message: 'Not an autocomplete interaction', code: 50035 }];
        const errors = validateChoices(data.choices);
        if (errors.length) return invalid(errors);
        break;
      }
      default:
        return [400, { message: `Unsupported callback type ${type}`, code: 50035 }];
    }
    it.acked = true;
    it.callbackType = type;
    if (!withResponse) return [204, undefined];
    return [200, {
      interaction: { id: it.id, type: it.type, activity_instance_id: null, response_message_id: message?.id ?? null, response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource, response_message_ephemeral: !!(message && message.flags & MessageFlags.Ephemeral) },
      resource: message ? { type, message } : { type },
    }];
  }

  private putCommands(method: string, body: any, guildId: string | undefined): [number, unknown] {
    const current = () => (guildId ? this.commands.guild.get(guildId) ?? [] : this.commands.global);
    if (method === 'GET') return [200, current()];
    if (method !== 'PUT') return [405, { message: '405: Method Not Allowed', code: 0 }];
    const errors = validateCommands(body);
    if (errors.length) return invalid(errors);
    const stored = (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: this.appId, version: snowflake(), type: c.type ?? 1, guild_id: guildId }));
    if (guildId) this.commands.guild.set(guildId, stored);
    else this.commands.global = stored;
    return [200, stored];
  }
}

function textChannel(id: string, guildId: string) {
  return {
    id, type: ChannelType.GuildText, guild_id: guildId, name: 'general', position: 0,
    permission_overwrites: [], topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, parent_id: null, flags: 0,
  };
}

function invalid(errors: string[]): [number, unknown] {
  return [400, { message: 'Invalid Form Body', code: 50035, errors: { _fake: errors } }];
}

/** `/interactions/123/tok/callback` → `/interactions/:id/:token/callback`. */
export function routeOf(path: string): string {
  return path
    .split('/')
    .map((seg) => (/^\d{5,}$/.test(seg) ? ':id' : /^itk_/.test(seg) ? ':token' : seg))
    .join('/');
}
