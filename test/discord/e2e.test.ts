// End to end: the real discord.js Client (started by startDiscord) against the fake Discord on
// 127.0.0.1, with the real core behind it. Each test delivers gateway events and asserts what
// the fake received over REST.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord.js';
import { startHarness, callbackOf, buttonsOf, sentBodies, type Harness } from './harness.ts';
import type { FakeDiscord } from '../fakes/discord/fake-discord.ts';

let h: Harness;
let fake: FakeDiscord;

beforeAll(async () => {
  h = await startHarness({ tutor: { quizChannelSeconds: 5 } });
  fake = h.fake;
});
afterAll(async () => {
  await h?.stop();
});

const NO_PING = { parse: [], replied_user: false };
const str = (type: 3 | 4, name: string, value: unknown) => ({ name, type, value });
const isEphemeral = (flags: number | undefined) => ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const embedText = (body: any) => (body.embeds ?? []).map((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text].join('\n')).join('\n');

describe('gateway', () => {
  test('identifies with Guilds + GuildMessages + DirectMessages only (no privileged Message Content), plain JSON, v10', async () => {
    expect(fake.identifies).toHaveLength(1);
    const intents = BigInt(fake.identifies[0].intents);
    expect(intents).toBe(BigInt(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages));
    expect(intents & BigInt(GatewayIntentBits.MessageContent)).toBe(0n);
    expect(fake.identifies[0].compress).toBe(false);
    expect(fake.connectUrls[0]).toMatch(/\?v=10&encoding=json$/);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.authorized)).toBe(true);
    await fake.waitFor(() => fake.heartbeatAcks >= 1, 5_000, 'a heartbeat');
  });
});

describe('/ask and answer buttons', () => {
  let answerMessageId: string;
  let buttons: any[];

  test('/ask replies within the window with an ephemeral embed: passage, citation footer, buttons, no pings', async () => {
    const it = fake.slashCommand('ask', [str(3, 'question', 'EC2 스팟 인스턴스는 언제 쓰나요?')]);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = cb.body.data;
    expect(data.allowed_mentions).toEqual(NO_PING);
    expect(data.embeds).toHaveLength(1);
    expect(data.embeds[0].description.length).toBeGreaterThan(20);
    expect(data.embeds[0].footer.text).toMatch(/§\d/);
    buttons = buttonsOf(data);
    const ids = buttons.map((b) => b.custom_id);
    expect(ids.some((id) => id.startsWith('section:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('feedback:up:'))).toBe(true);
    expect(buttons.every((b) => b.custom_id.length <= 100 && b.label.length <= 80)).toBe(true);
    // The core decided the visibility; the adapter mapped it to the ephemeral flag.
    const reply = await h.tutor.ask('EC2 스팟 인스턴스는 언제 쓰나요?', { platform: 'discord', scope: fake.guildId, channel: fake.channelId, user: 'probe', locale: 'ko' });
    expect(isEphemeral(data.flags)).toBe(reply.visibility === 'private');
    answerMessageId = it.originalId!;
    expect(fake.messages.get(answerMessageId)).toBeTruthy();
  });

  test('a "whole section" button answers the clicker with that section', async () => {
    const id = buttons.find((b) => b.custom_id.startsWith('section:')).custom_id;
    const it = fake.clickButton(answerMessageId, id);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(cb.body.data.embeds[0].description.length).toBeGreaterThan(20);
    expect(cb.body.data.allowed_mentions).toEqual(NO_PING);
  });

  test('a feedback button is acknowledged (thanks, only to the clicker)', async () => {
    const id = buttons.find((b) => b.custom_id.startsWith('feedback:up:')).custom_id;
    const it = fake.clickButton(answerMessageId, id);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(cb.body.data.flags)).toBe(true);
  });
});

describe('/quiz', () => {
  test('topic autocomplete answers with ≤25 valid choices from the core', async () => {
    const it = fake.autocomplete('quiz', 'topic', '스');
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = cb.body.data.choices as { name: string; value: string }[];
    const expected = h.tutor.quiz.topics('스');
    expect(choices.length).toBe(Math.min(25, expected.length));
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect([...c.name].length).toBeLessThanOrEqual(100);
      expect(expected.map((e) => e.value)).toContain(c.value);
    }
  });

  test('a solo quiz is ephemeral, updates in place on each click, shows ✅/❌, and the score is recorded', async () => {
    const it = fake.slashCommand('quiz', [str(4, 'count', 2), str(3, 'mode', 'solo')]);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(cb.body.data.flags)).toBe(true);
    const msgId = it.originalId!;
    for (let q = 0; q < 2; q++) {
      const msg = fake.messages.get(msgId);
      const choices = buttonsOf(msg).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(msg.components[0].components.map((b: any) => b.custom_id)).toEqual(choices.map((b) => b.custom_id)); // choices share the first row
      const click = fake.clickButton(msgId, choices[0].custom_id);
      const up = await callbackOf(fake, click.token);
      expect(up.body.type).toBe(InteractionResponseType.UpdateMessage); // updated in place, not a new message
      expect(embedText(up.body.data)).toMatch(/✅|❌|정답|오답/);
      expect(up.body.data.allowed_mentions).toEqual(NO_PING);
      expect(fake.messages.get(msgId).edits).toBe(q + 1);
    }
    // The recorded score shows on this server's leaderboard, under the Discord display name.
    const lb = fake.slashCommand('leaderboard', []);
    const lbcb = await callbackOf(fake, lb.token);
    expect(embedText(lbcb.body.data)).toContain(fake.student.global_name);
    const week = fake.slashCommand('leaderboard', [str(3, 'period', 'week')]);
    expect(embedText((await callbackOf(fake, week.token)).body.data)).toContain(fake.student.global_name);
    const st = fake.slashCommand('stats', []);
    const stcb = await callbackOf(fake, st.token);
    expect(stcb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(embedText(stcb.body.data)).toMatch(/2/);
  });

  test('review mode goes to the core as mode "review" (the solo quiz above left mistakes or not: either way a reply)', async () => {
    const it = fake.slashCommand('quiz', [str(3, 'mode', 'review')]);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(cb.body.data.flags)).toBe(true);
    expect(embedText(cb.body.data) + (cb.body.data.content ?? '')).toMatch(/복습|review|문제/i);
  });

  test('a channel quiz is public, counts answers, and closes itself when time is up (message edited via the webhook)', async () => {
    const it = fake.slashCommand('quiz', [str(4, 'count', 1), str(3, 'mode', 'channel')]);
    const cb = await callbackOf(fake, it.token);
    expect(isEphemeral(cb.body.data.flags)).toBe(false);
    expect(cb.body.data.embeds[0].description).toMatch(/<t:\d+:R>/);
    const msgId = it.originalId!;
    const choices = buttonsOf(fake.messages.get(msgId)).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));
    expect(choices.length).toBeGreaterThanOrEqual(2);

    for (const user of [fake.student, fake.other]) {
      const click = fake.clickButton(msgId, choices[1].custom_id, { user });
      const up = await callbackOf(fake, click.token);
      expect(up.body.type).toBe(InteractionResponseType.UpdateMessage);
      // The clicker gets a private note as a follow-up.
      const note = await fake.waitForRequest((r) => r.method === 'POST' && r.route === '/webhooks/:id/:token' && r.path.includes(click.token));
      expect(isEphemeral(note.body.flags)).toBe(true);
    }
    expect(fake.messages.get(msgId).embeds[0].fields.some((f: any) => f.value === '2')).toBe(true);

    // Time passes (the core and the adapter share the clock): the adapter's timer closes the question.
    const before = fake.requests.length;
    h.clock.offsetMs += 6_000;
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.route === '/webhooks/:id/:token/messages/:id' && r.path.endsWith(msgId) && fake.requests.indexOf(r) >= before, 5_000, 'the close edit');
    expect(embedText(edit.body)).toMatch(/정답|✅|❌/);
    expect(edit.body.allowed_mentions).toEqual(NO_PING);
    const closed = fake.messages.get(msgId);
    expect(buttonsOf(closed).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id))).toHaveLength(0);
  });
});

describe('names shown to others', () => {
  test('a leaderboard shows a markdown-laden display name escaped, without its newline or bidi override', async () => {
    const evil = { id: '990000000000000001', username: 'evil', global_name: '**boss** ||x|| `c`\n\u202egnp', discriminator: '0', avatar: null };
    const start = fake.slashCommand('quiz', [str(4, 'count', 1), str(3, 'mode', 'solo')], { user: evil });
    const q = await callbackOf(fake, start.token);
    const choice = buttonsOf(q.body.data).find((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));
    const click = fake.clickButton(start.originalId!, choice.custom_id, { user: evil });
    await callbackOf(fake, click.token);
    const lb = fake.slashCommand('leaderboard', []);
    const board = embedText((await callbackOf(fake, lb.token)).body.data);
    expect(board).toContain('\\*\\*boss\\*\\* \\|\\|x\\|\\| \\`c\\` gnp');
    expect(board).not.toMatch(/\u202e|\*\*boss\*\*/);
  });
});

describe('/quiz timers past the 15-minute interaction token', () => {
  test('a channel question due after the token expired is closed by a channel message edit, and the next one is sent to the channel', async () => {
    const it = fake.slashCommand('quiz', [str(4, 'count', 2), str(3, 'mode', 'channel')]);
    await callbackOf(fake, it.token);
    const msgId = it.originalId!;
    const before = fake.requests.length;
    h.clock.offsetMs += 15 * 60_000; // the interaction token (15 min) is gone by the time the timer runs
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/channels/${fake.channelId}/messages/${msgId}` && fake.requests.indexOf(r) >= before, 5_000, 'channel edit');
    expect(edit.authorized).toBe(true);
    expect(edit.body.allowed_mentions).toEqual(NO_PING);
    expect(embedText(edit.body)).toMatch(/정답|✅|❌/);
    const next = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages` && fake.requests.indexOf(r) >= before, 5_000, 'next question');
    expect(buttonsOf(next.body).some((b) => /^quiz:[a-z0-9]+:1:\d+$/.test(b.custom_id))).toBe(true);
    expect(fake.requests.slice(before).filter((r) => r.route.startsWith('/webhooks') && r.path.includes(it.token))).toEqual([]);
  });
});

describe('mentions and DMs', () => {
  test('a mention is answered as a reply to that message, pinging nobody, without a share button', async () => {
    const msg = fake.userMessage('도커가 뭐야? @everyone');
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages` && r.body?.message_reference?.message_id === msg.id);
    expect(sent.body.allowed_mentions).toEqual(NO_PING);
    expect(sent.body.embeds[0].description.length).toBeGreaterThan(20);
    expect(buttonsOf(sent.body).some((b) => b.custom_id.startsWith('share:'))).toBe(false);
    expect(embedText(sent.body)).not.toContain(`<@${fake.bot.id}>`);
  });

  test('a DM is answered in the DM channel', async () => {
    const msg = fake.userMessage('What is AWS Lambda?', { dm: true });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.dmChannelId}/messages` && r.body?.message_reference?.message_id === msg.id);
    expect(sent.body.allowed_mentions).toEqual(NO_PING);
    expect(sent.body.embeds.length).toBeGreaterThan(0);
  });

  test("the bot's own messages and messages without a mention are ignored", async () => {
    const before = fake.requests.length;
    const plain = fake.userMessage('혼잣말입니다', { mention: false });
    const own = fake.userMessage('echo', { user: fake.bot }); // mentions the bot, but is the bot's own
    // Barrier: the gateway delivers in order, so once a later mention is answered and the adapter is
    // idle, the two before it have been handled (ignored) too.
    const sentinel = fake.userMessage('EC2가 뭐야?');
    await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === sentinel.id, 10_000);
    await h.adapter.idle();
    const refs = fake.requests.slice(before).map((r) => r.body?.message_reference?.message_id).filter(Boolean);
    expect(refs).not.toContain(plain.id);
    expect(refs).not.toContain(own.id);
    const replies = fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages` && r.body?.message_reference);
    expect(replies.map((r) => r.body.message_reference.message_id)).toEqual([sentinel.id]);
  });
});

describe('/pricing', () => {
  test('in a server text channel it opens a thread with the recommendation and the cost table', async () => {
    const workload = '매달 말에 4시간 도는 배치 작업, 중단돼도 괜찮음';
    const it = fake.slashCommand('pricing', [str(3, 'workload', workload)]);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(cb.body.data.flags)).toBe(false);
    expect(cb.body.data.allowed_mentions).toEqual(NO_PING);
    const thr = await fake.waitForRequest((r) => r.method === 'POST' && r.route === '/channels/:id/messages/:id/threads' && r.path.includes(it.originalId!));
    expect(thr.body.name.length).toBeLessThanOrEqual(100);
    const threadId = [...fake.channels.values()].find((c) => c.parent_id === fake.channelId && c.name === thr.body.name).id;
    const advice = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    expect(advice.body.allowed_mentions).toEqual(NO_PING);
    expect(advice.body.embeds[0].title.length).toBeGreaterThan(0);
    expect(advice.body.embeds[0].footer.text).toMatch(/§3/);
    expect(advice.body.embeds.at(-1).fields.length).toBeGreaterThanOrEqual(2); // the cost table
  });

  test('without a workload it starts the guided mode with buttons, and a click moves it on', async () => {
    const it = fake.slashCommand('pricing', []);
    const cb = await callbackOf(fake, it.token);
    const guided = buttonsOf(cb.body.data).filter((b) => b.custom_id.startsWith('pricing:'));
    expect(guided.length).toBeGreaterThanOrEqual(2);
    const click = fake.clickButton(it.originalId!, guided[0].custom_id);
    const next = await callbackOf(fake, click.token);
    expect([InteractionResponseType.UpdateMessage, InteractionResponseType.ChannelMessageWithSource]).toContain(next.body.type);
  });

  test('in a DM it answers directly, no thread', async () => {
    const before = fake.requests.length;
    const it = fake.slashCommand('pricing', [str(3, 'workload', '3년 동안 24시간 도는 데이터베이스')], { dm: true });
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.data.embeds[0].title.length).toBeGreaterThan(0);
    await h.adapter.idle();
    expect(fake.requests.slice(before).some((r) => r.route.endsWith('/threads'))).toBe(false);
  });
});

describe('every message', () => {
  test('every body the bot sent carried allowed mentions that ping nobody, and nothing was rejected', () => {
    const bodies = sentBodies(fake);
    expect(bodies.length).toBeGreaterThan(15);
    for (const b of bodies) expect(b.allowed_mentions).toEqual(NO_PING);
    expect(fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([]);
  });

  test('an unknown command gets a short ephemeral error, never "This interaction failed"', async () => {
    const it = fake.slashCommand('nope', []);
    const cb = await callbackOf(fake, it.token);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(cb.body.data.flags)).toBe(true);
    expect(cb.body.data.content).toMatch(/⚠️/);
    expect(cb.body.data.content.length).toBeLessThan(200);
  });
});

