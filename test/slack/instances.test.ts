// Two instances of the Slack adapter (two real Bolt apps, two tutors) sharing one store, as two
// replicas behind a load balancer would: a retry or redelivery that reaches the other instance
// is still answered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.ts';
import { createTutor, type Tutor } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.ts';
import { SlackSender, blockActionPayload } from '../fakes/slack/signing.ts';
import { BOT_TOKEN, SECRET, buttons, sleep } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'slack-instances-'));
let fake: FakeSlack;
const instances: { tutor: Tutor; slack: SlackApp; sender: SlackSender }[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  for (let k = 0; k < 2; k++) {
    const tutor = createTutor({ store: openSqliteStore(join(dir, 'tutor.db')), rateLimitPerMinute: 1000 });
    const slack = createSlackApp(
      tutor,
      { botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0 },
      { log: createLogger('error', () => undefined), host: '127.0.0.1', port: 0, processBeforeResponse: true, retryConfig: { retries: 0 } },
    );
    const { port } = await slack.start();
    instances.push({ tutor, slack, sender: new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET) });
  }
});
afterAll(async () => {
  for (const i of instances) {
    await i.slack.stop();
    await i.tutor.close();
  }
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two Slack instances on one store', () => {
  it('an event and its retries, delivered to different instances at once, are answered once', async () => {
    fake.reset();
    const ev = { type: 'app_mention', user: 'U1', text: '<@UBOT> EC2가 뭐야?', ts: '1700000200.000100', channel: 'C1', event_ts: '1700000200.000100', team: 'T1' };
    const [a, b] = instances;
    const sent = await Promise.all([
      a.sender.event(ev, { event_id: 'EvMulti1' }),
      b.sender.event(ev, { event_id: 'EvMulti1' }, { retryNum: 1, retryReason: 'http_timeout' }),
    ]);
    expect(sent.map((r) => r.status)).toEqual([200, 200]);
    await b.sender.event(ev, { event_id: 'EvMulti1' }, { retryNum: 2, retryReason: 'http_timeout' });
    await fake.waitFor(() => fake.callsTo('chat.postMessage').length >= 1);
    await sleep(300);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('an interaction payload redelivered to the other instance is handled once', async () => {
    fake.reset();
    const [a, b] = instances;
    await a.sender.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 스팟 인스턴스는 언제 써?', ts: '1700000300.000100', channel: 'C1', event_ts: '1700000300.000100', team: 'T1' }, { event_id: 'EvMulti2' });
    const answer = await fake.waitFor(() => fake.callsTo('chat.postMessage')[0]);
    const section = buttons(answer.args.blocks).find((x) => x.action_id.startsWith('section:'));
    expect(section).toBeDefined();
    const payload = blockActionPayload({ button: section!, messageTs: [...fake.messages.values()].find((m) => !m.ephemeral)!.ts, ephemeral: false, responseUrl: fake.responseUrl('multi-click'), triggerId: '99.88.77' });
    await Promise.all([a.sender.interaction(payload), b.sender.interaction(payload)]);
    await fake.waitFor(() => fake.responses.filter((r) => r.id === 'multi-click').length >= 1);
    await sleep(300);
    expect(fake.responses.filter((r) => r.id === 'multi-click')).toHaveLength(1);
    // A new click (a new trigger_id) is answered as usual.
    await b.sender.interaction({ ...payload, trigger_id: '99.88.78' });
    await fake.waitFor(() => fake.responses.filter((r) => r.id === 'multi-click').length === 2);
  });
});
