// Slows down guessing: each wrong token from an address within the window doubles the wait before
// the answer, and after LOCKOUT_FAILURES the address is refused without a check until the window
// has passed. A right token clears the address's record.

export interface ThrottleOptions {
  now?: () => number;
  /** Wait after the first wrong token; doubled for each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  windowMs?: number;
  lockoutFailures?: number;
}

export const LOCKOUT_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;

export interface Throttle {
  /** Milliseconds until the address may try again, 0 when it may try now. */
  lockedFor(addr: string): number;
  /** Records a wrong token; returns how long to wait before answering. */
  fail(addr: string): number;
  clear(addr: string): void;
}

export function createThrottle(o: ThrottleOptions = {}): Throttle {
  const now = o.now ?? Date.now;
  const base = o.baseDelayMs ?? 500;
  const max = o.maxDelayMs ?? 8000;
  const windowMs = o.windowMs ?? WINDOW_MS;
  const lockout = o.lockoutFailures ?? LOCKOUT_FAILURES;
  const failures = new Map<string, { count: number; first: number }>();
  const current = (addr: string) => {
    const f = failures.get(addr);
    if (f && now() - f.first >= windowMs) {
      failures.delete(addr);
      return undefined;
    }
    return f;
  };
  return {
    lockedFor(addr) {
      const f = current(addr);
      return f && f.count >= lockout ? f.first + windowMs - now() : 0;
    },
    fail(addr) {
      // Forget expired addresses now and then, so a scan of many addresses cannot grow the map for ever.
      if (failures.size > 10_000) for (const k of failures.keys()) current(k);
      const f = current(addr) ?? { count: 0, first: now() };
      f.count++;
      failures.set(addr, f);
      return Math.min(base * 2 ** (f.count - 1), max);
    },
    clear(addr) {
      failures.delete(addr);
    },
  };
}
