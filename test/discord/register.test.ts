// `npm run discord:register` against the fake: guild or global (never both), exactly the five
// command names, Korean and English descriptions, typed options; the script exits by itself.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { main, registerCommands } from '../../adapters/discord/register.ts';
import { createLogger } from '../../src/log.ts';
import { ConfigError } from '../../src/config.ts';
import { startDiscord } from '../../adapters/discord/client.ts';
import { createTutor } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const puts = () => fake.requests.filter((r) => r.method === 'PUT');
const GUILD_ROUTE = '/applications/:id/guilds/:id/commands';
const GLOBAL_ROUTE = '/applications/:id/commands';

/** Runs the real `npm run discord:register` with only the given environment. */
function runScript(env: Record<string, string>): Promise<{ code: number | null; out: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'discord:register'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, out, ms: Date.now() - t0 });
    });
  });
}

describe('command definitions', () => {
  test('guild registration: the five names, localized descriptions, typed options', async () => {
    const log = createLogger('error', () => undefined);
    const res = await registerCommands({ token: fake.token, appId: fake.appId, guildId: fake.guildId, apiUrl: fake.apiUrl }, log, { retries: 0 });
    expect(res).toEqual({ scope: 'guild', names: ['ask', 'quiz', 'leaderboard', 'stats', 'pricing'] });
    expect(puts().map((r) => r.route)).toEqual([GUILD_ROUTE]);
    expect(puts()[0].authorized).toBe(true);
    expect(puts()[0].status).toBe(200); // the fake validates names, lengths, locales and option order like Discord
    const cmds = fake.commands.guild.get(fake.guildId)!;
    for (const c of cmds) {
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description_localizations.ko).toMatch(/[가-힣]/);
      expect(c.description_localizations['en-US']).toBe(c.description);
      expect(c.name_localizations ?? null).toBeNull(); // names stay exactly as outside tools expect
      for (const o of c.options ?? []) expect(o.description_localizations.ko).toMatch(/[가-힣]/);
    }
    const byName = Object.fromEntries(cmds.map((c: any) => [c.name, c]));
    expect(byName.ask.options).toMatchObject([{ name: 'question', type: 3, required: true }]);
    const quiz = byName.quiz.options;
    expect(quiz.map((o: any) => [o.name, o.type, !!o.required])).toEqual([['topic', 3, false], ['count', 4, false], ['mode', 3, false]]);
    expect(quiz[0].autocomplete).toBe(true);
    expect(quiz[2].choices.map((c: any) => c.value)).toEqual(['solo', 'channel', 'review']);
    expect(quiz[2].choices.every((c: any) => /[가-힣]/.test(c.name_localizations.ko))).toBe(true);
    expect(byName.leaderboard.options[0].choices.map((c: any) => c.value)).toEqual(['all', 'week']);
    expect(byName.stats.options ?? []).toEqual([]);
    expect(byName.pricing.options).toMatchObject([{ name: 'workload', type: 3 }]);
    expect(byName.pricing.options[0].required ?? false).toBe(false); // empty → guided mode
  });
});

describe('npm run discord:register', () => {
  test('without DISCORD_GUILD_ID it registers globally only, and exits by itself', async () => {
    const before = puts().length;
    const { code, out, ms } = await runScript({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_GUILD_ID: '', DISCORD_API_URL: fake.apiUrl });
    expect(code, out).toBe(0);
    expect(ms).toBeLessThan(25_000); // exits by itself: no open gateway, no timers
    expect(puts().slice(before).map((r) => r.route)).toEqual([GLOBAL_ROUTE]);
    expect(fake.commands.global.map((c) => c.name)).toEqual(['ask', 'quiz', 'leaderboard', 'stats', 'pricing']);
    expect(out).toMatch(/globally/);
    expect(out).not.toContain(fake.token);
  });

  test('with DISCORD_GUILD_ID it registers to that server only (same entry point, in process)', async () => {
    const before = puts().length;
    const lines: string[] = [];
    const code = await main({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl }, createLogger('info', (l) => lines.push(l)));
    expect(code, lines.join('\n')).toBe(0);
    expect(puts().slice(before).map((r) => r.route)).toEqual([GUILD_ROUTE]);
    expect(lines.join('\n')).toMatch(new RegExp(`to server ${fake.guildId}`));
    expect(lines.join('\n')).not.toContain(fake.token);
  });

  test('--clear empties only the selected scope', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl };
    expect(await main(env, createLogger('error', () => undefined), ['--clear'])).toBe(0);
    expect(fake.commands.guild.get(fake.guildId)).toEqual([]);
    expect(fake.commands.global.map((c) => c.name)).toEqual(['ask', 'quiz', 'leaderboard', 'stats', 'pricing']);
  });

  test('missing or bad settings: a one-line error and exit code 2, no request', async () => {
    const before = fake.requests.length;
    const lines: string[] = [];
    expect(await main({ DISCORD_API_URL: fake.apiUrl }, createLogger('info', (l) => lines.push(l)))).toBe(2);
    expect(await main({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: 'not-a-number', DISCORD_API_URL: fake.apiUrl }, createLogger('info', (l) => lines.push(l)))).toBe(2);
    expect(lines.join('\n')).toMatch(/DISCORD_TOKEN/);
    expect(lines.join('\n')).toMatch(/DISCORD_APP_ID/);
    expect(lines.join('\n')).not.toContain(fake.token);
    expect(fake.requests.length).toBe(before);
  });
});

describe('startDiscord', () => {
  test('a wrong token fails fast with a clean error that does not contain the token', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:') });
    const lines: string[] = [];
    const token = 'WRONG.' + 'x'.repeat(30) + '.token';
    const started = startDiscord(tutor, { token, appId: fake.appId, apiUrl: fake.apiUrl }, { log: createLogger('debug', (l) => lines.push(l)), rest: { retries: 0 }, readyTimeoutMs: 5_000 });
    await expect(started).rejects.toThrow(/^config: Discord refused DISCORD_TOKEN \(invalid token\)/);
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await started.catch((err: Error) => expect(err.message).not.toContain(token));
    expect(lines.join('\n')).not.toContain(token);
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && !r.authorized && r.status === 401)).toBe(true);
    await tutor.close();
  });
});
