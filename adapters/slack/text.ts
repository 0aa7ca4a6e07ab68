import { cleanName } from '../../src/text/names.ts';
import { splitText as fitSplit, truncate as fitTruncate } from '../../src/text/fit.ts';

// Slack's message markup in and out: user text → a plain question the core understands,
// and plain core text → mrkdwn that shows exactly what the core wrote.

/**
 * Turns Slack markup in user text into plain text: the bot's own mention is dropped,
 * `<@U1|ann>` → `@ann`, `<#C1|general>` → `#general`, `<!here>` → `@here`,
 * `<https://x|label>` → `label`, `<https://x>` → `https://x`, and `&amp; &lt; &gt;` are decoded.
 */
export function slackToPlain(text: string, botUserId?: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : '';
    if (target.startsWith('@')) {
      const id = target.slice(1);
      if (botUserId && id === botUserId) return ' ';
      return `@${label || id}`;
    }
    if (target.startsWith('#')) return `#${label || target.slice(1)}`;
    if (target.startsWith('!')) {
      // <!here>, <!channel>, <!subteam^S1|@team>, <!date^...|fallback>
      if (label) return label;
      const word = target.slice(1).split('^')[0];
      return `@${word}`;
    }
    // A link: keep the label a person wrote, else the address without mailto:.
    if (label) return label;
    return target.replace(/^mailto:/, '');
  });
  return decodeEntities(plain).replace(/[ \t]+/g, ' ').trim();
}

/** Slack escapes exactly these three characters in message text. */
export function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Escapes `&`, `<`, `>` so plain text cannot become a mention, link or broadcast in mrkdwn. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Never leave half an HTML entity (`&am`) at a cut of already-escaped text. */
function beforeEntity(s: string, cut: number): number {
  const amp = s.lastIndexOf('&', cut - 1);
  return amp >= 0 && amp >= cut - 5 && !s.slice(amp, cut).includes(';') ? amp : cut;
}

/** Cuts escaped mrkdwn to at most `max` units, ending in `…` when cut, never inside an entity. */
export const truncate = (s: string, max: number) => fitTruncate(s, max, { adjustCut: beforeEntity });

/** Splits escaped mrkdwn into chunks of at most `max` units, never inside an entity. */
export const splitText = (s: string, max: number) => fitSplit(s, max, { adjustCut: beforeEntity });

/**
 * `/ask -share <question>` (also `--share`, `!share`, or the same flag at the end) posts the
 * answer to the channel at once instead of privately.
 */
export function parseShareFlag(text: string): { share: boolean; text: string } {
  const flag = /(^|\s)(?:--?share|!share)(?=\s|$)/i;
  if (!flag.test(text)) return { share: false, text: text.trim() };
  return { share: true, text: text.replace(flag, ' ').replace(/\s+/g, ' ').trim() };
}

// Slack's mrkdwn has no escape character, so in a person's name its markers become look-alikes
// that format nothing (`&`, `<`, `>` are escaped with the rest of the text when rendered).
const MRKDWN_LOOKALIKE: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/** A display name as others will see it in Slack: cleaned by the core, mrkdwn markers neutralised. */
export function slackName(raw: string | undefined): string | undefined {
  const name = cleanName(raw).replace(/[*_~`]/g, (c) => MRKDWN_LOOKALIKE[c]);
  return name || undefined;
}
