// Display names shown to other people (leaderboards, channel-quiz cards) are typed by anyone:
// control characters (a newline would start a new line of the card), bidirectional overrides
// (which reorder the rest of the line) and invisible characters are dropped, spaces collapsed,
// and the length capped. Platform markup is escaped by each adapter; an empty result gets a
// placeholder where it is shown.
import type { Lang } from '../reply.ts';
import { t } from '../lang.ts';

/** Longest name shown; Slack and Discord display names are shorter than this anyway. */
export const MAX_NAME_CHARS = 64;

// C0/C1 controls, bidi marks, embeddings, overrides and isolates, zero-width characters, the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function cleanName(raw: string | null | undefined): string {
  if (!raw) return '';
  const clean = raw.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return [...clean].slice(0, MAX_NAME_CHARS).join('');
}

/** What to show when a person's name is empty (or was nothing but invisible characters). */
export const namePlaceholder = (lang: Lang) => t(lang, '(이름 없음)', '(no name)');
