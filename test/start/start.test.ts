// `npm start` as an admin runs it: the real process, settings from the environment, the real Bolt
// against the local fake Slack, a clean exit on SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../fakes/slack/server.ts';
import { SlackSender } from '../fakes/slack/signing.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const TOKEN = 'xoxb-111-222-startsecrettoken';
const SECRET = 'start-test-signing-secret';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A clean environment: only what this test sets, so a developer's .env values don't leak in. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  return { ...base, ...extra };
}

const start = (e: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], { cwd: root, env: e, stdio: ['pipe', 'pipe', 'pipe'] });

describe('npm start', () => {
  it('starts Slack and Discord in one process, answers a Slack mention, and exits cleanly on SIGTERM', async () => {
    const slack = await startFakeSlack();
    const discord = await FakeDiscord.start();
    const port = await freePort();
    const child = start(
      env({
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: discord.appId,
        DISCORD_API_URL: discord.apiUrl,
      }),
    );
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    try {
      const deadline = Date.now() + 15_000;
      let healthy = false;
      while (!healthy && Date.now() < deadline) {
        healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
        if (!healthy) await new Promise((r) => setTimeout(r, 100));
      }
      expect(healthy).toBe(true);
      // The Discord client identified on the fake gateway with the configured token.
      await slack.waitFor(() => discord.identifies.length > 0, 15_000, 'a Discord IDENTIFY');
      expect(discord.identifies[0].token).toBe('[ok]');

      const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET);
      const res = await sender.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 도커가 뭐야?', ts: '1700000000.000100', channel: 'C1', event_ts: '1700000000.000100' }, { event_id: 'Ev1' });
      expect(res.status).toBe(200);
      const posted = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0], 10_000, 'the answer');
      expect(posted.args.thread_ts).toBe('1700000000.000100');
      expect(JSON.stringify(posted.args.blocks)).toContain('Docker');

      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const t0 = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(stderr).not.toContain('startsecrettoken');
      expect(stderr).not.toContain(SECRET);
      expect(stderr).not.toContain(discord.token);
    } finally {
      child.kill('SIGKILL');
      await slack.close();
      await discord.close();
    }
  });

  it('stops with one clear line naming a bad setting, without printing secrets', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
      cwd: root,
      env: env({ SLACK_BOT_TOKEN: 'xoxp-user-token-not-a-bot-token', SLACK_SIGNING_SECRET: SECRET }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/SLACK_BOT_TOKEN/);
    expect(r.stderr).not.toContain('xoxp-user-token');
  });

  it('an unreachable DATABASE_URL stops start-up with one line naming it, the password hidden', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
      cwd: root,
      env: env({ DATABASE_URL: 'postgres://tutor:hunter2-db-pw@127.0.0.1:1/tutor' }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store at postgres:\/\/tutor:\*\*\*@127\.0\.0\.1:1\/tutor/);
    expect(r.stderr).not.toContain('hunter2');
  });
});
