// .env → zod → a typed Config. Validated once at start-up; a bad value stops the process
// with one line naming the variable, and a secret's value is never printed.
import { z } from 'zod';
import { isPostgresUrl } from './store/postgres/url.ts';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const url = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

const schema = z.object({
  SLACK_BOT_TOKEN: opt(z.string().regex(/^xoxb-/, 'must start with xoxb-')),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, 'looks too short')),
  SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-/, 'must start with xapp-')),
  SLACK_API_URL: opt(url),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  DISCORD_TOKEN: opt(z.string().min(20, 'looks too short')),
  DISCORD_APP_ID: opt(z.string().regex(/^\d{5,25}$/, 'must be a numeric application id')),
  DISCORD_GUILD_ID: opt(z.string().regex(/^\d{5,25}$/, 'must be a numeric server id')),
  DISCORD_API_URL: opt(url),
  /** Total shards across every instance (Discord requires sharding from 2,500 servers). */
  DISCORD_SHARD_COUNT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
  /** This instance's shards, e.g. "0,1" (default: all of DISCORD_SHARD_COUNT). */
  DISCORD_SHARD_IDS: opt(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be shard numbers separated by commas, e.g. 0,1')),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  /** When set, the store is this PostgreSQL database (shared by every instance) instead of SQLite in DATA_DIR. */
  DATABASE_URL: opt(z.string().refine(isPostgresUrl, 'must be a postgres:// URL, e.g. postgres://tutor:password@db:5432/tutor')),
  /** Seconds a channel-quiz question stays open. */
  QUIZ_CHANNEL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(5).max(3600).default(30)),
  /** Messages one user may send the bot per minute before a polite "slow down". */
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(10)),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
});

// DATABASE_URL carries the database password.
const SECRETS = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DATABASE_URL']);

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  /** discord.js's own sharding: this instance runs `ids` of `count` shards (absent: one shard). */
  shards?: { count: number; ids: number[] };
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  dataDir: string;
  /** PostgreSQL instead of SQLite in dataDir. */
  databaseUrl?: string;
  quizChannelSeconds: number;
  rateLimitPerMinute: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {}

/** Reads config from an env object (process.env after dotenv). Throws ConfigError with one line per bad variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      // zod messages never include the input value, so secrets stay out of the log.
      return `config: ${name} ${SECRETS.has(name) ? '(secret, value hidden) ' : ''}is invalid: ${i.message}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const e = parsed.data;
  const half = (a: unknown, b: unknown) => (a === undefined) !== (b === undefined);
  if (half(e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET))
    throw new ConfigError('config: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set together to start Slack');
  if (half(e.DISCORD_TOKEN, e.DISCORD_APP_ID))
    throw new ConfigError('config: DISCORD_TOKEN and DISCORD_APP_ID must be set together to start Discord');
  const shardIds = e.DISCORD_SHARD_IDS?.split(',').map((x) => Number(x.trim()));
  if (shardIds && e.DISCORD_SHARD_COUNT === undefined)
    throw new ConfigError('config: DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total number of shards across all instances)');
  const badShard = shardIds?.find((id) => id >= e.DISCORD_SHARD_COUNT!);
  if (badShard !== undefined)
    throw new ConfigError(`config: DISCORD_SHARD_IDS is invalid: shard ${badShard} is not below DISCORD_SHARD_COUNT (${e.DISCORD_SHARD_COUNT}); shards are numbered from 0`);
  const shards = e.DISCORD_SHARD_COUNT === undefined
    ? undefined
    : { count: e.DISCORD_SHARD_COUNT, ids: shardIds ?? Array.from({ length: e.DISCORD_SHARD_COUNT }, (_, i) => i) };
  return {
    slack: e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL, port: e.PORT }
      : undefined,
    discord: e.DISCORD_TOKEN && e.DISCORD_APP_ID
      ? { token: e.DISCORD_TOKEN, appId: e.DISCORD_APP_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL, ...(shards ? { shards } : {}) }
      : undefined,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    quizChannelSeconds: e.QUIZ_CHANNEL_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
  };
}
