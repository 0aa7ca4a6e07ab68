// The console adapter: a terminal chat over the same facade as Slack and Discord, so anyone can
// try the tutor with no tokens. Lines starting with / are commands; a number presses a button
// of the last message that had buttons; anything else is a question (or a workload).
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Tutor, CommandName } from '../../src/tutor.ts';
import type { Action, ActionResult, Context, Reply } from '../../src/reply.ts';
import { renderConsole } from './render.ts';

const COMMANDS: Record<string, CommandName> = {
  ask: 'ask', quiz: 'quiz', pricing: 'pricing', leaderboard: 'leaderboard', stats: 'stats', help: 'help',
};

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  user?: string;
}

/** Runs the chat until input ends; resolves when every pending reply has been written. */
export async function runConsole(tutor: Tutor, opts: ConsoleOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = input === process.stdin && process.stdin.isTTY;
  const ctx: Context = { platform: 'console', scope: 'console', channel: 'console', user: opts.user ?? 'console-user', userName: opts.user ?? 'you' };
  const write = (s: string): void => void output.write(s + "\n");
  let buttons: Action[] = [];

  const display = (reply: Reply) => {
    const { text, numbered } = renderConsole(reply);
    write(text + '\n');
    if (numbered.length) buttons = numbered;
  };
  // Timers (a channel question closing) run in the core's scheduler. This terminal is the only
  // place its messages can appear, so its jobs carry a sink name no other process registers.
  const sink = `console:${randomUUID().slice(0, 8)}`;
  // The terminal cannot edit what it printed: a timed question is named by its timer's action.
  const refOf = (reply: Reply) => (reply.expires ? { question: reply.expires.actionId } : undefined);
  tutor.scheduler.register(sink, { edit: async (_ref, reply) => display(reply), post: async (_ref, reply) => (display(reply), refOf(reply)) });
  const show = (reply: Reply) => {
    display(reply);
    if (reply.expires) void tutor.scheduler.track(sink, reply, ctx, refOf(reply)).catch((e: unknown) => write(`오류가 났어요. (error: ${(e as Error).message})\n`));
  };
  const showResult = (r: ActionResult) => {
    if (r.replace) show(r.replace);
    if (r.reply) show(r.reply);
  };

  async function handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (/^\d{1,2}$/.test(text) && buttons.length) {
      const action = buttons[Number(text) - 1];
      if (!action) return write(`(1–${buttons.length} 중에서 골라 주세요 / choose 1–${buttons.length})\n`);
      return showResult(await tutor.act(action.id, ctx));
    }
    const cmd = /^\/(\w+)\s*([\s\S]*)$/.exec(text);
    if (cmd) {
      const name = COMMANDS[cmd[1].toLowerCase()];
      if (!name) return write(`알 수 없는 명령입니다: /${cmd[1]} — help 를 입력해 보세요. (unknown command; type help)\n`);
      return show(await tutor.command(name, cmd[2], ctx));
    }
    if (/^(help|도움말|\?)$/i.test(text)) return show(await tutor.command('help', '', ctx));
    show(await tutor.handle(text, ctx));
  }

  const rl = createInterface({ input, terminal: interactive });
  if (interactive) {
    write('모듈 6: 컴퓨팅 튜터 — 질문을 입력하거나 help 를 입력하세요. 끝내려면 Ctrl-D.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  // Lines are handled one at a time, in order, even when piped in faster than answered.
  for await (const line of rl) {
    try {
      await handleLine(line);
    } catch (e) {
      write(`오류가 났어요. 다시 시도해 주세요. (error: ${(e as Error).message})\n`);
    }
    if (interactive) rl.prompt();
  }
  tutor.scheduler.unregister(sink);
}
