// Names shown to others: cleaned in the core (controls, bidi overrides, invisibles), markup
// neutralised per platform by the adapters, a placeholder when nothing is left.
import { describe, expect, it } from 'vitest';
import { cleanName, MAX_NAME_CHARS } from '../../src/text/names.ts';
import { slackName } from '../../adapters/slack/text.ts';
import { discordName } from '../../adapters/discord/respond.ts';
import { ctx, harness, choiceIds } from '../quiz/helpers.ts';

describe('display names', () => {
  it('drop control, bidi-override and invisible characters, collapse spaces, cap the length', async () => {
    expect(cleanName('Ann\nie\t\u0007 ')).toBe('Ann ie');
    expect(cleanName('abc\u202Efed')).toBe('abc fed');
    expect(cleanName('\u2067x\u2069\u200B\uFEFF')).toBe('x');
    expect([...cleanName('가'.repeat(200))]).toHaveLength(MAX_NAME_CHARS);
    expect(cleanName('\u202E\n')).toBe('');
  });

  it('Slack: mrkdwn markers become look-alikes; Discord: markdown is escaped', async () => {
    const name = '*bold* _it_ ~s~ `code` ||spoiler|| [x](http://e.com)\nnext';
    const slack = slackName(name)!;
    expect(slack).not.toMatch(/[*_~`\n]/);
    expect(slack).toContain('bold');
    const discord = discordName(name)!;
    expect(discord).toContain('\\*bold\\*');
    expect(discord).toContain('\\|\\|spoiler\\|\\|');
    expect(discord).toContain('\\`code\\`');
    expect(discord).toContain('\\[x](');
    expect(discord).not.toContain('\n');
    expect(slackName('\u202E')).toBeUndefined();
    expect(discordName('  ')).toBeUndefined();
  });

  it('a leaderboard shows a placeholder for a name with nothing visible, and never the raw characters', async () => {
    const h = harness();
    const who = ctx('U1', { userName: '\u202E\n\u200B' });
    const q = await h.quiz.command('', who, 'ko');
    await h.quiz.act(choiceIds(q)[0], who, 'ko');
    const board = await h.quiz.leaderboard('all', ctx('U2'), 'ko');
    expect(board.text).toMatch(/^1\. \(이름 없음\) — /);
    expect(board.text).not.toMatch(/[\u202E\u200B]/);
  });
});
