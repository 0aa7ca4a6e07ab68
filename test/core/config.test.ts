import { describe, expect, it } from 'vitest';
import { readConfig, ConfigError } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';

describe('config', () => {
  it('defaults to the console when no tokens are set, treating empty values as unset', () => {
    const c = readConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' });
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
    expect(c.dataDir).toBe('./data');
    expect(c.slack?.port ?? 3000).toBe(3000);
  });

  it('starts Slack with both settings, Socket Mode with an app token', () => {
    const c = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secretsecret', SLACK_APP_TOKEN: 'xapp-1-x', PORT: '4001' });
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1-2-abc', appToken: 'xapp-1-x', port: 4001 });
  });

  it('names the bad variable in one line and never prints a secret', () => {
    const secret = 'xoxp-this-is-a-user-token-not-a-bot-token';
    let message = '';
    try {
      readConfig({ SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 'secretsecret' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^config: SLACK_BOT_TOKEN .*must start with xoxb-$/);
    expect(message).not.toContain(secret);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ DISCORD_TOKEN: 'x'.repeat(30) })).toThrow(/DISCORD_TOKEN and DISCORD_APP_ID/);
  });

  it('says one line per bad setting, with the value read (never a secret) and what is allowed', () => {
    const lines = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (e) {
        return (e as Error).message.split('\n');
      }
      throw new Error('expected a ConfigError');
    };
    expect(lines({ PORT: '3000.5', QUIZ_CHANNEL_SECONDS: '1', LOG_LEVEL: 'verbose' })).toEqual([
      'config: PORT ("3000.5") is invalid: must be a whole number from 1 to 65535',
      'config: QUIZ_CHANNEL_SECONDS ("1") is invalid: must be a whole number from 5 to 3600',
      'config: LOG_LEVEL ("verbose") is invalid: must be one of debug, info, warn, error',
    ]);
    expect(lines({ SLACK_APP_TOKEN: 'xapp-1-abc' })).toEqual(['config: SLACK_APP_TOKEN is set, but Slack also needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET']);
  });

  it('masks tokens that reach the logger', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).error('failed with xoxb-123-456-secretvalue');
    expect(lines[0]).not.toContain('secretvalue');
  });

  it('DATABASE_URL: a postgres:// URL selects PostgreSQL; anything else is named without echoing it', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: 'postgres://tutor:pw@db:5432/tutor' }).databaseUrl).toBe('postgres://tutor:pw@db:5432/tutor');
    expect(readConfig({ DATABASE_URL: 'postgresql://db/tutor' }).databaseUrl).toBe('postgresql://db/tutor');
    const bad = 'mysql://tutor:topsecret@db/tutor';
    let message = '';
    try {
      readConfig({ DATABASE_URL: bad });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^config: DATABASE_URL \(secret, value hidden\) is invalid: must be a postgres:\/\/ URL/);
    expect(message).not.toContain('topsecret');
  });

  it('Discord shards: a count alone runs every shard here; ids pick this instance\'s share; bad ids are named', () => {
    const base = { DISCORD_TOKEN: 'x'.repeat(30), DISCORD_APP_ID: '123456789' };
    expect(readConfig(base).discord?.shards).toBeUndefined();
    expect(readConfig({ ...base, DISCORD_SHARD_COUNT: '3' }).discord?.shards).toEqual({ count: 3, ids: [0, 1, 2] });
    expect(readConfig({ ...base, DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '2, 3' }).discord?.shards).toEqual({ count: 4, ids: [2, 3] });
    expect(() => readConfig({ ...base, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '2' })).toThrow(/^config: DISCORD_SHARD_IDS is invalid: shard 2 is not below DISCORD_SHARD_COUNT \(2\)/);
    expect(() => readConfig({ ...base, DISCORD_SHARD_IDS: '0' })).toThrow(/DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT/);
    expect(() => readConfig({ ...base, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: 'one' })).toThrow(/^config: DISCORD_SHARD_IDS .*separated by commas/);
  });
});
