// Starts the fake Discord, the real core (in-memory store) and the real adapter (discord.js
// Client) against it, with a movable clock shared by the core and the adapter's timers.
import { FakeDiscord, type FakeDiscordOptions, type RecordedRequest } from '../fakes/discord/fake-discord.ts';
import { startDiscord, type DiscordAdapter } from '../../adapters/discord/client.ts';
import { createTutor, type Tutor, type TutorOptions } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { createLogger } from '../../src/log.ts';
import { registerCommands } from '../../adapters/discord/register.ts';

export interface Harness {
  fake: FakeDiscord;
  tutor: Tutor;
  adapter: DiscordAdapter;
  logs: string[];
  clock: { offsetMs: number; now(): number };
  stop(): Promise<void>;
}

export async function startHarness(
  o: { fake?: FakeDiscordOptions; tutor?: TutorOptions; register?: boolean; wrap?: (t: Tutor) => Tutor; deferAfterMs?: number } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start(o.fake);
  const clock = {
    offsetMs: 0,
    now() {
      return Date.now() + this.offsetMs;
    },
  };
  const now = () => clock.now();
  const real = createTutor({ store: openSqliteStore(':memory:'), now, rateLimitPerMinute: 1000, ...o.tutor });
  const tutor = o.wrap ? o.wrap(real) : real;
  const logs: string[] = [];
  const log = createLogger('debug', (l) => logs.push(l));
  const cfg = { token: fake.token, appId: fake.appId, guildId: fake.guildId, apiUrl: fake.apiUrl };
  if (o.register !== false) await registerCommands(cfg, log, { retries: 0 });
  let adapter: DiscordAdapter;
  try {
    adapter = await startDiscord(tutor, cfg, { log, rest: { retries: 0 }, now, readyTimeoutMs: 10_000, deferAfterMs: o.deferAfterMs });
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    tutor,
    adapter,
    logs,
    clock,
    async stop() {
      await adapter.stop();
      await real.close();
      await fake.close();
    },
  };
}

/** The interaction callback the fake received for `token`. */
export function callbackOf(fake: FakeDiscord, token: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.route === '/interactions/:id/:token/callback' && r.path.includes(token) && r.status < 300, 5_000, `callback for ${token.slice(0, 10)}`);
}

export const buttonsOf = (msg: { components?: any[] }): any[] => (msg.components ?? []).flatMap((r: any) => r.components ?? []);

/** Every message body the bot sent (callbacks with data, webhooks, channel messages). */
export function sentBodies(fake: FakeDiscord): any[] {
  return fake.requests
    .filter((r) => ['POST', 'PATCH'].includes(r.method) && r.body && typeof r.body === 'object' && !Array.isArray(r.body))
    .map((r) => (r.route.endsWith('/callback') ? r.body.data : r.body))
    .filter((b) => b && (b.content !== undefined || b.embeds !== undefined || b.components !== undefined));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
