// `npm run dashboard` and `npm start` as an admin runs them: real processes, settings from the
// environment, the dashboard on a local port.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgres/store.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'dashboard-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const TOKEN = 'process-test-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Only what the test sets; dotenv never overrides a variable that is set, even empty, so a developer's .env cannot leak in. */
const run = (script: string, extra: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extra },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

const collect = (child: ChildProcess) => {
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += d));
  child.stderr!.on('data', (d) => (out.stderr += d));
  return out;
};
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

async function waitHealthy(port: number): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('starting the dashboard', () => {
  it('npm run dashboard without a token says so in one line and exits 1', async () => {
    const child = run('adapters/dashboard/main.ts', { DASHBOARD_TOKEN: '' });
    const out = collect(child);
    expect(await exited(child)).toBe(1);
    expect(out.stderr.trim()).toBe('config: DASHBOARD_TOKEN is not set: set it (at least 16 characters) in .env to serve the dashboard');
  }, 30_000);

  it('npm run dashboard serves the store in DATA_DIR on DASHBOARD_PORT, and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = run('adapters/dashboard/main.ts', { DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: String(port) });
    const out = collect(child);
    try {
      expect(await waitHealthy(port)).toBe(true);
      const csv = await fetch(`http://127.0.0.1:${port}/export/questions.csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(csv.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/export/questions.csv`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
    expect(out.stderr).toContain(`dashboard: serving http://127.0.0.1:${port}/`);
    expect(out.stderr).not.toContain(TOKEN);
  }, 40_000);

  it('npm start serves it beside the console chat; a short token gets one line and no dashboard', async () => {
    const port = await freePort();
    const child = run('adapters/start.ts', { DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: String(port) });
    const out = collect(child);
    expect(await waitHealthy(port)).toBe(true);
    child.stdin!.end('EC2가 뭐야?\n');
    // At the end of its input the console closes, and the dashboard with it.
    expect(await exited(child)).toBe(0);
    expect(out.stdout).toContain('EC2');

    const short = run('adapters/start.ts', { DASHBOARD_TOKEN: 'too-short', DASHBOARD_PORT: String(port) });
    const shortOut = collect(short);
    short.stdin!.end('EC2가 뭐야?\n');
    expect(await exited(short)).toBe(0);
    expect(shortOut.stderr).toContain('config: DASHBOARD_TOKEN (secret, value hidden) is too short');
    expect(shortOut.stderr).not.toContain('too-short');
    expect(shortOut.stdout).toContain('EC2');
  }, 60_000);
});

describe.skipIf(NO_PG)(`the dashboard over DATABASE_URL's PostgreSQL${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  const questionsCsv = async (port: number) =>
    (await fetch(`http://127.0.0.1:${port}/export/questions.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();

  it('npm run dashboard reads what the tutor logged in PostgreSQL, not the empty SQLite in DATA_DIR', async () => {
    const url = await createTestDatabase('dash');
    const store = await openPostgresStore(url);
    await store.logAnswer({ question: 'PG에만 있는 질문', answered: false, sectionId: null, score: 0, user: 'U', scope: 'T1', platform: 'slack', channel: 'C1' });
    await store.close();
    const port = await freePort();
    const child = run('adapters/dashboard/main.ts', { DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: String(port), DATABASE_URL: url });
    collect(child);
    try {
      expect(await waitHealthy(port)).toBe(true);
      expect(await questionsCsv(port)).toContain('PG에만 있는 질문');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
  }, 40_000);

  it('npm start: a question asked in the console shows on its own dashboard', async () => {
    const url = await createTestDatabase('dash');
    const port = await freePort();
    const child = run('adapters/start.ts', { DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: String(port), DATABASE_URL: url });
    const out = collect(child);
    expect(await waitHealthy(port)).toBe(true);
    expect(await questionsCsv(port)).not.toContain('EC2가 뭐야');
    child.stdin!.write('EC2가 뭐야?\n');
    const deadline = Date.now() + 15_000;
    let csv = '';
    while (Date.now() < deadline && !(csv = await questionsCsv(port)).includes('EC2가 뭐야')) await new Promise((r) => setTimeout(r, 200));
    expect(csv).toContain('EC2가 뭐야');
    child.stdin!.end();
    expect(await exited(child)).toBe(0);
    expect(out.stdout).toContain('EC2');
  }, 60_000);

  it('npm run dashboard with an unreachable DATABASE_URL: one line naming it, no password, exit 1', async () => {
    const child = run('adapters/dashboard/main.ts', { DASHBOARD_TOKEN: TOKEN, DATABASE_URL: 'postgres://tutor:dash-s3cret@127.0.0.1:1/tutor' });
    const out = collect(child);
    expect(await exited(child)).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store at postgres:\/\/tutor:\*\*\*@127\.0\.0\.1:1\/tutor: /);
    expect(out.stderr).not.toContain('dash-s3cret');
  }, 30_000);
});
