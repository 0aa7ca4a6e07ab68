// Who may see the dashboard: the holder of DASHBOARD_TOKEN, by a login form (then a session
// cookie) or an `Authorization: Bearer` header. Tokens are compared in constant time, wrong ones
// are slowed down (throttle.ts), and neither the token nor a session id is ever logged.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createThrottle, type ThrottleOptions } from './throttle.ts';

export const SESSION_COOKIE = 'tutor_dashboard';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Sessions kept at once; the oldest go first (each login makes one). */
const MAX_SESSIONS = 1000;

export type TokenCheck = { ok: true } | { ok: false; lockedForMs: number };

export interface AuthOptions {
  token: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  throttle?: ThrottleOptions;
}

export interface Auth {
  /** Checks a token from `addr`; a wrong one answers only after the throttle's wait. */
  checkToken(addr: string, candidate: string): Promise<TokenCheck>;
  /** A new session id for the cookie. */
  startSession(): string;
  hasSession(cookieHeader: string | undefined): boolean;
  endSession(cookieHeader: string | undefined): void;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Equal-length digests, so the comparison takes the same time whatever the candidate is. */
export function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function createAuth(o: AuthOptions): Auth {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const throttle = createThrottle({ now, ...o.throttle });
  // Session id → expiry. Kept in memory: a restart signs everyone out, which is fine for a dashboard.
  const sessions = new Map<string, number>();
  const sessionOf = (cookieHeader: string | undefined) => {
    const id = cookieValue(cookieHeader, SESSION_COOKIE);
    if (!id) return undefined;
    const expires = sessions.get(id);
    if (expires === undefined) return undefined;
    if (expires <= now()) {
      sessions.delete(id);
      return undefined;
    }
    return id;
  };
  return {
    async checkToken(addr, candidate) {
      const lockedForMs = throttle.lockedFor(addr);
      if (lockedForMs > 0) return { ok: false, lockedForMs };
      if (sameToken(candidate, o.token)) {
        throttle.clear(addr);
        return { ok: true };
      }
      await sleep(throttle.fail(addr));
      return { ok: false, lockedForMs: 0 };
    },
    startSession() {
      for (const [id, expires] of sessions) if (expires <= now() || sessions.size >= MAX_SESSIONS) sessions.delete(id);
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, now() + SESSION_TTL_MS);
      return id;
    },
    hasSession: (cookieHeader) => sessionOf(cookieHeader) !== undefined,
    endSession(cookieHeader) {
      const id = sessionOf(cookieHeader);
      if (id) sessions.delete(id);
    },
  };
}
