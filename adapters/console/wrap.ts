// Wrapping plain text to a terminal's width, counting Hangul, CJK and emoji as two columns
// (as terminals draw them) and combining marks as none.

/** Columns a code point takes in a terminal. */
function columns(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1160 && cp <= 0x11ff)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += columns(ch.codePointAt(0)!);
  return w;
}

/** Indentation for a line's continuation: its own, plus the width of a list marker ("- ", "1. ", "• ", "[3] "). */
function hangingIndent(line: string): string {
  const m = /^(\s*)(?:[-•*]\s+|\d{1,2}\.\s+|\[\w{1,2}\]\s+)?/.exec(line)!;
  return ' '.repeat(displayWidth(m[0]));
}

/** Wraps one line at spaces to at most `width` columns; a word longer than a line is cut. */
function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = hangingIndent(line);
  const room = Math.max(10, width - displayWidth(indent));
  const out: string[] = [];
  let cur = '';
  let curW = 0;
  const push = () => {
    out.push((out.length ? indent : '') + cur.trimEnd());
    cur = '';
    curW = 0;
  };
  const limit = () => (out.length ? room : width);
  for (const word of line.split(/(?<= )/)) {
    const w = displayWidth(word);
    if (curW + displayWidth(word.trimEnd()) <= limit()) {
      cur += word;
      curW += w;
      continue;
    }
    if (cur.trim()) push();
    let rest = out.length ? word.trimStart() : word;
    while (displayWidth(rest.trimEnd()) > limit()) {
      let piece = '';
      let pw = 0;
      for (const ch of rest) {
        const cw = columns(ch.codePointAt(0)!);
        if (pw + cw > limit()) break;
        piece += ch;
        pw += cw;
      }
      cur = piece;
      push();
      rest = rest.slice(piece.length);
    }
    cur = rest;
    curW = displayWidth(rest);
  }
  if (cur.trim() || !out.length) push();
  return out;
}

/** Wraps every line of `text` to `width` columns; no wrapping when width is unknown (not a terminal). */
export function wrap(text: string, width: number | undefined): string {
  if (!width || width < 20) return text;
  return text.split('\n').flatMap((l) => wrapLine(l, width)).join('\n');
}
