// Work a listener or timer does after Slack has been answered (acked). stop() waits for it,
// so the caller can close the store only once no answer is half-written.

export interface Inflight {
  /** Remembers `p` until it settles; returns `p`. */
  track<T>(p: Promise<T>): Promise<T>;
  /** Resolves when all tracked work has settled, or after `maxMs`, whichever is first. */
  settle(maxMs: number): Promise<void>;
  /** Resolves once nothing is tracked, including work started while waiting. */
  idle(): Promise<void>;
}

export function createInflight(): Inflight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(p) {
      pending.add(p);
      void p.finally(() => pending.delete(p)).catch(() => {});
      return p;
    },
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    async settle(maxMs) {
      await Promise.race([Promise.allSettled([...pending]), new Promise((r) => setTimeout(r, maxMs).unref())]);
    },
  };
}
