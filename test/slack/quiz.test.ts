// /quiz through the real Bolt App and the real quiz engine: solo quizzes as ephemeral
// messages replaced through response_url, channel quizzes as public messages updated with
// chat.update and closed by the adapter's timer. Structure only: the bank is still growing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload } from '../fakes/slack/signing.ts';
import { allText, buttons, realTutor, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ tutor: realTutor({ quizChannelSeconds: 2 }).tutor });
});
afterAll(async () => {
  await h?.close();
  await h?.tutor.close();
});
beforeEach(() => h.fake.reset());

const RESULT = /✅|❌|정답|오답|correct|wrong/i;
const choiceButtons = (blocks: any[] | undefined) => buttons(blocks).filter((b) => /^quiz:.+:\d+:\d+$/.test(b.action_id));

describe('/quiz solo', () => {
  it('starts a default quiz ephemerally and replaces the same message with the result on a click', async () => {
    const res = await h.sender.command({ command: '/quiz', text: '', response_url: h.fake.responseUrl('q1') });
    expect(res.status).toBe(200);
    const first = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'q1'));
    expect(first.body.response_type).toBe('ephemeral');
    // The choices are buttons in one actions block.
    const choiceBlock = first.body.blocks.find((b: any) => b.type === 'actions' && b.elements.some((e: any) => /^quiz:/.test(e.action_id)));
    expect(choiceBlock).toBeDefined();
    const choices = choiceButtons(first.body.blocks);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choiceBlock.elements.length).toBeGreaterThanOrEqual(choices.length);

    const ts = [...h.fake.messages.values()].find((m) => m.channel === 'response:q1')!.ts;
    h.fake.linkResponseUrl('q1-click', ts);
    await h.sender.interaction(blockActionPayload({ button: choices[0], messageTs: ts, ephemeral: true, responseUrl: h.fake.responseUrl('q1-click') }));
    const replaced = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'q1-click' && r.body.replace_original));
    expect(allText(replaced.body)).toMatch(RESULT);
    // The same message now holds the result (and the next question or a Next button), never via chat.update.
    expect(allText(h.fake.messages.get(ts))).toMatch(RESULT);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(h.fake.violations).toEqual([]);
  });

  it('shows the leaderboard and stats', async () => {
    await h.sender.command({ command: '/quiz', text: 'leaderboard', response_url: h.fake.responseUrl('lb') });
    await h.sender.command({ command: '/quiz', text: 'stats', response_url: h.fake.responseUrl('st') });
    await h.fake.waitFor(
      () => (h.fake.responses.length + h.fake.callsTo('chat.postMessage').length >= 2 ? true : false),
      5000,
      'leaderboard and stats',
    );
    expect(h.fake.violations).toEqual([]);
  });
});

describe('/quiz channel', () => {
  it('posts a public question, updates it as people answer, and closes it when the time is up', async () => {
    await h.sender.command({ command: '/quiz', text: 'channel 3.3 2', response_url: h.fake.responseUrl('c1') });
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(post.args.channel).toBe('C1');
    const choices = choiceButtons(post.args.blocks);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const ts = [...h.fake.messages.values()].find((m) => !m.ephemeral)!.ts;

    // Someone else answers: the public message is updated in place, the answer is acknowledged privately.
    await h.sender.interaction(
      blockActionPayload({ button: choices[1], user: 'U2', userName: 'bob', messageTs: ts, ephemeral: false, responseUrl: h.fake.responseUrl('c1-bob') }),
    );
    const upd = await h.fake.waitFor(() => h.fake.callsTo('chat.update')[0]);
    expect(upd.args).toMatchObject({ channel: 'C1', ts });
    const ack = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'c1-bob'));
    expect(ack.body.response_type).toBe('ephemeral');

    // The adapter's timer closes the question: the same message loses its choices and shows the result.
    await h.fake.waitFor(
      () => {
        const m = h.fake.messages.get(ts);
        return m && choiceButtons(m.blocks).length === 0 && h.fake.callsTo('chat.update').length >= 2;
      },
      6000,
      'the question to close',
    );
    const closed = h.fake.messages.get(ts)!;
    expect(allText(closed)).toMatch(/bob|정답|Answer|✅/);
    // A late click on the closed question gets a short private answer, not silence.
    await h.sender.interaction(
      blockActionPayload({ button: choices[0], user: 'U4', messageTs: ts, ephemeral: false, responseUrl: h.fake.responseUrl('c1-late') }),
    );
    const late = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'c1-late' && !r.body.replace_original));
    expect(late.body.response_type).toBe('ephemeral');
    // The next question arrives as a new public message with its own choices.
    const next = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[1], 6000, 'the next question');
    expect(next.args.channel).toBe('C1');
    expect(choiceButtons(next.args.blocks).length).toBeGreaterThanOrEqual(2);
    expect(h.fake.violations).toEqual([]);
  });
});

describe('/quiz channel, moving on early', () => {
  it('closes the question on "next", posts the next one, and does not close the old one again later', async () => {
    const q = await startHarness({ tutor: realTutor({ quizChannelSeconds: 3 }).tutor });
    try {
      await q.sender.command({ command: '/quiz', text: 'channel 2', response_url: q.fake.responseUrl('n1') });
      const post = await q.fake.waitFor(() => q.fake.callsTo('chat.postMessage')[0]);
      const ts = [...q.fake.messages.values()].find((m) => !m.ephemeral)!.ts;
      const next = buttons(post.args.blocks).find((b) => /:next:/.test(b.action_id));
      expect(next).toBeDefined();
      await q.sender.interaction(blockActionPayload({ button: next!, messageTs: ts, ephemeral: false, responseUrl: q.fake.responseUrl('n1-next') }));
      await q.fake.waitFor(() => q.fake.callsTo('chat.update').length >= 1 && q.fake.callsTo('chat.postMessage').length >= 2);
      expect(q.fake.callsTo('chat.update')[0].args.ts).toBe(ts);
      expect(choiceButtons(q.fake.messages.get(ts)!.blocks)).toHaveLength(0);
      const second = q.fake.callsTo('chat.postMessage')[1];
      expect(second.args.channel).toBe('C1');
      expect(choiceButtons(second.args.blocks).length).toBeGreaterThanOrEqual(2);
      // The second question closes by its own timer; the first question's timer was dropped, so it is not updated again.
      const ts2 = [...q.fake.messages.values()].filter((m) => !m.ephemeral)[1].ts;
      await q.fake.waitFor(() => q.fake.callsTo('chat.update').some((c) => c.args.ts === ts2), 8000, 'the second question to close');
      expect(q.fake.callsTo('chat.update').filter((c) => c.args.ts === ts)).toHaveLength(1);
      expect(q.fake.violations).toEqual([]);
    } finally {
      await q.close();
      await q.tutor.close();
    }
  });
});

describe('rate limit', () => {
  it('answers a flood with a polite ephemeral notice', async () => {
    const limited = await startHarness({ tutor: realTutor({ rateLimitPerMinute: 1 }).tutor });
    try {
      const ev = (i: number) => ({ type: 'app_mention', user: 'U9', text: `<@UBOT> EC2 ${i}?`, ts: `1700009${i}.000001`, channel: 'C1', team: 'T1' });
      await limited.sender.event(ev(1), { event_id: 'EvRL1' });
      await limited.sender.event(ev(2), { event_id: 'EvRL2' });
      const eph = await limited.fake.waitFor(() => limited.fake.callsTo('chat.postEphemeral')[0]);
      expect(eph.args).toMatchObject({ channel: 'C1', user: 'U9', thread_ts: '17000092.000001' });
      expect(limited.fake.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await limited.close();
      await limited.tutor.close();
    }
  });
});

describe('names shown to others', () => {
  it('a channel quiz card shows a markup-laden name as typed, formatting nothing', async () => {
    await h.sender.command({ command: '/quiz', text: 'channel 3.3 1', user_name: '*boss*_~x~`y`\u202e', response_url: h.fake.responseUrl('n1') });
    await h.slack.idle();
    const post = h.fake.callsTo('chat.postMessage')[0];
    const text = allText(post.args);
    expect(text).toContain('∗boss∗ˍ∼x∼ˋyˋ');
    expect(text).not.toMatch(/\*boss|`y`|\u202e/);
    // Close it, so the next test's channel quiz can start.
    await h.sender.command({ command: '/quiz', text: 'stop', user_name: 'x', response_url: h.fake.responseUrl('n2') });
    await h.slack.idle();
  });
});

describe('a waiting quiz answered by typing', () => {
  it('a DM "1" answers the quiz the learner started with /quiz, and "그만하기" stops it', async () => {
    await h.sender.command({ command: '/quiz', text: '3.3 2', user_id: 'U7', response_url: h.fake.responseUrl('w1') });
    await h.slack.idle();
    expect(allText(h.fake.responses.find((r) => r.id === 'w1')!.body)).toMatch(/1\/2/);
    const dm = (text: string, ts: string) =>
      h.sender.event({ type: 'message', user: 'U7', text, channel: 'D7', channel_type: 'im', ts, team: 'T1' }, { event_id: `EvW${ts}` });
    await dm('1', '1700000400.000001');
    await h.slack.idle();
    const answered = allText(h.fake.callsTo('chat.postMessage').at(-1)!.args);
    expect(answered).toMatch(/✅|❌/);
    expect(answered).toMatch(/2\/2/);
    await dm('그만하기', '1700000401.000001');
    await h.slack.idle();
    expect(allText(h.fake.callsTo('chat.postMessage').at(-1)!.args)).toMatch(/퀴즈 결과|퀴즈 끝/);
  });
});
