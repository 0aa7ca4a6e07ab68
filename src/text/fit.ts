// Fitting plain text into a platform's length limits, shared by every adapter through the core:
// cut at a paragraph, line or word boundary when one is near, never inside a surrogate pair,
// and (through `adjustCut`) never inside a token the platform would misread, such as `&amp;`.

export interface FitOptions {
  /** Moves a hard cut back so it does not split a token; returns the new cut position. */
  adjustCut?: (s: string, cut: number) => number;
}

const ELLIPSIS = '…';
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The last cut at or before `cut` that splits no surrogate pair or token: 0 when the first one is longer. */
function hardCut(s: string, cut: number, opts: FitOptions): number {
  if (cut > 0 && isHighSurrogate(s.charCodeAt(cut - 1))) cut -= 1;
  return opts.adjustCut?.(s, cut) ?? cut;
}

/** Cuts `s` to at most `max` UTF-16 units, ending with an ellipsis when it was cut. */
export function truncate(s: string, max: number, opts: FitOptions = {}): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  // When even the first character or token does not fit, the ellipsis alone says text was cut.
  let end = hardCut(s, max - 1, opts);
  // Prefer a word or line boundary when one is close to the cut.
  const soft = Math.max(s.lastIndexOf('\n', end), s.lastIndexOf(' ', end));
  if (soft > 0 && end - soft < 40 && soft >= end * 0.8) end = soft;
  return s.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Splits `s` into pieces of at most `max` units, preferring paragraph, line, then word breaks.
 * Lossless: the pieces joined give `s` back.
 */
export function splitText(s: string, max: number, opts: FitOptions = {}): string[] {
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
    if (cut < 0) cut = hardCut(rest, max, opts);
    // A first character or token longer than `max` is split rather than loop forever (or overflow).
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}
