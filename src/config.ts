// .env → zod → a typed Config. Validated once at start-up; a bad value stops the process
// with one line naming the variable, and a secret's value is never printed.
import { z } from 'zod';
import { isPostgresUrl } from './store/postgres/url.ts';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const url = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');
/** A whole number in [min, max], with the range in its message (zod's own says "expected int, received number"). */
const intIn = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(emptyAsUndefined, z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }).default(fallback));
};

const schema = z.object({
  SLACK_BOT_TOKEN: opt(z.string().regex(/^xoxb-/, 'must start with xoxb-')),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, 'looks too short')),
  SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-/, 'must start with xapp-')),
  SLACK_API_URL: opt(url),
  PORT: intIn(1, 65535, 3000),
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
  QUIZ_CHANNEL_SECONDS: intIn(5, 3600, 30),
  /** Messages one user may send the bot per minute before a polite "slow down". */
  RATE_LIMIT_PER_MINUTE: intIn(1, 1000, 10),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' }).default('info')),
  /** Serves the instructor dashboard when set; checked below (too short: no dashboard, not a stop). */
  DASHBOARD_TOKEN: opt(z.string()),
  DASHBOARD_PORT: intIn(1, 65535, 8080),
  DASHBOARD_HOST: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('127.0.0.1')),
});

/** Shortest DASHBOARD_TOKEN accepted: anything shorter could be guessed. */
export const MIN_DASHBOARD_TOKEN = 16;

// DATABASE_URL carries the database password.
const SECRETS = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DASHBOARD_TOKEN', 'DATABASE_URL']);

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

export interface DashboardConfig {
  token: string;
  port: number;
  host: string;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Set when DASHBOARD_TOKEN is set and long enough. */
  dashboard?: DashboardConfig;
  /** Why the dashboard is not served although DASHBOARD_TOKEN is set (one line to print). */
  dashboardProblem?: string;
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
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const i of parsed.error.issues) {
      const name = String(i.path[0]);
      if (seen.has(name)) continue; // one line per setting
      seen.add(name);
      // zod messages never include the input value; a non-secret's value is shown so the admin sees what was read.
      const shown = SECRETS.has(name) ? '(secret, value hidden)' : `(${JSON.stringify(String(env[name] ?? '').slice(0, 60))})`;
      lines.push(`config: ${name} ${shown} is invalid: ${i.message}`);
    }
    throw new ConfigError(lines.join('\n'));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const half = (a: unknown, b: unknown) => (a === undefined) !== (b === undefined);
  if (half(e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET))
    problems.push('config: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set together to start Slack');
  else if (e.SLACK_APP_TOKEN && !e.SLACK_BOT_TOKEN)
    problems.push('config: SLACK_APP_TOKEN is set, but Slack also needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
  if (half(e.DISCORD_TOKEN, e.DISCORD_APP_ID))
    problems.push('config: DISCORD_TOKEN and DISCORD_APP_ID must be set together to start Discord');
  const shardIds = e.DISCORD_SHARD_IDS?.split(',').map((x) => Number(x.trim()));
  if (shardIds && e.DISCORD_SHARD_COUNT === undefined)
    problems.push('config: DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total number of shards across all instances)');
  const badShard = e.DISCORD_SHARD_COUNT === undefined ? undefined : shardIds?.find((id) => id >= e.DISCORD_SHARD_COUNT!);
  if (badShard !== undefined)
    problems.push(`config: DISCORD_SHARD_IDS is invalid: shard ${badShard} is not below DISCORD_SHARD_COUNT (${e.DISCORD_SHARD_COUNT}); shards are numbered from 0`);
  if (problems.length) throw new ConfigError(problems.join('\n'));
  const shards = e.DISCORD_SHARD_COUNT === undefined
    ? undefined
    : { count: e.DISCORD_SHARD_COUNT, ids: shardIds ?? Array.from({ length: e.DISCORD_SHARD_COUNT }, (_, i) => i) };
  const token = e.DASHBOARD_TOKEN?.trim();
  const tokenOk = token !== undefined && token.length >= MIN_DASHBOARD_TOKEN;
  return {
    dashboard: tokenOk ? { token, port: e.DASHBOARD_PORT, host: e.DASHBOARD_HOST } : undefined,
    dashboardProblem: token !== undefined && !tokenOk
      ? `config: DASHBOARD_TOKEN (secret, value hidden) is too short: use at least ${MIN_DASHBOARD_TOKEN} characters; the dashboard is not served`
      : undefined,
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
