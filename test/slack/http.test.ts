// End to end through the real @slack/bolt App in HTTP mode, against the real core and a fake
// Slack Web API, both on 127.0.0.1. Assertions are on what the fake Slack received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload } from '../fakes/slack/signing.ts';
import { allText, buttons, realTutor, startHarness, type Harness } from './harness.ts';

let h: Harness;
const feedback: { answerId: string; vote: string; user: string }[] = [];

beforeAll(async () => {
  const { tutor, store } = realTutor();
  // Watch the real store's feedback writes (the store itself is real SQLite in memory).
  const record = store.recordFeedback.bind(store);
  store.recordFeedback = async (r) => {
    feedback.push({ answerId: r.answerId, vote: r.vote, user: r.user });
    await record(r);
  };
  h = await startHarness({ tutor });
});
afterAll(async () => {
  await h?.close();
  await h?.tutor.close();
});
beforeEach(() => {
  h.fake.reset();
  feedback.length = 0;
});

let n = 0;
const eventId = () => `Ev${Date.now()}${++n}`;
const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@UBOT> ${text}`,
  ts: `1700000${100 + ++n}.000100`,
  channel: 'C1',
  event_ts: '1700000100.000100',
  team: 'T1',
  ...extra,
});

describe('HTTP endpoint', () => {
  it('serves /healthz on the same port', async () => {
    const res = await fetch(`${h.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('answers url_verification', async () => {
    const res = await h.sender.send(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), 'application/json');
    expect(res.status).toBe(200);
    expect(res.body).toContain('abc123');
  });

  it('rejects a bad signature and a timestamp over five minutes away in either direction, and changes nothing', async () => {
    const ev = mention('EC2가 뭐야?');
    const bad = await h.sender.event(ev, { event_id: eventId() }, { signature: 'v0=' + '0'.repeat(64) });
    expect(bad.status).toBe(401);
    const old = await h.sender.event(ev, { event_id: eventId() }, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(old.status).toBe(401);
    const future = await h.sender.event(ev, { event_id: eventId() }, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(future.status).toBe(401);
    // Within five minutes either way is accepted (clocks drift).
    const near = await h.sender.event(mention('EC2가 뭐야?'), { event_id: eventId() }, { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 });
    expect(near.status).toBe(200);
    await h.slack.idle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    h.fake.reset();
    const cmd = await h.sender.command({ command: '/ask', text: 'EC2', response_url: h.fake.responseUrl('x') }, { signature: 'v0=deadbeef' });
    expect(cmd.status).toBe(401);
    await h.slack.idle();
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in the thread of that message, as Block Kit with citation, related, whole-section and feedback buttons', async () => {
    const ev = mention('스팟 인스턴스는 언제 써?');
    const res = await h.sender.event(ev, { event_id: eventId() });
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > 0 && h.fake.callsTo('chat.postMessage'));
    expect(post.token).toBe('xoxb-test-0000-token');
    expect(post.args.channel).toBe('C1');
    expect(post.args.thread_ts).toBe(ev.ts);
    const blocks: any[] = post.args.blocks;
    expect(blocks.some((b) => b.type === 'section' && b.text.type === 'mrkdwn' && b.text.text.length > 0)).toBe(true);
    const context = blocks.find((b) => b.type === 'context');
    expect(context.elements[0].text).toMatch(/§\d/);
    const ids = buttons(blocks).map((b) => b.action_id);
    expect(ids.some((id) => id.startsWith('section:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('related:') || id.startsWith('section:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('feedback:up:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('feedback:down:'))).toBe(true);
    // A public answer has nothing to share; action_id is the core's id and value carries it too.
    expect(ids.some((id) => id.startsWith('share:'))).toBe(false);
    for (const b of buttons(blocks)) expect(b.value).toBe(b.action_id);
    expect(h.fake.violations).toEqual([]);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const ev = mention('컨테이너가 뭐야?', { thread_ts: '1690000000.000001' });
    await h.sender.event(ev, { event_id: eventId() });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(post.args.thread_ts).toBe('1690000000.000001');
  });

  it('understands Slack markup in the question and escapes & < > when echoing', async () => {
    const ev = mention('<@U2|bob> 물어봐 달래요: &lt;b&gt; EC2 &amp; Lambda 차이?');
    await h.sender.event(ev, { event_id: eventId() });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    // Whatever the core answered, no raw markup reached Slack from the core's text.
    const texts: string[] = post.args.blocks.filter((b: any) => b.type === 'section' && b.text).map((b: any) => b.text.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/<(?!@)/);
    expect(h.fake.violations).toEqual([]);
  });

  it('answers a retried event once, even when the retry arrives while the first is still in flight', async () => {
    const ev = mention('EC2 인스턴스 유형은?');
    const id = eventId();
    const [a, b] = await Promise.all([h.sender.event(ev, { event_id: id }), h.sender.event(ev, { event_id: id }, { retryNum: 1, retryReason: 'http_timeout' })]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    await h.sender.event(ev, { event_id: id }, { retryNum: 2 });
    await h.slack.idle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    await h.sender.event(mention('Lambda가 뭐야?'), { event_id: eventId() }, { retryNum: 1, retryReason: 'http_error' });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 1);
  });

  it('ignores messages from bots, other apps and itself', async () => {
    await h.sender.event(mention('EC2?', { bot_id: 'B999', user: undefined }), { event_id: eventId() });
    await h.sender.event(
      { type: 'message', subtype: 'bot_message', bot_id: 'B999', text: 'EC2?', channel: 'D1', channel_type: 'im', ts: '1700000200.000001' },
      { event_id: eventId() },
    );
    await h.sender.event(
      { type: 'message', user: 'UBOT', bot_id: 'BBOT', text: 'EC2?', channel: 'D1', channel_type: 'im', ts: '1700000201.000001' },
      { event_id: eventId() },
    );
    await h.sender.event(
      { type: 'message', subtype: 'message_changed', channel: 'D1', channel_type: 'im', ts: '1700000202.000001', message: { text: 'x' } },
      { event_id: eventId() },
    );
    await h.slack.idle();
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  it('answers a DM in the DM, not in a thread', async () => {
    await h.sender.event(
      { type: 'message', user: 'U1', text: 'EC2가 뭐야?', channel: 'D1', channel_type: 'im', ts: '1700000300.000001', team: 'T1' },
      { event_id: eventId() },
    );
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(post.args.channel).toBe('D1');
    expect(post.args.thread_ts).toBeUndefined();
  });

  it('records feedback from the 👍 button on a public answer and thanks the clicker privately', async () => {
    await h.sender.event(mention('EC2가 뭐야?'), { event_id: eventId() });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    const ts = h.fake.messages.size ? [...h.fake.messages.values()][0].ts : '';
    const up = buttons(post.args.blocks).find((b) => b.action_id.startsWith('feedback:up:'))!;
    const res = await h.sender.interaction(
      blockActionPayload({ button: up, user: 'U7', messageTs: ts, threadTs: post.args.thread_ts, ephemeral: false, responseUrl: h.fake.responseUrl('fb1') }),
    );
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => feedback.length === 1);
    expect(feedback[0]).toMatchObject({ vote: 'up', user: 'U7', answerId: up.action_id.split(':')[2] });
    const thanks = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'fb1'));
    expect(thanks.body.response_type).toBe('ephemeral');
    expect(thanks.body.replace_original).toBe(false);
  });

  it('shows a whole section from the button, replying where the click happened', async () => {
    await h.sender.event(mention('스팟 인스턴스는 언제 써?'), { event_id: eventId() });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    const whole = buttons(post.args.blocks).find((b) => b.action_id.startsWith('section:'))!;
    const ts = [...h.fake.messages.values()][0].ts;
    await h.sender.interaction(
      blockActionPayload({ button: whole, messageTs: ts, threadTs: post.args.thread_ts, ephemeral: false, responseUrl: h.fake.responseUrl('sec1') }),
    );
    await h.slack.idle();
    // The whole section is for the clicker: privately, through the click's response_url, posting nothing.
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    const section = h.fake.responses.find((r) => r.id === 'sec1')!.body;
    expect(section.response_type).toBe('ephemeral');
    expect(allText(section).length).toBeGreaterThan(50);
    expect(h.fake.violations).toEqual([]);
  });
});

describe('/ask', () => {
  it('acks at once, answers ephemerally with a Share button, and the button posts the answer to the channel', async () => {
    const res = await h.sender.command({ command: '/ask', text: '스팟 인스턴스는 언제 써?', response_url: h.fake.responseUrl('ask1') });
    expect(res.status).toBe(200);
    const eph = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'ask1'));
    expect(eph.body.response_type).toBe('ephemeral');
    const share = buttons(eph.body.blocks).find((b) => b.action_id.startsWith('share:'));
    expect(share).toBeDefined();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);

    const ephTs = [...h.fake.messages.values()].find((m) => m.channel === 'response:ask1')!.ts;
    h.fake.linkResponseUrl('ask1-click', ephTs);
    await h.sender.interaction(blockActionPayload({ button: share!, messageTs: ephTs, ephemeral: true, responseUrl: h.fake.responseUrl('ask1-click') }));
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(post.args.channel).toBe('C1');
    expect(post.args.thread_ts).toBeUndefined();
    expect(buttons(post.args.blocks).some((b) => b.action_id.startsWith('share:'))).toBe(false);
    // Never chat.update on an ephemeral message.
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(h.fake.violations).toEqual([]);
  });

  it('shares straight away with -share (and !share)', async () => {
    await h.sender.command({ command: '/ask', text: '-share 컨테이너가 뭐야?', response_url: h.fake.responseUrl('ask2') });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(post.args.channel).toBe('C1');
    expect(allText(post.args)).not.toContain('-share');
    await h.sender.command({ command: '/ask', text: 'Lambda가 뭐야? !share', response_url: h.fake.responseUrl('ask3') });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 2);
    expect(h.fake.responses.filter((r) => r.body.response_type === 'ephemeral')).toHaveLength(0);
  });

  it('falls back to response_url in_channel when the bot is not in the channel', async () => {
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    await h.sender.command({ command: '/ask', text: '--share EC2가 뭐야?', response_url: h.fake.responseUrl('ask4') });
    const r = await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'ask4'));
    expect(r.body.response_type).toBe('in_channel');
  });
});

describe('/pricing', () => {
  it('posts the recommendation in a thread under a short root message', async () => {
    await h.sender.command({ command: '/pricing', text: '3년 동안 24시간 도는 데이터베이스 서버 &lt;b&gt;', response_url: h.fake.responseUrl('p1') });
    await h.slack.idle();
    // A complete workload gets a public recommendation: a short root message, the advice in its thread.
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    const rootTs = [...h.fake.messages.values()].find((m) => m.text === posts[0].args.text)!.ts;
    expect(posts[0].args.text).toContain('<@U1>');
    expect(posts[0].args.text).toContain('&lt;b&gt;'); // the user's text is escaped when echoed
    expect(posts[1].args.thread_ts).toBe(rootTs);
    expect(h.fake.violations).toEqual([]);
  });
});

describe('logs', () => {
  it('never contain the bot token or the signing secret', async () => {
    const all = h.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain('xoxb-test-0000-token');
    expect(all).not.toContain('test-signing-secret');
  });
});

describe('errors', () => {
  it('answers a stale button with a short ephemeral message', async () => {
    await h.sender.interaction(
      blockActionPayload({ button: { action_id: 'share:does-not-exist', value: 'share:does-not-exist' }, messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('stale') }),
    );
    const r = await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'stale'));
    expect(r.body.response_type).toBe('ephemeral');
    expect(allText(r.body).length).toBeGreaterThan(0);
  });
});
