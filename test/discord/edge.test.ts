// The 3-second rule and failures: slow core calls are deferred (the fake rejects any
// acknowledgement after 3 s), errors become short ephemeral notes, and the core's rate-limit
// notice is shown only to the person who hit it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { startHarness, callbackOf, buttonsOf, sleep, type Harness } from './harness.ts';
import type { Tutor } from '../../src/tutor.ts';

let h: Harness;
/** The adapter defers after DEFER_MS here (1.5 s in production), so "slow" need not take seconds. */
const DEFER_MS = 100;
const SLOW_MS = 600;
/** Longer than Discord's 3-second window: only a deferred interaction can still be answered. */
const BEYOND_WINDOW_MS = 3_300;

beforeAll(async () => {
  h = await startHarness({
    deferAfterMs: DEFER_MS,
    tutor: { rateLimitPerMinute: 2 },
    wrap: (t: Tutor): Tutor => ({
      ...t,
      // Throws for the word "boom" (after a delay for "slow boom").
      ask: async (q, ctx) => {
        if (q.includes('boom')) {
          if (q.includes('slow')) await sleep(SLOW_MS);
          throw new Error('core exploded');
        }
        return t.ask(q, ctx);
      },
      // Slow on purpose: stats are private, the leaderboard is public.
      quiz: {
        ...t.quiz,
        stats: async (ctx) => {
          await sleep(BEYOND_WINDOW_MS);
          return t.quiz.stats(ctx);
        },
        leaderboard: async (p, ctx) => {
          await sleep(SLOW_MS);
          return t.quiz.leaderboard(p, ctx);
        },
      },
      act: async (id, ctx) => {
        if (id.startsWith('feedback:down:')) throw new Error('act exploded');
        return t.act(id, ctx);
      },
    }),
  });
});
afterAll(async () => {
  await h?.stop();
});

const eph = (flags: number | undefined) => ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;

test('a private answer slower than 3 s is deferred (ephemeral) in time, then the placeholder is edited', async () => {
  const { fake } = h;
  const it = fake.slashCommand('stats', [], { user: fake.other });
  const cb = await callbackOf(fake, it.token);
  expect(cb.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  expect(eph(cb.body.data.flags)).toBe(true);
  expect(cb.at - it.createdAt).toBeLessThan(3_000);
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.appId}/${it.token}/messages/@original`, 5_000);
  expect(edit.body.embeds.length + (edit.body.content?.length ?? 0)).toBeGreaterThan(0);
  expect(fake.requestsFor(it.token).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  expect(fake.messages.get(it.originalId!).flags & MessageFlags.Loading).toBe(0);
});

test('a slow public reply replaces the private placeholder with a public follow-up', async () => {
  const { fake } = h;
  const it = fake.slashCommand('leaderboard', []);
  const cb = await callbackOf(fake, it.token);
  expect(cb.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  await fake.waitForRequest((r) => r.method === 'DELETE' && r.path.includes(it.token), 5_000);
  const post = await fake.waitForRequest((r) => r.method === 'POST' && r.route === '/webhooks/:id/:token' && r.path.includes(it.token), 5_000);
  expect(eph(post.body.flags)).toBe(false);
  expect(post.body.embeds[0].title).toBeTruthy();
});

test('a core error becomes a short ephemeral note, also after a defer and on a button', async () => {
  const { fake } = h;
  const fast = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'boom' }]);
  const cb = await callbackOf(fake, fast.token);
  expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(eph(cb.body.data.flags)).toBe(true);
  expect(cb.body.data.content).toMatch(/⚠️/);

  const slow = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'slow boom' }]);
  expect((await callbackOf(fake, slow.token)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  const note = await fake.waitForRequest((r) => r.method === 'POST' && r.route === '/webhooks/:id/:token' && r.path.includes(slow.token), 5_000);
  expect(eph(note.body.flags)).toBe(true);
  expect(note.body.content).toMatch(/⚠️/);

  // A button whose action fails.
  const ask = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'What is Amazon ECS?' }], { locale: 'en-US' });
  await callbackOf(fake, ask.token);
  const down = buttonsOf(fake.messages.get(ask.originalId!)).find((b) => b.custom_id.startsWith('feedback:down:'));
  const click = fake.clickButton(ask.originalId!, down.custom_id, { locale: 'en-US' });
  const ccb = await callbackOf(fake, click.token);
  expect(eph(ccb.body.data.flags)).toBe(true);
  expect(ccb.body.data.content).toMatch(/Something went wrong/);
  expect(h.logs.some((l) => l.includes('act exploded'))).toBe(true);
});

test("the core's rate-limit notice is ephemeral plain content", async () => {
  const { fake } = h;
  // "boom" and the ECS question above already count for the student; one more fills the limit.
  let last: any;
  for (let n = 0; n < 3; n++) {
    const it = fake.slashCommand('ask', [{ name: 'question', type: 3, value: `EC2 인스턴스 유형 ${n}` }]);
    last = (await callbackOf(fake, it.token)).body;
  }
  expect(last.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(eph(last.data.flags)).toBe(true);
  expect(last.data.embeds ?? []).toHaveLength(0);
  expect(last.data.content.length).toBeGreaterThan(0);
  // Nothing the fake saw was late or rejected.
  expect(h.fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([]);
});
