// The renderer keeps every Discord limit whatever the core hands it: checked over random and
// huge content, with the fake Discord's validator (what real Discord rejects) as the oracle.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ButtonStyle } from 'discord.js';
import { renderReply, renderButtons, renderChoices, threadName, truncate, chunk, toMessage, LIMITS } from '../../adapters/discord/render.ts';
import { validateMessage, validateChoices } from '../fakes/discord/validate.ts';
import type { Action, Reply, ReplyKind } from '../../src/reply.ts';

const KINDS: ReplyKind[] = ['answer', 'section', 'not-covered', 'help', 'quiz-question', 'quiz-result', 'quiz-summary', 'leaderboard', 'stats', 'advice', 'notice', 'error'];
const GROUPS = ['choices', 'related', 'nav', 'feedback', 'share', undefined] as const;

/** Text with Hangul, emoji (surrogate pairs), markdown, mentions and newlines, sometimes huge. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: fc.constantFrom('가', '나', ' ', '\n', '😀', '*', '@everyone', '<@123456789012>', 'a', '§'), maxLength: max }),
    fc.nat({ max }).map((n) => '한'.repeat(n)),
    fc.nat({ max }).map((n) => '👍'.repeat(Math.ceil(n / 2))),
  );

const action = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 90, maxLength: 140 }), fc.constant('')),
  label: text(200),
  style: fc.constantFrom<Action['style']>('primary', 'danger', undefined),
  group: fc.constantFrom(...GROUPS),
}) as fc.Arbitrary<Action>;

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    lang: fc.constantFrom<'ko' | 'en'>('ko', 'en'),
    title: fc.option(text(600), { nil: undefined }),
    text: text(12_000),
    citation: fc.option(
      fc.record({ sectionId: fc.string(), title: text(300), supplementary: fc.boolean(), label: text(3000) }),
      { nil: undefined },
    ),
    related: fc.option(fc.array(fc.record({ sectionId: fc.string({ maxLength: 8 }), title: text(300) }), { maxLength: 30 }), { nil: undefined }),
    fields: fc.option(fc.array(fc.record({ label: text(400), value: text(2500), inline: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 40 }), { nil: undefined }),
    actions: fc.option(fc.array(action, { maxLength: 60 }), { nil: undefined }),
    visibility: fc.constantFrom<'private' | 'public'>('private', 'public'),
    expires: fc.option(fc.record({ atMs: fc.integer({ min: 0, max: 4_000_000_000_000 }), actionId: fc.string() }), { nil: undefined }),
  },
  { requiredKeys: ['kind', 'lang', 'text', 'visibility'] },
) as fc.Arbitrary<Reply>;

const codePoints = (s: string) => [...s].length;
const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => allStrings(x, out));
  return out;
}

describe('renderReply', () => {
  test('any Reply renders to a message real Discord accepts, sent or edited', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const out = renderReply(r);
        const body = { ...toMessage(out), allowed_mentions: { parse: [], replied_user: false } };
        expect(validateMessage(body, 'create')).toEqual([]);
        expect(validateMessage({ ...toMessage(out, 'edit') }, 'edit')).toEqual([]);
        // Also by UTF-16 length (stricter than Discord's count), and never a broken surrogate.
        expect((out.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
        const total = out.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);
        expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const s of allStrings(out)) expect(hasLoneSurrogate(s)).toBe(false);
        // Button ids come back exactly as the core made them.
        const ids = new Set((r.actions ?? []).map((a) => a.id));
        for (const row of out.components) for (const b of row.components) expect(ids.has(b.custom_id)).toBe(true);
        expect(out.ephemeral).toBe(r.visibility === 'private' || r.kind === 'notice' || r.kind === 'error');
        expect(out.allowedMentions).toEqual({ parse: [], repliedUser: false });
      }),
      { numRuns: 300 },
    );
  });

  test('huge content: text split over embeds within 6,000 characters, cut marked with …', () => {
    const r: Reply = {
      kind: 'section', lang: 'ko', title: 'T'.repeat(1000), text: '가나다라 마바사\n\n'.repeat(3000),
      fields: Array.from({ length: 40 }, (_, i) => ({ label: `f${i}`.repeat(100), value: 'v'.repeat(5000) })),
      citation: { sectionId: '3.3', title: 'x', supplementary: false, label: '§3.3 '.repeat(1000) }, visibility: 'public',
    };
    const out = renderReply(r);
    expect(validateMessage(toMessage(out), 'create')).toEqual([]);
    expect(out.embeds[0].title!.length).toBe(LIMITS.embedTitle);
    expect(out.embeds[0].description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(out.embeds.at(-1)!.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of out.embeds.flatMap((e) => e.fields ?? [])) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(out.embeds.map((e) => e.description ?? '').join('')).toMatch(/…$/);
  });

  test('a long section continues in a second embed instead of being cut at 4,096', () => {
    const para = '컴퓨팅 서비스 설명 문단입니다. '.repeat(20) + '\n\n';
    const r: Reply = { kind: 'section', lang: 'ko', title: '§1 개요', text: para.repeat(14), visibility: 'private' };
    expect(r.text.length).toBeGreaterThan(4096);
    expect(r.text.length).toBeLessThan(5500);
    const out = renderReply(r);
    expect(out.embeds.length).toBe(2);
    expect(out.embeds.map((e) => e.description).join('\n\n').replace(/\s+/g, '')).toBe(r.text.replace(/\s+/g, ''));
  });

  test('an answer: embed with title, text, citation footer and related buttons', () => {
    const r: Reply = {
      kind: 'answer', lang: 'ko', title: '스팟 인스턴스', text: '스팟 인스턴스는 …', visibility: 'private',
      citation: { sectionId: '3.3', title: '요금 모델', supplementary: false, label: '§3.3 Amazon EC2 요금 모델: 사용 사례' },
      actions: [
        { id: 'section:3.3', label: '§3.3 전체 보기', group: 'nav' },
        { id: 'related:3.2', label: '§3.2', group: 'related' },
        { id: 'feedback:up:a1', label: '👍', group: 'feedback' },
        { id: 'share:a1', label: '공유', group: 'share' },
      ],
    };
    const out = renderReply(r);
    expect(out.ephemeral).toBe(true);
    expect(out.content).toBeUndefined();
    expect(out.embeds).toHaveLength(1);
    expect(out.embeds[0]).toMatchObject({ title: '스팟 인스턴스', description: '스팟 인스턴스는 …', footer: { text: '📖 §3.3 Amazon EC2 요금 모델: 사용 사례' } });
    expect(out.components.map((row) => row.components.map((b) => b.custom_id))).toEqual([['section:3.3'], ['related:3.2'], ['feedback:up:a1'], ['share:a1']]);
    expect(renderReply(r, { omitGroups: ['share'] }).components.flatMap((x) => x.components).map((b) => b.custom_id)).not.toContain('share:a1');
  });

  test('notices and errors are short ephemeral content, not embeds', () => {
    const out = renderReply({ kind: 'notice', lang: 'ko', text: '잠시 후 다시 시도해 주세요.', visibility: 'public' });
    expect(out).toMatchObject({ content: '잠시 후 다시 시도해 주세요.', embeds: [], ephemeral: true });
    expect(renderReply({ kind: 'error', lang: 'en', text: 'x'.repeat(5000), visibility: 'private' }).content!.length).toBe(LIMITS.content);
  });

  test('expires shows a live Discord countdown', () => {
    const out = renderReply({ kind: 'quiz-question', lang: 'ko', text: 'Q', visibility: 'public', expires: { atMs: 1_700_000_030_000, actionId: 'quiz:a:close:0' } });
    expect(out.embeds[0].description).toContain('<t:1700000030:R>');
    const huge = renderReply({ kind: 'quiz-question', lang: 'ko', text: '문'.repeat(20_000), visibility: 'public', expires: { atMs: 1_700_000_030_000, actionId: 'quiz:a:close:0' } });
    expect(huge.embeds.at(-1)!.description).toMatch(/…\n\n⏱ <t:1700000030:R>$/);
    expect(validateMessage(toMessage(huge), 'create')).toEqual([]);
  });
});

describe('renderButtons', () => {
  test('5 per row, 5 rows, labels ≤80, ids never cut (too long → dropped), duplicates dropped', () => {
    const actions: Action[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `quiz:s:0:${i}`, label: `${i}. ${'선택지 '.repeat(40)}`, group: 'choices' as const })),
      { id: 'x'.repeat(101), label: 'too long id', group: 'nav' },
      { id: 'quiz:s:0:1', label: 'dup', group: 'choices' },
      { id: 'quiz:s:stop', label: '그만하기', group: 'nav', style: 'danger' },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `related:${i}`, label: `r${i}`, group: 'related' as const })),
    ];
    const rows = renderButtons(actions);
    expect(rows.length).toBe(LIMITS.rows);
    expect(rows.map((r) => r.components.length)).toEqual([5, 5, 2, 1, 5]);
    const all = rows.flatMap((r) => r.components);
    expect(all.every((b) => b.label!.length <= 80 && b.custom_id.length <= 100)).toBe(true);
    expect(all.map((b) => b.custom_id)).not.toContain('x'.repeat(101));
    expect(new Set(all.map((b) => b.custom_id)).size).toBe(all.length);
    expect(all.find((b) => b.custom_id === 'quiz:s:stop')!.style).toBe(ButtonStyle.Danger);
    expect(validateMessage({ components: rows }, 'create')).toEqual([]);
  });
});

describe('small helpers', () => {
  test('autocomplete choices: ≤25, names ≤100, values ≤100 and non-empty', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: text(150), label: text(400) }), { maxLength: 80 }), (items) => {
        const out = renderChoices(items);
        expect(validateChoices(out)).toEqual([]);
        expect(out.length).toBeLessThanOrEqual(25);
        for (const c of out) expect(items.some((i) => i.value.trim() === c.value)).toBe(true);
      }),
    );
  });

  test('truncate and chunk respect limits and surrogate pairs', () => {
    fc.assert(
      fc.property(text(9000), fc.integer({ min: 1, max: 5000 }), (s, max) => {
        const t = truncate(s, max);
        expect(t.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(t) && !hasLoneSurrogate(s)).toBe(false);
        for (const c of chunk(s, Math.max(2, max))) expect(c.length).toBeLessThanOrEqual(Math.max(2, max));
      }),
    );
    expect(codePoints(threadName('💰 요금 상담: ', 'a\n'.repeat(500)))).toBeLessThanOrEqual(100);
  });
});
