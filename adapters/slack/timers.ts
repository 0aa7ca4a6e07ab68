// The core's `Reply.expires` timers (channel quizzes): at `atMs` the message's question closes.
// At most one timer per message; what happens when it fires is the caller's `onExpire`.
import type { Logger } from '../../src/log.ts';
import type { Reply } from '../../src/reply.ts';
import type { Inflight } from './inflight.ts';

export interface ExpiryTimers {
  /**
   * Keeps the timer of message `key` in step with its latest `expires`: arms it, keeps it (same
   * question re-rendered), re-arms it, or cancels it (the message no longer expires).
   */
  sync(key: string, expires: Reply['expires'], onExpire: (actionId: string) => Promise<void>): void;
  /** Cancels every timer; later `sync` calls arm nothing. */
  stop(): void;
}

export function createExpiryTimers(opts: { log: Logger; now: () => number; inflight: Inflight }): ExpiryTimers {
  const { log, now, inflight } = opts;
  const timers = new Map<string, { timer: NodeJS.Timeout; atMs: number }>();
  /** Message key → the action id of the timer that will replace it. */
  const messageTimer = new Map<string, string>();
  let stopped = false;

  return {
    sync(key, exp, onExpire) {
      // A message replaced by something without this timer (closed early, "next"): its timer is moot.
      const previous = messageTimer.get(key);
      if (previous && previous !== exp?.actionId) {
        const t = timers.get(previous);
        if (t) clearTimeout(t.timer);
        timers.delete(previous);
        messageTimer.delete(key);
      }
      if (!exp || stopped) return;
      messageTimer.set(key, exp.actionId);
      const old = timers.get(exp.actionId);
      if (old && old.atMs === exp.atMs) return; // the same question re-rendered (a live answer count): keep its timer
      if (old) clearTimeout(old.timer);
      const delay = Math.min(Math.max(0, exp.atMs - now()), 2 ** 31 - 1);
      const timer = setTimeout(() => {
        timers.delete(exp.actionId);
        messageTimer.delete(key);
        if (stopped) return;
        void inflight.track(
          (async () => {
            try {
              await onExpire(exp.actionId);
            } catch (err) {
              log.error(`slack: timer ${exp.actionId} failed`, err);
            }
          })(),
        );
      }, delay);
      timers.set(exp.actionId, { timer, atMs: exp.atMs });
    },
    stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t.timer);
      timers.clear();
      messageTimer.clear();
    },
  };
}
