// The core's per-user rate limit reaches Discord's typed commands too: /pricing calls
// Tutor.advise directly (not Tutor.command), and is still limited, in servers and DMs.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { startHarness, callbackOf, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ tutor: { rateLimitPerMinute: 1 } });
});
afterAll(async () => {
  await h?.stop();
});

const workload = (value: string) => [{ name: 'workload', type: 3, value }];
const isEphemeral = (flags: number | undefined) => ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;

test('/pricing over the limit gets the core\'s private slow-down notice, no thread', async () => {
  const { fake } = h;
  const first = fake.slashCommand('pricing', workload('매달 말에 4시간 도는 배치 작업, 중단돼도 괜찮음'));
  expect(isEphemeral((await callbackOf(fake, first.token)).body.data.flags)).toBe(false);
  await fake.waitForRequest((r) => r.method === 'POST' && r.route === '/channels/:id/messages/:id/threads' && r.path.includes(first.originalId!));

  const threadsBefore = fake.requests.filter((r) => r.route === '/channels/:id/messages/:id/threads').length;
  const second = fake.slashCommand('pricing', workload('3년 동안 24시간 도는 데이터베이스'));
  const cb = await callbackOf(fake, second.token);
  expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(isEphemeral(cb.body.data.flags)).toBe(true);
  expect(cb.body.data.content).toMatch(/잠시만요/);
  expect(fake.requests.filter((r) => r.route === '/channels/:id/messages/:id/threads').length).toBe(threadsBefore);
});

test('/pricing in a DM is limited too', async () => {
  const { fake } = h;
  const ok = fake.slashCommand('pricing', workload('가끔 도는 웹 서버'), { dm: true });
  expect(isEphemeral((await callbackOf(fake, ok.token)).body.data.flags)).toBe(false);
  const dm = fake.slashCommand('pricing', workload('가끔 도는 웹 서버'), { dm: true });
  const cb = await callbackOf(fake, dm.token);
  expect(isEphemeral(cb.body.data.flags)).toBe(true);
  expect(cb.body.data.content).toMatch(/잠시만요/);
});
