// DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS reach discord.js's own sharding: the instance identifies
// to the gateway as its shards of the total, and nothing else.
import { afterAll, expect, test } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { startDiscord } from '../../adapters/discord/client.ts';
import { createTutor } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { createLogger } from '../../src/log.ts';
import { readConfig } from '../../src/config.ts';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

test('an instance running shard 1 of 2 identifies as [1, 2]', async () => {
  const fake = await FakeDiscord.start();
  cleanup.push(() => fake.close());
  const config = readConfig({
    DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl,
    DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1',
  });
  expect(config.discord?.shards).toEqual({ count: 2, ids: [1] });
  const tutor = createTutor({ store: openSqliteStore(':memory:') });
  cleanup.push(() => tutor.close());
  const adapter = await startDiscord(tutor, config.discord!, { log: createLogger('error', () => undefined), rest: { retries: 0 }, readyTimeoutMs: 10_000 });
  cleanup.push(() => adapter.stop());
  expect(fake.identifies.map((i) => i.shard)).toEqual([[1, 2]]);
});
