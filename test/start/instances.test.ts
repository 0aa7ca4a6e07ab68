// Two real `npm start` processes with the same DATABASE_URL (a real PostgreSQL) against the fake
// Slack, as two replicas behind a load balancer: an event and its retry reach different instances
// and are answered once; a channel quiz is answered through both and each learner counts once;
// the instance that showed the question is killed with SIGKILL, and the other one still closes the
// question on time and posts the result once.
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.ts';
import { SlackSender, blockActionPayload } from '../fakes/slack/signing.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';
import { freePort, startInstance as startProcess } from '../helpers/instance.ts';

const TOKEN = 'xoxb-111-222-instancestoken';
const SECRET = 'instances-test-signing-secret';
const children: ChildProcess[] = [];
let slack: FakeSlack | undefined;
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await slack?.close();
});

async function startInstance(databaseUrl: string, apiUrl: string) {
  const port = await freePort();
  const env = { DATABASE_URL: databaseUrl, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, PORT: String(port), QUIZ_CHANNEL_SECONDS: '5' };
  const healthy = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  const inst = await startProcess(env, healthy, children);
  return { ...inst, sender: new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET) };
}

const choiceButtons = (blocks: any[] = []) =>
  blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).filter((e: any) => /^quiz:[a-z0-9]+:\d+:\d+$/.test(e.action_id));

describe.skipIf(NO_PG)(`two npm start instances on one PostgreSQL${NO_PG ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, () => {
  it('answers a retried event once, counts each learner once, and survives SIGKILL of the instance that showed the question', async () => {
    const url = await createTestDatabase('instances');
    slack = await startFakeSlack();
    const fake = slack;
    const [a, b] = [await startInstance(url, fake.apiUrl), await startInstance(url, fake.apiUrl)];

    // 1. An event to A and its retry to B, at once: one answer.
    const ev = { type: 'app_mention', user: 'U1', text: '<@UBOT> 도커가 뭐야?', ts: '1700000000.000100', channel: 'C1', event_ts: '1700000000.000100', team: 'T1' };
    await Promise.all([a.sender.event(ev, { event_id: 'EvTwo1' }), b.sender.event(ev, { event_id: 'EvTwo1' }, { retryNum: 1, retryReason: 'http_timeout' })]);
    await fake.waitFor(() => fake.callsTo('chat.postMessage').length >= 1, 10_000, 'the answer');
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    fake.reset();

    // 2. A channel quiz started on A, answered through both: U2 via A, U3 via B, U2 again via B.
    await a.sender.command({ command: '/quiz', text: 'channel 3.3 2', user_id: 'U1', response_url: fake.responseUrl('start') });
    const question = await fake.waitFor(() => fake.callsTo('chat.postMessage')[0], 10_000, 'the channel question');
    const ts = [...fake.messages.values()].find((m) => !m.ephemeral && m.channel === 'C1')!.ts;
    const choices = choiceButtons(question.args.blocks);
    const click = (user: string, choice: number, id: string) =>
      blockActionPayload({ button: choices[choice], user, userName: user.toLowerCase(), messageTs: ts, ephemeral: false, responseUrl: fake.responseUrl(id) });
    await Promise.all([a.sender.interaction(click('U2', 0, 'u2-a')), b.sender.interaction(click('U3', 1, 'u3-b')), b.sender.interaction(click('U2', 1, 'u2-b'))]);
    await fake.waitFor(() => ['u2-a', 'u3-b', 'u2-b'].every((id) => fake.responses.some((r) => r.id === id)), 10_000, 'three acknowledgements');
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT user_id, choice FROM quiz_responses WHERE idx = 0 ORDER BY user_id`);
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r.user_id)).toEqual(['U2', 'U3']);
      const stats = await db.query(`SELECT user_id, answered FROM quiz_user_stats ORDER BY user_id`);
      expect(stats.rows).toEqual([{ user_id: 'U2', answered: 1 }, { user_id: 'U3', answered: 1 }]);
    } finally {
      await db.end();
    }

    // 3. A, which showed the question (and stored its timer), dies; B closes it on time, once.
    const closesBefore = fake.callsTo('chat.update').length;
    a.child.kill('SIGKILL');
    const closed = await fake.waitFor(
      () => fake.callsTo('chat.update').slice(closesBefore).find((c) => c.args.ts === ts && choiceButtons(c.args.blocks).length === 0),
      15_000,
      'the question to close after SIGKILL',
    );
    expect(JSON.stringify(closed.args.blocks)).toMatch(/u2|u3|정답/i);
    const next = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c !== question), 10_000, 'the next question');
    expect(choiceButtons(next.args.blocks).length).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(fake.callsTo('chat.update').slice(closesBefore).filter((c) => c.args.ts === ts && choiceButtons(c.args.blocks).length === 0)).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage').filter((c) => c !== question)).toHaveLength(1);
    expect(b.child.exitCode).toBeNull();
  }, 90_000);
});
