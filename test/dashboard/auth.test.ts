import { describe, expect, it } from 'vitest';
import { cookieValue, createAuth, SESSION_COOKIE, SESSION_TTL_MS, sameToken } from '../../adapters/dashboard/auth.ts';
import { createThrottle, LOCKOUT_FAILURES } from '../../adapters/dashboard/throttle.ts';
import { escapeHtml, html } from '../../adapters/dashboard/html.ts';
import { langFromHeader } from '../../adapters/dashboard/i18n.ts';

describe('throttle', () => {
  it('doubles the wait per wrong token up to a cap, locks out, and forgets after the window', () => {
    const clock = { now: 0 };
    const t = createThrottle({ now: () => clock.now, baseDelayMs: 100, maxDelayMs: 1000, windowMs: 60_000, lockoutFailures: 6 });
    expect([1, 2, 3, 4, 5, 6].map(() => t.fail('a'))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(t.lockedFor('a')).toBe(60_000);
    expect(t.lockedFor('b')).toBe(0); // per address
    clock.now = 59_999;
    expect(t.lockedFor('a')).toBe(1);
    clock.now = 60_000;
    expect(t.lockedFor('a')).toBe(0);
    expect(t.fail('a')).toBe(100); // a fresh window
  });

  it('a right token clears the record', () => {
    const t = createThrottle({ baseDelayMs: 100 });
    t.fail('a');
    t.fail('a');
    t.clear('a');
    expect(t.fail('a')).toBe(100);
  });
});

describe('auth', () => {
  it('compares tokens whole, whatever their length', () => {
    expect(sameToken('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(sameToken('abcdefghijklmnop', 'abcdefghijklmno')).toBe(false);
    expect(sameToken('abcdefghijklmnop', 'abcdefghijklmnopq')).toBe(false);
    expect(sameToken('', 'x')).toBe(false);
  });

  it('sessions expire, end on log-out, and are not guessable from each other', async () => {
    const clock = { now: 0 };
    const waits: number[] = [];
    const auth = createAuth({ token: 'sixteen-chars-token', now: () => clock.now, sleep: async (ms) => void waits.push(ms) });
    expect(await auth.checkToken('a', 'nope')).toEqual({ ok: false, lockedForMs: 0 });
    expect(waits).toHaveLength(1);
    expect(await auth.checkToken('a', 'sixteen-chars-token')).toEqual({ ok: true });
    const id = auth.startSession();
    const other = auth.startSession();
    expect(id).not.toBe(other);
    expect(id).toMatch(/^[\w-]{43}$/); // 32 random bytes
    const cookie = `x=1; ${SESSION_COOKIE}=${id}`;
    expect(auth.hasSession(cookie)).toBe(true);
    clock.now = SESSION_TTL_MS;
    expect(auth.hasSession(cookie)).toBe(false);
    clock.now = 0;
    const fresh = auth.startSession();
    auth.endSession(`${SESSION_COOKIE}=${fresh}`);
    expect(auth.hasSession(`${SESSION_COOKIE}=${fresh}`)).toBe(false);
  });

  it('locks out an address after repeated wrong tokens, even for the right one', async () => {
    const auth = createAuth({ token: 'sixteen-chars-token', sleep: async () => {} });
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await auth.checkToken('a', `guess-${i}`);
    expect((await auth.checkToken('a', 'sixteen-chars-token')).ok).toBe(false);
    expect((await auth.checkToken('b', 'sixteen-chars-token')).ok).toBe(true);
  });

  it('reads one cookie among several', () => {
    expect(cookieValue('a=1; tutor_dashboard=xyz; b=2', 'tutor_dashboard')).toBe('xyz');
    expect(cookieValue('tutor_dashboardX=1', 'tutor_dashboard')).toBeUndefined();
    expect(cookieValue(undefined, 'tutor_dashboard')).toBeUndefined();
  });
});

describe('html', () => {
  it('escapes text and attribute values, keeps nested Html, drops null and false', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(escapeHtml(evil)).toBe('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
    const inner = html`<b>${evil}</b>`;
    expect(html`<p title="${evil}">${inner}${null}${false}${[1, 2]}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"><b>&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</b>12</p>`,
    );
  });
});

describe('language', () => {
  it('follows Accept-Language preferences, Korean by default', () => {
    expect(langFromHeader('en-US,en;q=0.9,ko;q=0.8')).toBe('en');
    expect(langFromHeader('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
    expect(langFromHeader('fr-FR,en;q=0.5,ko;q=0.7')).toBe('ko');
    expect(langFromHeader('de')).toBe('ko');
    expect(langFromHeader(undefined)).toBe('ko');
    expect(langFromHeader('ko;q=0, en')).toBe('en');
  });
});
