// The console adapter: a terminal chat over the same facade as Slack and Discord, so anyone can
// try the tutor with no tokens. Lines starting with / are commands; while a quiz waits, a number
// answers it (other buttons get letters); otherwise a number presses a button of the last message
// that had some; anything else is a question (or a workload) — or a button's label typed out.
// In a terminal it is a REPL: a `> ` prompt, echo, line editing and history; replies are wrapped
// to the terminal's width.
import { createInterface, type Interface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Tutor, CommandName } from '../../src/tutor.ts';
import type { Action, ActionResult, Context, Reply } from '../../src/reply.ts';
import { renderConsole } from './render.ts';
import { wrap } from './wrap.ts';

const COMMANDS: Record<string, CommandName> = {
  ask: 'ask', quiz: 'quiz', pricing: 'pricing', leaderboard: 'leaderboard', stats: 'stats', help: 'help',
};

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  user?: string;
  /** A terminal (prompt, echo, editing, history, wrapping); default: whether input is a TTY. */
  terminal?: boolean;
}

/** Runs the chat until input ends; resolves when every pending reply has been written. */
export async function runConsole(tutor: Tutor, opts: ConsoleOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.terminal ?? Boolean((input as NodeJS.ReadStream).isTTY);
  const ctx: Context = { platform: 'console', scope: 'console', channel: 'console', user: opts.user ?? 'console-user', userName: opts.user ?? 'you' };
  const width = () => (interactive ? (output as NodeJS.WriteStream).columns : undefined);
  let rl: Interface | undefined;
  /** Buttons of the quiz question waiting for an answer (its choices, then stop/next). */
  let quizKeys: Action[] = [];
  /** Buttons of the last other message that had some. */
  let otherKeys: Action[] = [];
  /** Timed questions already handed to the scheduler, by their timer's action: one per question, however often re-rendered. */
  const tracked = new Set<string>();
  let busy = false;

  const write = (s: string): void => void output.write(wrap(s, width()) + '\n');

  const display = (reply: Reply) => {
    const r = renderConsole(reply, { letters: quizKeys.length > 0 && !(reply.actions ?? []).some((a) => a.group === 'choices') });
    write(r.text + '\n');
    if (r.quiz) quizKeys = r.keyed;
    else if (reply.kind.startsWith('quiz-')) {
      // The quiz moved past its question (a summary, a closed channel question): its numbers are free again.
      quizKeys = [];
      if (r.keyed.length) otherKeys = r.keyed;
    } else if (r.keyed.length) otherKeys = r.keyed;
  };
  // Timers (a channel question closing) run in the core's scheduler. This terminal is the only
  // place its messages can appear, so its jobs carry a sink name no other process registers.
  const sink = `console:${randomUUID().slice(0, 8)}`;
  // The terminal cannot edit what it printed: a timed question is named by its timer's action.
  const refOf = (reply: Reply) => {
    if (!reply.expires) return undefined;
    tracked.add(reply.expires.actionId);
    return { question: reply.expires.actionId };
  };
  tutor.scheduler.register(sink, {
    edit: async (_ref, reply) => aside(() => display(reply)),
    post: async (_ref, reply) => (aside(() => display(reply)), refOf(reply)),
  });
  const show = (reply: Reply) => {
    // The same open question re-rendered with a new answer count: nothing new to read in a terminal.
    if (reply.kind === 'quiz-question' && reply.expires && tracked.has(reply.expires.actionId)) return;
    display(reply);
    const ref = refOf(reply);
    if (ref) void tutor.scheduler.track(sink, reply, ctx, ref).catch((e: unknown) => aside(() => write(`오류가 났어요. (error: ${(e as Error).message})\n`)));
  };
  const showResult = (r: ActionResult) => {
    if (r.replace) show(r.replace);
    if (r.reply) show(r.reply);
  };

  /** Prints something that did not come from the current line without mangling the prompt and what is typed. */
  function aside(print: () => void) {
    if (!rl || !interactive || busy) return print();
    output.write('\r\x1b[2K');
    print();
    rl.prompt(true);
  }

  async function press(action: Action) {
    showResult(await tutor.act(action.id, ctx));
  }

  async function handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    const num = /^\d{1,2}$/.test(text) ? Number(text) : undefined;
    if (num !== undefined && (quizKeys.length || otherKeys.length)) {
      const keys = quizKeys.length ? quizKeys : otherKeys;
      const action = keys[num - 1];
      if (!action) return write(`(1–${keys.length} 중에서 골라 주세요 / choose 1–${keys.length})\n`);
      return press(action);
    }
    const letter = quizKeys.length && /^[a-z]$/i.test(text) ? otherKeys['abcdefghijklmnopqrstuvwxyz'.indexOf(text.toLowerCase())] : undefined;
    if (letter) return press(letter);
    const cmd = /^\/(\w+)\s*([\s\S]*)$/.exec(text);
    if (cmd) {
      const name = COMMANDS[cmd[1].toLowerCase()];
      if (!name) return write(`알 수 없는 명령입니다: /${cmd[1]} — help 를 입력해 보세요. (unknown command; type help)\n`);
      return show(await tutor.command(name, cmd[2], ctx));
    }
    if (/^(help|도움말|\?)$/i.test(text)) return show(await tutor.command('help', '', ctx));
    show(await tutor.handle(text, ctx));
  }

  rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, historySize: 200 });
  // Start collecting lines now: input piped in while the store is read must not be lost.
  const lines = rl[Symbol.asyncIterator]();
  if (interactive) write('모듈 6: 컴퓨팅 튜터 — 질문을 입력하거나 help 를 입력하세요. 끝내려면 Ctrl-D.\n');
  // The quiz is in the store: after a restart the learner is offered to continue it.
  const unfinished = await tutor.quiz.resume(ctx);
  if (unfinished) show(unfinished);
  if (interactive) {
    rl.setPrompt('> ');
    rl.prompt();
  }
  // Lines are handled one at a time, in order, even when piped in faster than answered.
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    busy = true;
    try {
      await handleLine(line);
    } catch (e) {
      write(`오류가 났어요. 다시 시도해 주세요. (error: ${(e as Error).message})\n`);
    }
    busy = false;
    if (interactive) rl.prompt();
  }
  tutor.scheduler.unregister(sink);
}
