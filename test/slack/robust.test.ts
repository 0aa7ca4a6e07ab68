// Production HTTP mode (processBeforeResponse: false): acks before slow work, survives core
// failures with a short ephemeral message, and keeps huge replies within Block Kit limits.
// The real core is wrapped (slowed down, made to fail, made huge) to reach these paths.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Tutor } from '../../src/tutor.ts';
import { blockActionPayload } from '../fakes/slack/signing.ts';
import { buttons, realTutor, startHarness, type Harness } from './harness.ts';

const real = realTutor().tutor;
let mode: 'normal' | 'slow' | 'fail' | 'huge' = 'normal';
const wrapped: Tutor = {
  ...real,
  async handle(text, ctx) {
    if (mode === 'fail') throw new Error('boom');
    const r = await real.handle(text, ctx);
    if (mode === 'huge') {
      return {
        ...r,
        title: '제목 '.repeat(200),
        text: '<!channel> & 스팟 '.repeat(5000),
        fields: Array.from({ length: 90 }, (_, i) => ({ label: `항목 ${i}`, value: '$'.repeat(3000) })),
        actions: Array.from({ length: 140 }, (_, i) => ({ id: `related:${i}`, label: '버튼 '.repeat(60), group: 'related' as const })),
      };
    }
    return r;
  },
  async command(name, args, ctx) {
    if (mode === 'slow') await new Promise((r) => setTimeout(r, 1500));
    if (mode === 'fail') throw new Error('boom');
    return real.command(name, args, ctx);
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ tutor: wrapped, app: { processBeforeResponse: false } });
});
afterAll(async () => {
  await h?.close();
  await real.close();
});
beforeEach(() => {
  mode = 'normal';
  h.fake.reset();
});

describe('production HTTP mode', () => {
  it('acks a slash command at once and answers afterwards through response_url', async () => {
    mode = 'slow';
    const t0 = Date.now();
    const res = await h.sender.command({ command: '/ask', text: 'EC2가 뭐야?', response_url: h.fake.responseUrl('slow') });
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(h.fake.responses).toHaveLength(0);
    const r = await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'slow'), 5000);
    expect(r.body.response_type).toBe('ephemeral');
  });

  it('tells the user briefly when the core fails, instead of silence', async () => {
    mode = 'fail';
    await h.sender.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> EC2?', ts: '1700000800.000001', channel: 'C1', team: 'T1' }, { event_id: 'EvFail1' });
    const eph = await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral')[0]);
    expect(eph.args).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '1700000800.000001' });
    await h.sender.command({ command: '/quiz', text: '', response_url: h.fake.responseUrl('fail-cmd') });
    const r = await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'fail-cmd'));
    expect(r.body.response_type).toBe('ephemeral');
  });

  it('keeps a huge reply within Block Kit limits, so Slack accepts it', async () => {
    mode = 'huge';
    await h.sender.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> EC2가 뭐야?', ts: '1700000900.000001', channel: 'C1', team: 'T1' }, { event_id: 'EvHuge1' });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(h.fake.violations).toEqual([]);
    expect(post.args.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(post.args.blocks)).not.toContain('<!channel>');
    expect(buttons(post.args.blocks).length).toBeGreaterThan(25);
  });

  it('replaces a public message with chat.update when a click returns `replace`', async () => {
    await h.sender.command({ command: '/quiz', text: 'channel 2', response_url: h.fake.responseUrl('ch') });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    const ts = [...h.fake.messages.values()].find((m) => !m.ephemeral)!.ts;
    const choice = buttons(post.args.blocks).find((b) => /^quiz:.+:\d+:\d+$/.test(b.action_id))!;
    await h.sender.interaction(blockActionPayload({ button: choice, user: 'U3', messageTs: ts, ephemeral: false, responseUrl: h.fake.responseUrl('ch-click') }));
    const upd = await h.fake.waitFor(() => h.fake.callsTo('chat.update')[0]);
    expect(upd.args.ts).toBe(ts);
  });
});
