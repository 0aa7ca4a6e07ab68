// Bolt's logger interface, backed by ours: Bolt's own messages then go through the same
// level filter and token masking as everything else we log.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

export function boltLogger(log: Logger, initial: LogLevel): BoltLogger {
  let level = initial;
  const fmt = (m: unknown[]) => m.map((x) => (typeof x === 'string' ? x : x instanceof Error ? x.message : stringify(x))).join(' ');
  return {
    debug: (...m: unknown[]) => log.debug(`slack(bolt): ${fmt(m)}`),
    info: (...m: unknown[]) => log.info(`slack(bolt): ${fmt(m)}`),
    warn: (...m: unknown[]) => log.warn(`slack(bolt): ${fmt(m)}`),
    error: (...m: unknown[]) => log.error(`slack(bolt): ${fmt(m)}`),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** JSON for a log line; a circular or otherwise unserialisable value must not make logging throw inside Bolt. */
function stringify(x: unknown): string {
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return String(x);
  }
}
