// Global Bolt middleware for the Events API: answer each event once, and never answer bots.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

/** Remembers event ids for a while; `firstTime(id)` is true exactly once per id. */
export interface EventDedupe {
  firstTime(eventId: string): boolean;
  readonly size: number;
}

export function createEventDedupe(opts: { ttlMs?: number; max?: number; now?: () => number } = {}): EventDedupe {
  // Slack retries up to 3 times over about 5 minutes; keep ids comfortably longer.
  const ttlMs = opts.ttlMs ?? 15 * 60_000;
  const max = opts.max ?? 20_000;
  const now = opts.now ?? Date.now;
  const seen = new Map<string, number>(); // insertion order = age order
  const prune = (t: number) => {
    for (const [id, at] of seen) {
      if (t - at < ttlMs && seen.size <= max) break;
      seen.delete(id);
    }
  };
  return {
    firstTime(eventId) {
      const t = now();
      prune(t);
      if (seen.has(eventId)) return false;
      seen.set(eventId, t);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}

/**
 * Drops a repeated delivery of an event (Slack's retries carry the same `event_id`) or of an
 * interaction payload (the same `trigger_id`). The id is first marked here synchronously, before
 * any `await`, so a retry that arrives while the first delivery is still being answered by this
 * instance is dropped at once; then in the store (`shared`), so a retry delivered to another
 * instance is dropped too. Retries whose first delivery never got anywhere (the reason Slack
 * retries at all) still pass, because only ids that reached an instance are marked.
 */
export function dedupeEvents(dedupe: EventDedupe, log: Logger, shared?: (key: string) => Promise<boolean>): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next } = args;
    const b = body as { type?: string; event_id?: unknown; trigger_id?: unknown };
    const key =
      b.type === 'event_callback' && typeof b.event_id === 'string' ? `slack:event:${b.event_id}`
      : b.type === 'block_actions' && typeof b.trigger_id === 'string' ? `slack:interaction:${b.trigger_id}`
      : undefined;
    if (key && (!dedupe.firstTime(key) || (shared && !(await shared(key))))) {
      log.debug(`slack: duplicate delivery ${key} ignored`);
      // An interaction still has to be acknowledged, or Slack shows the clicker an error.
      await (args as { ack?: () => Promise<void> }).ack?.();
      return;
    }
    await next();
  };
}

/** True for events written by any bot or app (Bolt's ignoreSelf only covers this bot). */
export function isFromBot(event: Record<string, unknown> | undefined): boolean {
  if (!event) return false;
  return Boolean(event.bot_id) || event.subtype === 'bot_message' || Boolean(event.bot_profile) || Boolean(event.app_id && !event.user);
}

export function ignoreBots(log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as { type?: string; event?: Record<string, unknown> };
    if (b.type === 'event_callback' && isFromBot(b.event)) {
      log.debug(`slack: ${String(b.event?.type)} from a bot ignored`);
      return;
    }
    await next();
  };
}
