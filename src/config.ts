// .env → zod → a typed Config. Validated once at start-up; a bad value stops the process
// with one line naming the variable, and a secret's value is never printed.
import { z } from 'zod';

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
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  /** Seconds a channel-quiz question stays open. */
  QUIZ_CHANNEL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(5).max(3600).default(30)),
  /** Messages one user may send the bot per minute before a polite "slow down". */
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(10)),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  /** Serves the instructor dashboard when set; checked below (too short: no dashboard, not a stop). */
  DASHBOARD_TOKEN: opt(z.string()),
  DASHBOARD_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
  DASHBOARD_HOST: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('127.0.0.1')),
});

/** Shortest DASHBOARD_TOKEN accepted: anything shorter could be guessed. */
export const MIN_DASHBOARD_TOKEN = 16;

const SECRETS = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DASHBOARD_TOKEN']);

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
      ? { token: e.DISCORD_TOKEN, appId: e.DISCORD_APP_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL }
      : undefined,
    dataDir: e.DATA_DIR,
    quizChannelSeconds: e.QUIZ_CHANNEL_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
  };
}
