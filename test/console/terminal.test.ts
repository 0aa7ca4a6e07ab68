// The console in a real terminal (a pseudo-terminal): a prompt, the typed text echoed, line
// editing and history, a quiz that survives questions typed mid-quiz and a restart, and replies
// wrapped to the terminal's width.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayWidth } from '../../adapters/console/wrap.ts';
import { startPty, type Pty } from './pty.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'console-pty-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const UP = '\x1b[A';
const BACKSPACE = '\x7f';
const PROMPT = /\n> $/;

/** Types a line and waits until the answer is printed and the prompt is back. */
async function say(pty: Pty, line: string, expected: RegExp = PROMPT): Promise<string> {
  pty.mark();
  pty.type(line + '\r');
  await pty.waitFor(expected);
  return pty.waitFor(PROMPT);
}

describe('the console in a terminal', () => {
  it('prompts, echoes what is typed, edits the line and recalls history', async () => {
    const pty = startPty({ DATA_DIR: join(dataDir, 'editing') });
    try {
      await pty.waitFor(/> $/);
      pty.mark();
      pty.type('도커가 뭐야');
      // Echo: the text appears before Enter is pressed.
      await pty.waitFor(/도커가 뭐야$/);
      // Line editing: the whole line rubbed out and another typed; only the second is asked.
      pty.type(BACKSPACE.repeat('도커가 뭐야'.length) + '스팟 인스턴스는 언제 써?\r');
      const first = await pty.waitFor(/== §3\.3[\s\S]*\n> $/);
      expect(first.slice(first.indexOf('== '))).not.toMatch(/Docker|도커/);
      pty.mark();
      pty.type(UP);
      await pty.waitFor(/스팟 인스턴스는 언제 써\?$/); // history brings the line back
      pty.type('\r');
      await pty.waitFor(/== §3\.3[\s\S]*\n> $/);
      pty.type('\x04'); // Ctrl-D ends the chat
      expect(await pty.exited()).toBe(0);
    } finally {
      pty.kill();
    }
  }, 90_000);

  it('plays a quiz: each thing shown once, a question mid-quiz keeps it, a number answers; after a restart it is offered again', async () => {
    const dir = join(dataDir, 'quiz');
    let pty = startPty({ DATA_DIR: dir }, 70);
    try {
      await pty.waitFor(/> $/);
      const q1 = await say(pty, '/quiz', /\[5\] 그만하기/);
      const choice1 = /\n1\. (.+)\n/.exec(q1)![1];
      // Each choice once: in the question, not again as a button. (Its whole text: choices of one
      // item may share their first words, "온디맨드 인스턴스는 …".)
      expect(q1.split(`1. ${choice1}`).length - 1).toBe(1);
      expect(q1).not.toMatch(new RegExp(`\\[\\d\\]\\s*${choice1.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(q1).not.toContain('📖');

      // A question typed mid-quiz is answered; its buttons take letters, the numbers stay the quiz's.
      const mid = await say(pty, '스팟 인스턴스는 언제 써?', /📖 §3/);
      expect(mid).toMatch(/\[a\] /);
      const r1 = await say(pty, '1', /[✅❌]/);
      expect(r1).toMatch(/문제 2\/5/);
      // The citation of the explanation comes before the next question, not under it.
      const [result, next] = r1.split('──────────');
      expect(result).toMatch(/📖 §/);
      expect(next).not.toMatch(/📖/);
      // Every printed line fits the 70-column terminal.
      for (const line of r1.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(70);

      pty.type('\x04');
      expect(await pty.exited()).toBe(0);

      // Restart on the same DATA_DIR: the unfinished quiz is offered, and "2" answers it.
      pty = startPty({ DATA_DIR: dir }, 70);
      const offered = await pty.waitFor(/끝나지 않은 퀴즈[\s\S]*\[5\] 그만하기[\s\S]*> $/);
      expect(offered).toMatch(/문제 2\/5/);
      const r2 = await say(pty, '2', /[✅❌]/);
      expect(r2).toMatch(/문제 3\/5/);
      // The stop button's label works typed out.
      const summary = await say(pty, '그만하기', /퀴즈 결과/);
      expect(summary).toMatch(/점수 \d\/5/);
      // The score once: no field lines repeating it.
      expect(summary).not.toMatch(/^\s+(점수|포인트):/m);
      pty.type('\x04');
      expect(await pty.exited()).toBe(0);
    } finally {
      pty.kill();
    }
  }, 120_000);
});
