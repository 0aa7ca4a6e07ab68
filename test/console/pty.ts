// The console as a person uses it: `npm start`'s script in a real pseudo-terminal (util-linux
// `script`), keys typed into it, the screen read back. Waits are explicit: until the screen
// shows what is expected, or a deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Terminal output without escape sequences and carriage returns. */
export const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][0-9A-Za-z]/g, '').replace(/\r/g, '');

export interface Pty {
  child: ChildProcess;
  /** Everything printed so far, raw. */
  raw(): string;
  /** Everything printed since `mark()`, escape sequences removed. */
  screen(): string;
  mark(): void;
  type(keys: string): void;
  /** Resolves with the screen once `pattern` shows (counting from the mark), rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
  exited(): Promise<number | null>;
  kill(): void;
}

export function startPty(env: Record<string, string>, cols = 80): Pty {
  const cmd = `stty cols ${cols} rows 50; exec node --import tsx adapters/start.ts`;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, TERM: 'xterm', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let from = 0;
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d) => {
    out += d;
    for (const l of listeners) l();
  });
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    raw: () => out,
    screen: () => plain(out.slice(from)),
    mark() {
      from = out.length;
    },
    type(keys) {
      child.stdin!.write(keys);
    },
    waitFor(pattern, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const s = plain(out.slice(from));
          if (!pattern.test(s)) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(s);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`pty: no ${pattern} within ${ms} ms; screen:\n${plain(out.slice(from))}`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
    exited: () => exit,
    kill() {
      child.kill('SIGKILL');
    },
  };
}
