// Per-user rate limit (sliding one-minute window), so one person cannot flood a channel
// through the bot. Kept in the core so every platform gets the same rule and message.
export interface RateLimiter {
  /** True when the user may go ahead now (and counts this use). */
  take(key: string): boolean;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((x) => t - x < 60_000);
      if (recent.length >= perMinute) {
        hits.set(key, recent);
        return false;
      }
      recent.push(t);
      hits.set(key, recent);
      // Forget idle users now and then, so the map stays small.
      if (hits.size > 10_000) for (const [k, v] of hits) if (!v.some((x) => t - x < 60_000)) hits.delete(k);
      return true;
    },
  };
}
