// A real `npm start` process (adapters/start.ts under tsx) for the multi-instance tests: only the
// environment the test gives it, its stderr kept for failure messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface Instance {
  child: ChildProcess;
  /** Everything it wrote to stderr so far (the logger's lines). */
  log(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `npm start` with `env` (plus PATH and HOME) and resolves once `ready` says so; rejects
 * with its log if it exits or is not ready within `timeoutMs`. Started processes go in `children`.
 */
export async function startInstance(
  env: Record<string, string>,
  ready: (inst: Instance) => boolean | Promise<boolean>,
  children: ChildProcess[],
  timeoutMs = 30_000,
): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  const inst: Instance = { child, log: () => log };
  const deadline = Date.now() + timeoutMs;
  while (!(await ready(inst))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`instance did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return inst;
}
