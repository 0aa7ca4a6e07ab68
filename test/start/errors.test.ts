// An admin's first mistakes, through the real entry point (`npm start` / its script): each one
// ends the process with exit 1 and exactly one line on stderr naming the setting, with no stack
// and no secret, and nothing claims to be listening before the tokens work.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../fakes/slack/server.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'start-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const WRONG_BOT = 'xoxb-999-888-wrongbottoken';
const WRONG_APP = 'xapp-1-A1-wrongapptoken';
const GOOD_BOT = 'xoxb-111-222-goodbottoken';
const SECRET = 'errors-test-signing-secret';
const WRONG_DISCORD = 'MTE5.wrong-discord.bot-token-for-errors-test';
/** Never bound: these runs stop before listening (a port nobody uses, from the ephemeral range's far end). */
const FREE_PORT = '60999';

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `npm start` (or the same script through node) asynchronously, so an in-process fake can answer it. */
function run(env: Record<string, string>, o: { npm?: boolean; uid?: number; gid?: number } = {}): Promise<Run> {
  const base = { PATH: process.env.PATH!, HOME: process.env.HOME!, LOG_LEVEL: 'info', DATA_DIR: join(tmp, 'data') };
  const [cmd, args] = o.npm ? ['npm', ['start']] : [process.execPath, ['--import', 'tsx', 'adapters/start.ts']];
  const child = spawn(cmd, args as string[], { cwd: root, env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'], uid: o.uid, gid: o.gid });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => child.on('close', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr }))));
}

/** stderr without npm's own "> compute-tutor start" banner lines. */
const ownLines = (r: Run) => r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('>'));

function expectOneLine(r: Run, ...patterns: RegExp[]) {
  expect(r.code).toBe(1);
  const lines = ownLines(r);
  expect(lines, r.stderr).toHaveLength(1);
  for (const p of patterns) expect(lines[0]).toMatch(p);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
  expect(r.stderr).not.toMatch(/listening|connected/);
  for (const secret of [WRONG_BOT, WRONG_APP, GOOD_BOT, SECRET, WRONG_DISCORD]) expect(r.stderr + r.stdout).not.toContain(secret);
}

function busyPort(): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
  });
}

describe('Slack refuses a token', () => {
  it('a wrong SLACK_BOT_TOKEN (HTTP mode, npm start): one line naming it and what Slack said', async () => {
    const slack = await startFakeSlack({ refuseTokens: [WRONG_BOT] });
    try {
      const r = await run({ SLACK_BOT_TOKEN: WRONG_BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: FREE_PORT }, { npm: true });
      expectOneLine(r, /SLACK_BOT_TOKEN/, /invalid_auth/);
      expect(slack.callsTo('auth.test').length).toBeGreaterThan(0);
    } finally {
      await slack.close();
    }
  }, 60_000);

  it('a revoked SLACK_BOT_TOKEN in Socket Mode: the same, before any connection is opened', async () => {
    const slack = await startFakeSlack({ refuseTokens: [WRONG_BOT], refusal: 'token_revoked', socketUrl: () => 'ws://127.0.0.1:9/never' });
    try {
      const r = await run({ SLACK_BOT_TOKEN: WRONG_BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: 'xapp-1-A1-goodapptoken', SLACK_API_URL: slack.apiUrl, PORT: FREE_PORT });
      expectOneLine(r, /SLACK_BOT_TOKEN/, /token_revoked/);
      expect(slack.callsTo('apps.connections.open')).toHaveLength(0);
    } finally {
      await slack.close();
    }
  }, 60_000);

  it('a SLACK_APP_TOKEN that Slack refuses: one line naming it', async () => {
    const slack = await startFakeSlack({ refuseTokens: [WRONG_APP], socketUrl: () => 'ws://127.0.0.1:9/never' });
    try {
      const r = await run({ SLACK_BOT_TOKEN: GOOD_BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: WRONG_APP, SLACK_API_URL: slack.apiUrl, PORT: FREE_PORT });
      expectOneLine(r, /SLACK_APP_TOKEN/, /invalid_auth/);
    } finally {
      await slack.close();
    }
  }, 60_000);

  it('a PORT in use (HTTP and Socket Mode): names the port', async () => {
    const slack = await startFakeSlack({ socketUrl: () => 'ws://127.0.0.1:9/never' });
    const busy = await busyPort();
    const port = String((busy.address() as { port: number }).port);
    try {
      const http = await run({ SLACK_BOT_TOKEN: GOOD_BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: port });
      expectOneLine(http, new RegExp(`PORT ${port} is already in use`));
      const socket = await run({ SLACK_BOT_TOKEN: GOOD_BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: 'xapp-1-A1-goodapptoken', SLACK_API_URL: slack.apiUrl, PORT: port });
      expectOneLine(socket, new RegExp(`PORT ${port} is already in use`));
    } finally {
      busy.close();
      await slack.close();
    }
  }, 60_000);
});

describe('Discord refuses a token', () => {
  it('a wrong DISCORD_TOKEN (npm start): one line naming it and where to get the right one', async () => {
    const discord = await FakeDiscord.start();
    try {
      const r = await run({ DISCORD_TOKEN: WRONG_DISCORD, DISCORD_APP_ID: discord.appId, DISCORD_API_URL: discord.apiUrl }, { npm: true });
      expectOneLine(r, /^config: Discord refused DISCORD_TOKEN \(invalid token\)/, /Developer Portal/);
      expect(r.stderr).not.toContain('start failed');
      // Refused at Discord's door: the REST call was made with the wrong token, and no gateway session followed.
      expect(discord.requests.some((q) => !q.authorized)).toBe(true);
      expect(discord.identifies).toEqual([]);
    } finally {
      await discord.close();
    }
  }, 60_000);
});

describe('DATA_DIR problems name the setting, the path and what to do', () => {
  it('DATA_DIR is a file', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'not a directory');
    expectOneLine(await run({ DATA_DIR: file }), /DATA_DIR/, new RegExp(file), /is a file/);
  }, 60_000);

  it('DATA_DIR cannot be written (run as an unprivileged user)', async () => {
    // A read-only directory; root may write anywhere, so as root the process runs as "nobody".
    const dir = join(tmp, 'readonly');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    chmodSync(tmp, 0o755);
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const inside = await run({ DATA_DIR: dir, HOME: '/tmp' }, nobody);
    expectOneLine(inside, /DATA_DIR/, new RegExp(dir), /writable/);
    const below = await run({ DATA_DIR: join(dir, 'sub') }, nobody);
    expectOneLine(below, /DATA_DIR/, new RegExp(join(dir, 'sub')), /writable/);
  }, 60_000);

  // (Linux only: a path under /proc is one no directory can be made in; Node's recursive mkdir hung there.)
  it.skipIf(!existsSync('/proc/self'))('DATA_DIR where no directory can be made: one line, no hang', async () => {
    expectOneLine(await run({ DATA_DIR: '/proc/no-such-dir/data' }), /DATA_DIR/, /\/proc\/no-such-dir\/data/, /cannot create/);
  }, 60_000);

  it('a store file that is not a database, or is damaged: which file, and to move it aside', async () => {
    const notDb = join(tmp, 'notdb');
    mkdirSync(notDb);
    writeFileSync(join(notDb, 'tutor.db'), 'x'.repeat(5000));
    expectOneLine(await run({ DATA_DIR: notDb }), /not a SQLite database/, new RegExp(join(notDb, 'tutor.db')), /Move it aside/);

    const damaged = join(tmp, 'damaged');
    const file = join(damaged, 'tutor.db');
    await openSqliteStore(file).close(); // close is async: the schema must be in the file before it is damaged
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 200, 0x41), 0, size - 200, 100); // past the header: the schema pages
    closeSync(fd);
    expectOneLine(await run({ DATA_DIR: damaged }), /damaged/, new RegExp(file), /Move it aside/);
  }, 60_000);
});
