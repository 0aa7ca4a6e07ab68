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

/**
 * Cuts `s` to at most `max` UTF-16 units, ending in `…` when cut. Never splits a surrogate
 * pair, and never leaves half an HTML entity (`&am`) when `s` is already escaped.
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  let cut = max - 1; // room for the ellipsis
  if (cut > 0 && isHighSurrogate(s.charCodeAt(cut - 1))) cut -= 1;
  let head = s.slice(0, cut);
  const amp = head.lastIndexOf('&');
  if (amp >= 0 && amp >= head.length - 5 && !head.slice(amp).includes(';')) head = head.slice(0, amp);
  return head + '…';
}

/**
 * Splits `s` into chunks of at most `max` units, preferring paragraph, line, then word breaks,
 * without splitting a surrogate pair or an escaped entity.
 */
export function splitText(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    let cut = -1;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = rest.lastIndexOf(sep, max - sep.length);
      if (at > max / 2) {
        cut = at + sep.length;
        break;
      }
    }
    if (cut < 0) {
      cut = max;
      if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
      const amp = rest.lastIndexOf('&', cut - 1);
      if (amp >= 0 && amp >= cut - 5 && !rest.slice(amp, cut).includes(';')) cut = amp;
      if (cut <= 0) cut = max; // pathological; never loop forever
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * `/ask -share <question>` (also `--share`, `!share`, or the same flag at the end) posts the
 * answer to the channel at once instead of privately.
 */
export function parseShareFlag(text: string): { share: boolean; text: string } {
  const flag = /(^|\s)(?:--?share|!share)(?=\s|$)/i;
  if (!flag.test(text)) return { share: false, text: text.trim() };
  return { share: true, text: text.replace(flag, ' ').replace(/\s+/g, ' ').trim() };
}
