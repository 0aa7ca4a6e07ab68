// Reply → Discord message payload (embeds + button rows), with every Discord limit enforced
// here, whatever the core hands us. Pure functions: no client, no I/O, so they are tested over
// random and huge content without a gateway.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Action, Reply, ReplyKind } from '../../src/reply.ts';
import { isHighSurrogate, splitText, truncate } from '../../src/text/fit.ts';

export { truncate };

/** Discord's documented limits (https://discord.com/developers/docs/resources/message). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Title + description + field names/values + footer + author, summed over all embeds. */
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  threadName: 100,
} as const;

/** Nothing the bot sends may ping anyone: no @everyone/@here, roles, users, nor the replied-to author. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface Rendered {
  /** Plain content (notices and errors); undefined when everything sits in embeds. */
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** Only the person who asked sees it (interaction replies only). */
  ephemeral: boolean;
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderOptions {
  /** Button groups to leave out, e.g. 'share' on a message that is already public. */
  omitGroups?: NonNullable<Action['group']>[];
}

const COLORS: Record<ReplyKind, number> = {
  answer: 0x3b82f6,
  section: 0x6366f1,
  'not-covered': 0x9ca3af,
  help: 0x22c55e,
  'quiz-question': 0xf59e0b,
  'quiz-result': 0x10b981,
  'quiz-summary': 0x8b5cf6,
  leaderboard: 0xeab308,
  stats: 0x0ea5e9,
  advice: 0x14b8a6,
  notice: 0x6b7280,
  error: 0xef4444,
};

/** Kinds sent as plain short content rather than an embed. */
const PLAIN: ReadonlySet<ReplyKind> = new Set(['notice', 'error']);

const ELLIPSIS = '…';

/** Splits `s` into pieces of at most `max` units at natural breaks; Discord drops blank edges. */
export function chunk(s: string, max: number): string[] {
  return splitText(s, max).map((p) => p.trim()).filter((p) => p.length > 0);
}

const nonEmpty = (s: string, fallback = '\u200b') => (s.trim() === '' ? fallback : s);

const RELATED_LABEL = { ko: '관련 섹션', en: 'Related sections' } as const;

/** Renders one Reply as a Discord message. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): Rendered {
  const components = renderButtons(reply.actions ?? [], opts.omitGroups ?? []);
  const ephemeral = reply.visibility === 'private' || PLAIN.has(reply.kind);
  if (PLAIN.has(reply.kind)) {
    const text = [reply.title, reply.text].filter((s): s is string => !!s && s.trim() !== '').join('\n');
    return { content: truncate(nonEmpty(text, ELLIPSIS), LIMITS.content), embeds: [], components, ephemeral, allowedMentions: NO_MENTIONS };
  }
  return { embeds: renderEmbeds(reply, components), components, ephemeral, allowedMentions: NO_MENTIONS };
}

function renderEmbeds(reply: Reply, components: ButtonRow[]): APIEmbed[] {
  const color = COLORS[reply.kind] ?? COLORS.answer;
  let budget: number = LIMITS.embedTotal;

  const title = reply.title?.trim() ? truncate(reply.title.trim(), LIMITS.embedTitle) : undefined;
  budget -= title?.length ?? 0;

  const footerText = reply.citation?.label?.trim() ? truncate(`📖 ${reply.citation.label.trim()}`, 300) : undefined;
  budget -= footerText?.length ?? 0;

  const text = reply.text ?? '';
  // A live countdown (Discord renders <t:…:R> as "in 30 seconds"), reserved so no cut can drop it.
  const tail = reply.expires ? `⏱ <t:${Math.ceil(reply.expires.atMs / 1000)}:R>` : '';
  const sep = tail && text ? '\n\n' : '';
  budget -= tail.length + sep.length;
  const descMax = LIMITS.embedDescription - tail.length - sep.length;

  // Fields: the core's own, plus the related sections when no button already offers them.
  const rawFields = [...(reply.fields ?? [])];
  const hasRelatedButtons = components.some((row) => row.components.some((b) => (reply.actions ?? []).some((a) => a.id === b.custom_id && a.group === 'related')));
  if (reply.related?.length && !hasRelatedButtons) {
    rawFields.push({ label: RELATED_LABEL[reply.lang] ?? RELATED_LABEL.ko, value: reply.related.map((r) => `§${r.sectionId} ${r.title}`).join('\n') });
  }

  // The first description chunk is reserved before fields, so a long cost table cannot push out the text.
  const descChunks = chunk(text, descMax);
  const first = descChunks.length ? truncate(descChunks[0], Math.min(descMax, budget)) : '';
  budget -= first.length;

  const fields: APIEmbedField[] = [];
  for (const f of rawFields) {
    if (fields.length >= LIMITS.embedFields) break;
    const name = truncate(nonEmpty(f.label?.trim() ?? ''), LIMITS.fieldName);
    const value = truncate(nonEmpty(f.value?.trim() ?? ''), LIMITS.fieldValue);
    if (name.length + value.length > budget) {
      // Squeeze the value into what is left, or stop.
      const room = budget - name.length;
      if (room < 20) break;
      fields.push({ name, value: truncate(value, room), inline: f.inline ?? false });
      budget -= name.length + Math.min(value.length, room);
      break;
    }
    fields.push({ name, value, inline: f.inline ?? false });
    budget -= name.length + value.length;
  }

  // Continuation embeds carry the rest of a long text while the shared budget lasts.
  const parts: string[] = first ? [first] : [];
  const wasCut = descChunks.length > 0 && first !== descChunks[0];
  if (!wasCut) {
    for (const piece of descChunks.slice(1)) {
      if (parts.length >= LIMITS.embedsPerMessage || budget < 50) {
        markCut(parts);
        break;
      }
      const p = truncate(piece, Math.min(budget, descMax));
      parts.push(p);
      budget -= p.length;
      if (p !== piece) break;
    }
  }

  if (tail) {
    if (parts.length) parts[parts.length - 1] += sep + tail;
    else parts.push(tail);
  }
  const embeds: APIEmbed[] = (parts.length ? parts : ['']).map((description) => {
    const e: APIEmbed = { color };
    if (description) e.description = description;
    return e;
  });
  if (title) embeds[0].title = title;
  const last = embeds[embeds.length - 1];
  if (fields.length) last.fields = fields;
  if (footerText) last.footer = { text: footerText };
  // An embed needs something visible.
  if (!embeds[0].title && !embeds[0].description && !last.fields && !last.footer) embeds[0].description = ELLIPSIS;
  return embeds;
}

/** Marks the last shown piece as cut, without changing its length (the budget is already spent). */
function markCut(parts: string[]): void {
  const i = parts.length - 1;
  if (i < 0 || parts[i].endsWith(ELLIPSIS)) return;
  const p = parts[i];
  const cut = p.length >= 2 && isHighSurrogate(p.charCodeAt(p.length - 2)) ? 2 : 1;
  parts[i] = p.slice(0, p.length - cut) + ELLIPSIS;
}

const GROUP_ORDER: NonNullable<Action['group']>[] = ['choices', 'nav', 'related', 'feedback', 'share'];

/** Actions → button rows: one group per row (split at 5), at most 5 rows, ids exact and unique. */
export function renderButtons(actions: Action[], omit: NonNullable<Action['group']>[] = []): ButtonRow[] {
  const seen = new Set<string>();
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    if (!a?.id || a.id.length > LIMITS.customId || seen.has(a.id)) continue; // never cut an id: it must come back exactly
    if (a.group && omit.includes(a.group)) continue;
    seen.add(a.id);
    const key = a.group ?? 'other';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(a);
  }
  const keys = [...groups.keys()].sort((x, y) => rank(x) - rank(y));
  const rows: ButtonRow[] = [];
  for (const key of keys) {
    const list = groups.get(key)!;
    for (let i = 0; i < list.length; i += LIMITS.buttonsPerRow) {
      if (rows.length >= LIMITS.rows) return rows;
      rows.push({ type: ComponentType.ActionRow, components: list.slice(i, i + LIMITS.buttonsPerRow).map(button) });
    }
  }
  return rows;
}

function rank(group: string): number {
  const i = GROUP_ORDER.indexOf(group as NonNullable<Action['group']>);
  return i === -1 ? GROUP_ORDER.length : i;
}

function button(a: Action): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: a.id,
    label: truncate(nonEmpty(a.label?.trim() ?? '', '•'), LIMITS.buttonLabel),
    style: a.style === 'primary' ? ButtonStyle.Primary : a.style === 'danger' ? ButtonStyle.Danger : ButtonStyle.Secondary,
  };
}

/** Autocomplete choices: at most 25, names and values within 100 characters, none empty. */
export function renderChoices(items: { value: string; label: string }[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    if (out.length >= LIMITS.choices) break;
    const value = it.value?.trim();
    if (!value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(nonEmpty(it.label?.trim() ?? '', value), LIMITS.choiceName), value });
  }
  return out;
}

/** A thread name from free text: one line, 1–100 characters. */
export function threadName(prefix: string, text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return truncate(`${prefix}${line || ELLIPSIS}`, LIMITS.threadName);
}

/** The full payload for sending; for edits every field is explicit so stale content or buttons are cleared. */
export function toMessage(r: Rendered, mode: 'create' | 'edit' = 'create') {
  return {
    content: r.content ?? (mode === 'edit' ? '' : undefined),
    embeds: r.embeds,
    components: r.components,
    allowedMentions: r.allowedMentions,
  };
}
