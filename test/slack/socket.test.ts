// Socket Mode through the real Bolt SocketModeReceiver: apps.connections.open on the fake
// Web API hands out a local WebSocket URL, and the fake pushes envelopes over it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.ts';
import { startFakeSocket, type FakeSocket } from '../fakes/slack/socket.ts';
import { buttons, realTutor } from './harness.ts';

let fake: FakeSlack;
let socket: FakeSocket;
let slack: SlackApp;
const logs: string[] = [];
const { tutor } = realTutor();

beforeAll(async () => {
  socket = await startFakeSocket();
  fake = await startFakeSlack({ socketUrl: () => socket.url });
  slack = createSlackApp(
    tutor,
    { botToken: 'xoxb-test-0000-token', signingSecret: 'unused-in-socket-mode', appToken: 'xapp-1-test-token', apiUrl: fake.apiUrl, port: 0 },
    { log: createLogger('debug', (l) => logs.push(l)), healthz: false, retryConfig: { retries: 0 }, socket: { autoReconnectEnabled: false } },
  );
  expect(slack.mode).toBe('socket');
  await slack.start();
  await socket.connected();
});
afterAll(async () => {
  await fake?.close();
  await socket?.close();
  await tutor.close();
});

const mentionEnvelope = (eventId: string, ts: string) => ({
  token: 't',
  team_id: 'T1',
  api_app_id: 'A1',
  type: 'event_callback',
  event_id: eventId,
  event_time: 1,
  event: { type: 'app_mention', user: 'U1', text: '<@UBOT> 스팟 인스턴스는 언제 써?', ts, channel: 'C1', team: 'T1' },
});

describe('Socket Mode', () => {
  it('connects with the app token and answers a mention in its thread, once despite a retry', async () => {
    expect(fake.callsTo('apps.connections.open')[0].token).toBe('xapp-1-test-token');
    await socket.send('events_api', mentionEnvelope('EvS1', '1700000500.000001'));
    await socket.send('events_api', mentionEnvelope('EvS1', '1700000500.000001'), { retryAttempt: 1 });
    const post = await fake.waitFor(() => fake.callsTo('chat.postMessage')[0]);
    expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '1700000500.000001' });
    expect(buttons(post.args.blocks).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acks a slash command over the socket and answers through response_url', async () => {
    const ack = await socket.send('slash_commands', {
      command: '/ask',
      text: 'EC2가 뭐야?',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'ann',
      response_url: fake.responseUrl('sock-ask'),
      trigger_id: '1',
      api_app_id: 'A1',
      token: 't',
    });
    expect(ack).toBeDefined();
    const r = await fake.waitFor(() => fake.responses.find((x) => x.id === 'sock-ask'));
    expect(r.body.response_type).toBe('ephemeral');
    expect(buttons(r.body.blocks).some((b) => b.action_id.startsWith('share:'))).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('closes the connection on stop', async () => {
    await slack.stop();
    await socket.closed();
  });
});
