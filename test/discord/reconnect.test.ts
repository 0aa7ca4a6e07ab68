// Gateway disconnects: discord.js resumes (replaying what it missed) or, when the session is
// gone, re-identifies; a quiz in progress keeps working either way because its button ids are
// stateless and read back from the store.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InteractionResponseType, GatewayOpcodes } from 'discord.js';
import { startHarness, callbackOf, buttonsOf, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const choiceButtons = (msg: any) => buttonsOf(msg).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));

test('a solo quiz survives a resumed gateway and a full re-identify', async () => {
  const { fake } = h;
  const it = fake.slashCommand('quiz', [{ name: 'count', type: 4, value: 3 }, { name: 'mode', type: 3, value: 'solo' }]);
  await callbackOf(fake, it.token);
  const msgId = it.originalId!;
  const sessionOf = (id: string) => id.split(':')[1];
  const session = sessionOf(choiceButtons(fake.messages.get(msgId))[0].custom_id);

  // 1. The socket drops (4000: unknown error). A click delivered during the outage is replayed on RESUME.
  await fake.dropConnection(4000);
  expect(fake.connected).toBe(false);
  const duringOutage = fake.clickButton(msgId, choiceButtons(fake.messages.get(msgId))[0].custom_id);
  await fake.waitFor(() => fake.resumes.length === 1 && fake.connected, 8_000, 'RESUME');
  expect(fake.resumes[0].token).toBe('[ok]');
  expect(fake.identifies).toHaveLength(1); // resumed, not re-identified
  expect(fake.gatewayLog.some((e) => e.dir === 'out' && e.t === 'RESUMED')).toBe(true);
  const first = await callbackOf(fake, duringOutage.token);
  expect(first.body.type).toBe(InteractionResponseType.UpdateMessage);

  // 2. The session is lost (RESUME answered with INVALID_SESSION false): the client identifies again.
  fake.allowResume = false;
  await fake.dropConnection(4000);
  await fake.waitFor(() => fake.identifies.length === 2 && fake.connected, 10_000, 're-IDENTIFY');
  expect(fake.gatewayLog.some((e) => e.dir === 'out' && e.op === GatewayOpcodes.InvalidSession)).toBe(true);
  await new Promise((r) => setTimeout(r, 100)); // let GUILD_CREATE settle

  // 3. A click afterwards still drives the same quiz session.
  const next = choiceButtons(fake.messages.get(msgId));
  expect(sessionOf(next[0].custom_id)).toBe(session);
  const click = fake.clickButton(msgId, next[0].custom_id);
  const cb = await callbackOf(fake, click.token);
  expect(cb.body.type).toBe(InteractionResponseType.UpdateMessage);
  expect(JSON.stringify(cb.body.data.embeds)).toMatch(/✅|❌|정답|오답/);
  expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
});

test('stop() closes the gateway promptly', async () => {
  const t0 = Date.now();
  await h.adapter.stop();
  expect(Date.now() - t0).toBeLessThan(3_000);
  await h.fake.waitFor(() => !h.fake.connected, 2_000, 'socket closed');
});
