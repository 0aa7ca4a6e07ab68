// The renderer against Block Kit's limits, over random and huge replies, and the Slack text helpers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreActionId, LIMITS, renderReply, slackActionId } from '../../adapters/slack/render.ts';
import { createEventDedupe, isFromBot } from '../../adapters/slack/events.ts';
import { escapeMrkdwn, parseShareFlag, slackToPlain, splitText, truncate } from '../../adapters/slack/text.ts';
import type { Action, Reply } from '../../src/reply.ts';
import { blockKitProblems } from '../fakes/slack/blockkit.ts';
import { buttons } from './harness.ts';

const anyText = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: 'grapheme', maxLength: max }),
    fc.constantFrom('<!channel> & <@U1> > <https://x|y>', '&amp;&lt;'.repeat(400), '😀'.repeat(2000), 'a&'.repeat(3000)),
    fc.integer({ min: 0, max: 12_000 }).map((n) => ('스팟 인스턴스 & <b> '.repeat(Math.ceil(n / 16)) + '\n\n').slice(0, n)),
  );

const action: fc.Arbitrary<Action> = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 250, maxLength: 2100 }), fc.constantFrom('quiz:s:0:1', 'section:3.3')),
    label: anyText(200),
    style: fc.constantFrom('primary' as const, 'danger' as const),
    group: fc.constantFrom('choices' as const, 'related' as const, 'nav' as const, 'feedback' as const, 'share' as const),
  },
  { requiredKeys: ['id', 'label'] },
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom('answer' as const, 'quiz-question' as const, 'advice' as const, 'notice' as const),
    lang: fc.constantFrom('ko' as const, 'en' as const),
    title: anyText(400),
    text: anyText(12_000),
    citation: fc.record({ sectionId: fc.string({ maxLength: 10 }), title: anyText(300), supplementary: fc.boolean(), label: anyText(4000) }),
    related: fc.array(fc.record({ sectionId: fc.string({ maxLength: 300 }), title: anyText(200) }), { maxLength: 40 }),
    fields: fc.array(fc.record({ label: anyText(300), value: anyText(3000), inline: fc.boolean() }), { maxLength: 60 }),
    actions: fc.array(action, { maxLength: 120 }),
    visibility: fc.constantFrom('private' as const, 'public' as const),
  },
  { requiredKeys: ['kind', 'lang', 'text', 'visibility'] },
);

describe('renderReply respects Block Kit limits', () => {
  it('for random and huge replies', () => {
    fc.assert(
      fc.property(reply, fc.boolean(), (r, ephemeral) => {
        const msg = renderReply(r, { ephemeral });
        expect(blockKitProblems(msg.blocks)).toEqual([]);
        expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
        expect(msg.text.length).toBeGreaterThan(0);
        expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
        for (const b of buttons(msg.blocks)) {
          expect(b.text.text.length).toBeLessThanOrEqual(75);
          expect(b.action_id.length).toBeLessThanOrEqual(255);
          expect(b.value!.length).toBeLessThanOrEqual(2000);
        }
        // The core's text never becomes a mention, broadcast or link.
        for (const b of msg.blocks as any[]) {
          const texts = [b.text?.type === 'mrkdwn' ? b.text.text : '', ...(b.fields ?? []).map((f: any) => f.text), ...(b.type === 'context' ? b.elements.map((e: any) => e.text) : [])];
          for (const t of texts) expect(t).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the title, first text, citation and buttons when everything is too big', () => {
    const r: Reply = {
      kind: 'quiz-question',
      lang: 'ko',
      title: 'T'.repeat(500),
      text: ('가나다라 '.repeat(700) + '\n\n').repeat(40),
      citation: { sectionId: '3.3', title: 'x', supplementary: false, label: '§3.3 요금' },
      fields: Array.from({ length: 200 }, (_, i) => ({ label: `f${i}`, value: 'v' })),
      actions: Array.from({ length: 80 }, (_, i) => ({ id: `quiz:s:0:${i}`, label: `choice ${i} `.repeat(20), group: 'choices' as const })),
      visibility: 'public',
    };
    const msg = renderReply(r);
    expect(blockKitProblems(msg.blocks)).toEqual([]);
    const types = msg.blocks.map((b) => b.type);
    expect(types[0]).toBe('header');
    expect(types[1]).toBe('section');
    expect(types).toContain('context');
    expect(buttons(msg.blocks)).toHaveLength(80); // 4 actions blocks of ≤25
    expect(msg.blocks.filter((b) => b.type === 'actions').map((b: any) => b.elements.length)).toEqual([25, 25, 25, 5]);
  });

  it('groups buttons by Action.group, with action_id = value = the core id, and drops duplicates', () => {
    const r: Reply = {
      kind: 'answer',
      lang: 'en',
      text: 'EC2 is a service.',
      citation: { sectionId: '1', title: 'EC2', supplementary: false, label: '§1 EC2' },
      related: [{ sectionId: '2', title: 'Containers' }],
      actions: [
        { id: 'feedback:up:a1', label: '👍', group: 'feedback' },
        { id: 'related:2', label: '§2 Containers', group: 'related' },
        { id: 'related:2', label: 'dup', group: 'related' },
        { id: 'share:a1', label: 'Share in channel', group: 'share' },
        { id: 'feedback:down:a1', label: '👎', group: 'feedback' },
      ],
      visibility: 'private',
    };
    const pub = renderReply(r);
    const rows = pub.blocks.filter((b) => b.type === 'actions').map((b: any) => b.elements.map((e: any) => e.action_id));
    // related (no synthesized duplicate for §2), then the synthesized whole-section button, then feedback; no share in public.
    expect(rows).toEqual([['related:2'], ['section:1'], ['feedback:up:a1', 'feedback:down:a1']]);
    for (const b of buttons(pub.blocks)) expect(b.value).toBe(b.action_id);
    const eph = renderReply(r, { ephemeral: true });
    expect(buttons(eph.blocks).map((b) => b.action_id)).toContain('share:a1');
  });

  it('puts fields in section fields (a cost table) and the citation in a context block', () => {
    const msg = renderReply({
      kind: 'advice',
      lang: 'ko',
      text: '예약 인스턴스를 추천합니다.',
      fields: [
        { label: '온디맨드', value: '$100/월', inline: true },
        { label: '예약 (1년)', value: '$60/월 <b>', inline: true },
      ],
      citation: { sectionId: '3.3', title: 'x', supplementary: false, label: '§3.3 Amazon EC2 요금 모델: 사용 사례' },
      visibility: 'public',
    });
    const fields = (msg.blocks.find((b: any) => b.fields) as any).fields;
    expect(fields.map((f: any) => f.text)).toEqual(['*온디맨드*\n$100/월', '*예약 (1년)*\n$60/월 &lt;b&gt;']);
    expect((msg.blocks.find((b) => b.type === 'context') as any).elements[0].text).toBe('📖 §3.3 Amazon EC2 요금 모델: 사용 사례');
  });

  it('maps long action ids to a unique ≤255-char action_id and back through value', () => {
    const long = 'quiz:' + 'x'.repeat(600);
    const id = slackActionId(long);
    expect(id.length).toBeLessThanOrEqual(255);
    expect(slackActionId(long + 'y')).not.toBe(id);
    expect(coreActionId({ action_id: id, value: long })).toBe(long);
    expect(coreActionId({ action_id: 'section:3' })).toBe('section:3');
  });
});

describe('Slack text', () => {
  it('turns Slack markup into a plain question', () => {
    expect(slackToPlain('<@UBOT> 스팟 인스턴스는 언제 써?', 'UBOT')).toBe('스팟 인스턴스는 언제 써?');
    expect(slackToPlain('<@U2|bob> asked in <#C1|general>: <https://aws.amazon.com/ec2|EC2> &amp; &lt;Lambda&gt; <!here>', 'UBOT')).toBe(
      '@bob asked in #general: EC2 & <Lambda> @here',
    );
    expect(slackToPlain('see <https://example.com>')).toBe('see https://example.com');
    expect(slackToPlain('<mailto:a@b.c>')).toBe('a@b.c');
  });

  it('escapes & < > for mrkdwn', () => {
    expect(escapeMrkdwn('a & <b> <!channel>')).toBe('a &amp; &lt;b&gt; &lt;!channel&gt;');
  });

  it('truncates and splits without breaking surrogate pairs or entities', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (s, max) => {
        const e = escapeMrkdwn(s);
        const t = truncate(e, max);
        expect(t.length).toBeLessThanOrEqual(max);
        expect(t).not.toMatch(/&[a-z]{0,3}…$/);
        const parts = splitText(e, Math.max(max, 6));
        expect(parts.join('')).toBe(e);
        for (const p of parts) {
          expect(p.length).toBeLessThanOrEqual(Math.max(max, 6));
          expect(/^[\uDC00-\uDFFF]/.test(p)).toBe(false);
        }
      }),
      // Once found at random: the only cut inside `&amp;` was at 1, and `&…` was sent.
      { examples: [['&', 2]] },
    );
  });

  it('truncating before a first entity that does not fit leaves the ellipsis alone, never a cut-off `&`', () => {
    expect(truncate(escapeMrkdwn('&'), 2)).toBe('…');
    expect(truncate(escapeMrkdwn('&'), 5)).toBe('&amp;');
    expect(truncate(escapeMrkdwn('<b>'), 4)).toBe('…');
    expect(truncate(escapeMrkdwn('a&b'), 4)).toBe('a…');
    expect(truncate(escapeMrkdwn('a&bc'), 7)).toBe('a&amp;…');
    // Splitting still cuts before the entity when it fits in the next piece.
    expect(splitText(escapeMrkdwn('ab&c'), 6)).toEqual(['ab', '&amp;c']);
  });

  it('parses the share flag of /ask', () => {
    expect(parseShareFlag('-share EC2가 뭐야?')).toEqual({ share: true, text: 'EC2가 뭐야?' });
    expect(parseShareFlag('EC2가 뭐야? !share')).toEqual({ share: true, text: 'EC2가 뭐야?' });
    expect(parseShareFlag('--share   Lambda')).toEqual({ share: true, text: 'Lambda' });
    expect(parseShareFlag('shared tenancy란?')).toEqual({ share: false, text: 'shared tenancy란?' });
  });
});

describe('events', () => {
  it('dedupes event ids for a while, then forgets them', () => {
    let t = 0;
    const d = createEventDedupe({ ttlMs: 1000, max: 3, now: () => t });
    expect(d.firstTime('a')).toBe(true);
    expect(d.firstTime('a')).toBe(false);
    t = 2000;
    expect(d.firstTime('a')).toBe(true);
    for (const id of ['b', 'c', 'd', 'e']) d.firstTime(id);
    expect(d.size).toBeLessThanOrEqual(4);
  });

  it('recognises bot messages', () => {
    expect(isFromBot({ bot_id: 'B1' })).toBe(true);
    expect(isFromBot({ subtype: 'bot_message' })).toBe(true);
    expect(isFromBot({ user: 'U1', text: 'hi' })).toBe(false);
  });
});
