// Two real `npm start` processes with the same DATABASE_URL (a real PostgreSQL) against the fake
// Discord, each running one shard of two (DISCORD_SHARD_COUNT=2, DISCORD_SHARD_IDS=0 / 1), the
// way Discord itself is scaled out. Discord routes a guild's events, interactions included, only
// to the shard that owns the guild ((guild_id >> 22) % 2), so a channel quiz's clicks all reach
// the instance owning its guild; what the instances share is the database. So the test checks:
// each instance serves only its own guild; a channel quiz in A's guild counts each learner once
// (a double click too); and when A is killed with SIGKILL while a question is open, B — which
// never saw that guild's events — claims the stored timer, closes the question on time through
// the channel with the bot token, and posts what follows, once. Shard 0 started again (a new
// process) then serves the guild, and a learner answers the same quiz through it: across the two
// processes each answer counts once.
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { FakeDiscord, shardOf, type RecordedRequest } from '../fakes/discord/fake-discord.ts';
import { buttonsOf, callbackOf } from '../discord/harness.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';
import { startInstance, type Instance } from '../helpers/instance.ts';
import { POLL_MS } from '../../src/schedule.ts';

/** Long enough for the clicks and the kill before the first question is due, and for shard 0 to
 * be started again before the second one is. */
const QUIZ_SECONDS = 20;
const children: ChildProcess[] = [];
let fake: FakeDiscord | undefined;
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await fake?.close();
});

const str = (type: 3 | 4, name: string, value: unknown) => ({ name, type, value });
const choiceButtons = (body: any) => buttonsOf(body ?? {}).filter((b) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(b.custom_id));
const embedText = (body: any) => JSON.stringify(body?.embeds ?? []);

/** A failed wait's error with the surviving instance's log appended (its warnings say why). */
const withLogOf = (inst: Instance) => (err: Error): never => {
  throw new Error(`${err.message}\nits log:\n${inst.log()}`);
};

function startShard(f: FakeDiscord, databaseUrl: string, shard: number) {
  const env = {
    DATABASE_URL: databaseUrl, DISCORD_TOKEN: f.token, DISCORD_APP_ID: f.appId, DISCORD_API_URL: f.apiUrl,
    DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: String(shard), QUIZ_CHANNEL_SECONDS: String(QUIZ_SECONDS),
  };
  // "discord: connected" is logged once the client is ready (its guilds received).
  return startInstance(env, (i) => i.log().includes('discord: connected'), children);
}

describe.skipIf(NO_PG)(`two npm start instances, one Discord shard each, on one PostgreSQL${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  it('routes each guild to its shard, counts each learner once, closes a question once after SIGKILL of its instance, and goes on through a restarted shard', async () => {
    const url = await createTestDatabase('dshards');
    fake = await FakeDiscord.start();
    const f = fake;
    const gA = f.addGuild({ onShard: [0, 2] });
    const gB = f.addGuild({ onShard: [1, 2] });
    expect([shardOf(gA.guildId, 2), shardOf(gB.guildId, 2)]).toEqual([0, 1]);
    const a = await startShard(f, url, 0);
    const b = await startShard(f, url, 1);

    // 1. Each instance identified as its shard and was given only its own guilds.
    expect(f.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const guildsOf = (shard: number) => f.deliveries.filter((d) => d.t === 'GUILD_CREATE' && d.shard?.[0] === shard).map((d) => d.d.id);
    expect(guildsOf(0)).toContain(gA.guildId);
    expect(guildsOf(0)).not.toContain(gB.guildId);
    expect(guildsOf(1)).toContain(gB.guildId);
    expect(guildsOf(1)).not.toContain(gA.guildId);

    // B serves its guild: a mention there is answered as a reply.
    const mention = f.userMessage('도커가 뭐야?', { channelId: gB.channelId });
    await f.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${gB.channelId}/messages` && r.body?.message_reference?.message_id === mention.id, 10_000, 'the answer in B\'s guild');

    // 2. A channel quiz in A's guild; two learners answer, one of them twice at once.
    const start = f.slashCommand('quiz', [str(4, 'count', 2), str(3, 'mode', 'channel')], { channelId: gA.channelId, user: f.other });
    const startedAt = (await callbackOf(f, start.token)).at;
    const q1 = start.originalId!;
    const shardsGot = (token: string) => f.deliveries.filter((d) => d.t === 'INTERACTION_CREATE' && d.d.token === token).map((d) => d.shard);
    expect(shardsGot(start.token)).toEqual([[0, 2]]);
    const choices = choiceButtons(f.messages.get(q1));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const clicks = [
      f.clickButton(q1, choices[0].custom_id, { user: f.student }),
      f.clickButton(q1, choices[1].custom_id, { user: f.student }),
      f.clickButton(q1, choices[1].custom_id, { user: f.other }),
    ];
    for (const c of clicks) {
      expect(shardsGot(c.token)).toEqual([[0, 2]]);
      await f.waitForRequest((r) => r.route === '/interactions/:id/:token/callback' && r.path.includes(c.token), 10_000, 'a click\'s acknowledgement');
    }
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    let dueAt: number;
    try {
      const answers = await db.query(`SELECT user_id FROM quiz_responses WHERE idx = 0 ORDER BY user_id`);
      expect(answers.rows.map((r) => r.user_id)).toEqual([f.student.id, f.other.id].sort());
      const stats = await db.query(`SELECT user_id, answered FROM quiz_user_stats WHERE scope = $1 ORDER BY user_id`, [gA.guildId]);
      expect(stats.rows).toEqual([f.student.id, f.other.id].sort().map((user_id) => ({ user_id, answered: 1 })));
      // The question's timer lives in the database, not in A.
      const jobs = await db.query(`SELECT due_at, ref FROM scheduled_jobs`);
      expect(jobs.rows).toHaveLength(1);
      expect(JSON.parse(jobs.rows[0].ref)).toEqual({ channel: gA.channelId, message: q1 });
      dueAt = Number(jobs.rows[0].due_at);
    } finally {
      await db.end();
    }
    expect(dueAt - startedAt).toBeGreaterThan((QUIZ_SECONDS - 1) * 1000);

    // 3. A dies before the question is due; nobody runs shard 0 any more.
    const exited = new Promise((resolve) => a.child.once('exit', resolve));
    a.child.kill('SIGKILL');
    const killedAt = Date.now();
    await exited;
    expect(killedAt).toBeLessThan(dueAt);
    await f.waitFor(() => !f.connectedShards.some(([id]) => id === 0), 5_000, 'shard 0 to drop');
    const afterKill = f.requests.length;
    const since = (pred: (r: RecordedRequest) => boolean) => f.requests.slice(afterKill).filter(pred);
    const q1Edits = () => since((r) => r.method === 'PATCH' && r.path.endsWith(`/messages/${q1}`));
    const channelPosts = () => since((r) => r.method === 'POST' && r.path === `/channels/${gA.channelId}/messages`);

    // B claims the stored timer when it is due and closes the question through the channel with
    // the bot token (A would have used the interaction's webhook), then posts the next question.
    const close = await f.waitFor(() => q1Edits()[0], (QUIZ_SECONDS + 10) * 1000, 'the question to close after SIGKILL').catch(withLogOf(b));
    expect(close.path).toBe(`/channels/${gA.channelId}/messages/${q1}`);
    expect(close.authorized).toBe(true);
    expect(close.status).toBe(200);
    expect(close.at).toBeGreaterThanOrEqual(dueAt - 1_000);
    expect(close.at).toBeLessThan(dueAt + POLL_MS + 5_000); // on time, with room for a busy machine
    expect(choiceButtons(close.body)).toHaveLength(0);
    expect(embedText(close.body)).toMatch(/정답|✅|❌/);
    const q2Post = await f.waitFor(() => channelPosts()[0], 10_000, 'the next question');
    expect(choiceButtons(q2Post.body).some((btn) => /^quiz:[a-z0-9]+:1:\d+$/.test(btn.custom_id))).toBe(true);
    const q2 = [...f.messages.values()].find((m) => m.channel_id === gA.channelId && choiceButtons(m).some((btn: any) => /:1:\d+$/.test(btn.custom_id)))!.id;
    // Nothing went through A's interaction webhooks: A is dead and its tokens went with it.
    expect(since((r) => r.route.startsWith('/webhooks') || r.route.startsWith('/interactions'))).toEqual([]);

    // 4. Shard 0 is started again (as a supervisor would): the new instance owns the guild, and a
    //    learner answers the same quiz's next question through it; the quiz lives in the database.
    const a2 = await startShard(f, url, 0);
    const click = f.clickButton(q2, choiceButtons(f.messages.get(q2))[0].custom_id, { user: f.student });
    expect(shardsGot(click.token)).toEqual([[0, 2]]);
    const ack = await callbackOf(f, click.token).catch(withLogOf(a2));
    const db2 = new pg.Client({ connectionString: url });
    await db2.connect();
    try {
      const job = await db2.query(`SELECT due_at FROM scheduled_jobs WHERE ref = $1`, [JSON.stringify({ channel: gA.channelId, message: q2 })]);
      expect(ack.at).toBeLessThan(Number(job.rows[0].due_at)); // answered while open, not after
      const answers = await db2.query(`SELECT user_id FROM quiz_responses WHERE idx = 1`);
      expect(answers.rows.map((r) => r.user_id)).toEqual([f.student.id]);
      const stats = await db2.query(`SELECT user_id, answered FROM quiz_user_stats WHERE scope = $1 ORDER BY user_id`, [gA.guildId]);
      expect(stats.rows).toEqual([f.student.id, f.other.id].sort().map((user_id) => ({ user_id, answered: user_id === f.student.id ? 2 : 1 })));
    } finally {
      await db2.end();
    }

    // Exactly once: by the time the second question has closed too (a full question later, by
    // whichever instance claims it), the first was closed once and followed by one next question.
    await f.waitFor(() => choiceButtons(f.messages.get(q2)).length === 0, (QUIZ_SECONDS + 10) * 1000, 'the second question to close').catch(withLogOf(b));
    expect(q1Edits()).toHaveLength(1);
    expect(channelPosts().filter((r) => choiceButtons(r.body).some((btn) => /:1:\d+$/.test(btn.custom_id)))).toHaveLength(1);
    expect(b.child.exitCode).toBeNull();
    // Each close worked the first time (a failed one is logged and retried only after its lease).
    for (const inst of [b, a2]) expect(inst.log()).not.toMatch(/\[error\]|schedule: .* failed/);
  }, 120_000);
});
