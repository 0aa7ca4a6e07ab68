// The console chat through `npm start` with no tokens: piped input, answers, exit at end of input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runConsole } from '../../adapters/console/console.ts';
import { createTutor } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

const root = join(import.meta.dirname, '../..');

/** Feeds lines to the console adapter and collects what it prints. */
async function chat(lines: string[]): Promise<string> {
  const tutor = createTutor({ store: openSqliteStore(':memory:') });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  const done = runConsole(tutor, { input, output });
  input.end(lines.join('\n') + '\n');
  await done;
  await tutor.close();
  return text;
}

describe('console adapter', () => {
  it('npm start with no tokens answers piped questions with a citation and exits', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tutor-data-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      for (const k of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DISCORD_APP_ID']) delete env[k];
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['adapters/start.ts'], { cwd: root, env, input: 'EC2가 뭐야?\n', encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/📖 §2\.\d/);
      expect(r.stdout).toMatch(/Elastic Compute Cloud/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('shows help, presses buttons by number, and says when a command is unknown', async () => {
    const out = await chat(['help', '도커가 뭐야', '1', '/nope']);
    expect(out).toMatch(/\/quiz/); // help text
    expect(out).toMatch(/📖 §4\.2 Docker란\?/);
    expect(out).toMatch(/== §4\.2 Docker란\? ==/); // button 1 = the whole section
    expect(out).toMatch(/알 수 없는 명령/);
  });

  it('stays alive on odd input', async () => {
    const out = await chat(['', '   ', '\u0000\u0007', '🙂🙂', '<@U123> *스팟*', '99']);
    expect(out).toMatch(/스팟/);
  });
});

describe('console adapter timers', () => {
  it('a channel question closes by itself through the core scheduler, and the next question follows', async () => {
    const tutor = createTutor({ store: openSqliteStore(':memory:'), quizChannelSeconds: 1, schedulerPollMs: 50 });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d));
    const done = runConsole(tutor, { input, output });
    input.write('/quiz channel 3.3 2\n');
    await expect.poll(() => text, { timeout: 5_000 }).toMatch(/채널 퀴즈 2\/2/);
    expect(text).toMatch(/채널 퀴즈 1\/2 · 마감/);
    input.end();
    await done;
    await tutor.close();
  });
});
