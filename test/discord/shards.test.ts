// DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS reach discord.js's own sharding: the instance identifies
// to the gateway as its shards of the total, and nothing else. And an instance whose shard does not
// own a guild (so never caches it) can still close a channel question there when the instance that
// showed it is gone.
import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { buttonsOf, callbackOf } from './harness.ts';
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

test('an instance of the other shard closes a channel question in a guild it never cached, and the next one too', async () => {
  const fake = await FakeDiscord.start();
  cleanup.push(() => fake.close());
  const g = fake.addGuild({ onShard: [0, 2] });
  const dir = mkdtempSync(join(tmpdir(), 'shards-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  const clock = { offsetMs: 0 };
  const now = () => Date.now() + clock.offsetMs;
  // Two instances: two tutors on one database file, one shard of two each.
  const start = async (shard: number) => {
    const tutor = createTutor({ store: openSqliteStore(join(dir, 'tutor.db')), now, quizChannelSeconds: 5 });
    cleanup.push(() => tutor.close());
    const cfg = { token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, shards: { count: 2, ids: [shard] } };
    const adapter = await startDiscord(tutor, cfg, { log: createLogger('error', () => undefined), rest: { retries: 0 }, now, readyTimeoutMs: 10_000 });
    cleanup.push(() => adapter.stop());
    return adapter;
  };
  const owner = await start(0);
  await start(1);
  const choice = (m: any) => buttonsOf(m).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));

  const it = fake.slashCommand('quiz', [{ name: 'count', type: 4, value: 2 }, { name: 'mode', type: 3, value: 'channel' }], { channelId: g.channelId });
  await callbackOf(fake, it.token);
  const q1 = it.originalId!;
  await owner.stop(); // the owning instance leaves; its timer stays in the database
  const before = fake.requests.length;
  const after = (pred: (r: any) => boolean) => fake.waitForRequest((r) => fake.requests.indexOf(r) >= before && pred(r), 5_000);

  clock.offsetMs += 6_000;
  const close1 = await after((r) => r.method === 'PATCH' && r.path === `/channels/${g.channelId}/messages/${q1}`);
  expect(close1.status).toBe(200);
  expect(choice(close1.body)).toHaveLength(0);
  const post = await after((r) => r.method === 'POST' && r.path === `/channels/${g.channelId}/messages` && choice(r.body).length > 0);
  const q2 = [...fake.messages.values()].find((m) => m.channel_id === g.channelId && m.id !== q1 && choice(m).length > 0)!.id;
  expect(choice(post.body).every((b) => /:1:\d+$/.test(b.custom_id))).toBe(true);

  clock.offsetMs += 6_000;
  const close2 = await after((r) => r.method === 'PATCH' && r.path === `/channels/${g.channelId}/messages/${q2}`);
  expect(close2.status).toBe(200);
  expect(choice(close2.body)).toHaveLength(0);
});
