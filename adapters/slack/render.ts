// Reply → Block Kit. Pure: no Slack calls, no core logic. Every Block Kit limit is enforced
// here whatever the content, so a long section or a big table can never make Slack reject a
// message (`invalid_blocks`) and leave the user with silence.
import { createHash } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { Action, Reply } from '../../src/reply.ts';
import { escapeMrkdwn, splitText, truncate } from './text.ts';

type KnownBlock = types.KnownBlock;
type Button = types.Button;
type ActionsBlock = types.ActionsBlock;

/** Block Kit limits (https://docs.slack.dev/reference/block-kit). */
export const LIMITS = {
  blocks: 50,
  /** section text, context element text */
  text: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  actionsElements: 25,
  buttonLabel: 75,
  actionValue: 2000,
  actionId: 255,
  /** top-level `text` (notification fallback); Slack truncates past 40,000, we stay far below */
  fallbackText: 3000,
} as const;

export interface SlackMessage {
  /** Notification / accessibility fallback; Block Kit carries the real content. */
  text: string;
  blocks: KnownBlock[];
}

const GROUP_ORDER: (Action['group'] | 'other')[] = ['choices', 'related', 'nav', 'share', 'other', 'feedback'];

/**
 * The Slack `action_id` for a core action id: the id itself, or (only past 255 characters) a
 * cut id plus a hash. The full id always travels in the button's `value`.
 */
export function slackActionId(id: string): string {
  if (id.length <= LIMITS.actionId) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return `${id.slice(0, LIMITS.actionId - 13)}#${hash}`;
}

/** The core action id behind a clicked button (its `value`, else its `action_id`). */
export function coreActionId(action: { action_id: string; value?: string }): string {
  return action.value && action.value.length > 0 ? action.value : action.action_id;
}

const WHOLE_SECTION = { ko: '전체 섹션 보기', en: 'Show whole section' } as const;

/** The buttons of a reply, in order: its own actions plus related sections / whole section when the core left them implicit. */
export function replyActions(reply: Reply): Action[] {
  const actions: Action[] = [...(reply.actions ?? [])];
  const has = (sectionId: string) =>
    actions.some((a) => a.id === `section:${sectionId}` || a.id === `related:${sectionId}`);
  for (const ref of reply.related ?? []) {
    if (!has(ref.sectionId)) actions.push({ id: `related:${ref.sectionId}`, label: `§${ref.sectionId} ${ref.title}`, group: 'related' });
  }
  if (reply.kind === 'answer' && reply.citation && !has(reply.citation.sectionId)) {
    actions.push({ id: `section:${reply.citation.sectionId}`, label: WHOLE_SECTION[reply.lang] ?? WHOLE_SECTION.en, group: 'nav' });
  }
  return actions;
}

function button(a: Action): Button | undefined {
  if (a.id.length === 0 || a.id.length > LIMITS.actionValue) return undefined; // cannot round-trip; drop rather than fail the message
  const label = truncate(a.label.trim() || '·', LIMITS.buttonLabel);
  const b: Button = {
    type: 'button',
    action_id: slackActionId(a.id),
    value: a.id,
    text: { type: 'plain_text', text: label, emoji: true },
  };
  if (a.style) b.style = a.style;
  return b;
}

function actionBlocks(actions: Action[]): ActionsBlock[] {
  const seen = new Set<string>();
  const byGroup = new Map<string, Button[]>();
  for (const a of actions) {
    const b = button(a);
    if (!b || seen.has(b.action_id!)) continue; // action_id must be unique within a message
    seen.add(b.action_id!);
    const g = a.group ?? 'other';
    if (!byGroup.has(g)) byGroup.set(g, []);
    byGroup.get(g)!.push(b);
  }
  const blocks: ActionsBlock[] = [];
  for (const g of GROUP_ORDER) {
    const buttons = byGroup.get(g ?? 'other') ?? [];
    for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
      blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
    }
  }
  return blocks;
}

export interface RenderOptions {
  /**
   * Whether the message will be ephemeral (only the asker sees it). "Share in channel" buttons
   * (group 'share') only make sense there, so they are left out of public and DM messages.
   */
  ephemeral?: boolean;
}

/** Renders a reply as a Block Kit message that satisfies every limit in LIMITS. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage {
  const header: KnownBlock[] = [];
  const title = reply.title?.trim();
  if (title) header.push({ type: 'header', text: { type: 'plain_text', text: truncate(title, LIMITS.headerText), emoji: true } });

  const body = reply.text.trim();
  const textChunks = body ? splitText(escapeMrkdwn(body), LIMITS.text) : [];

  const fieldBlocks: KnownBlock[] = [];
  const fields = (reply.fields ?? []).filter((f) => f.label.trim() || f.value.trim());
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    fieldBlocks.push({
      type: 'section',
      fields: fields.slice(i, i + LIMITS.fieldsPerSection).map((f) => ({
        type: 'mrkdwn' as const,
        text: truncate(`*${escapeMrkdwn(f.label.trim())}*\n${escapeMrkdwn(f.value.trim())}`.trim() || '·', LIMITS.fieldText),
      })),
    });
  }

  const citation: KnownBlock[] = [];
  if (reply.citation) {
    const label = reply.citation.label || `§${reply.citation.sectionId} ${reply.citation.title}`;
    citation.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`📖 ${escapeMrkdwn(label)}`, LIMITS.text) }] });
  }

  const actions = actionBlocks(replyActions(reply).filter((a) => opts.ephemeral || a.group !== 'share'));

  // Fit into 50 blocks. Priority: title, first text chunk, citation, buttons, fields, remaining text.
  let budget = LIMITS.blocks - header.length - citation.length - Math.min(textChunks.length, 1);
  const keptActions = actions.slice(0, Math.max(0, budget));
  budget -= keptActions.length;
  const keptFields = fieldBlocks.slice(0, Math.max(0, budget));
  budget -= keptFields.length;
  let keptText = textChunks.slice(0, 1 + Math.max(0, budget));
  if (keptText.length < textChunks.length) {
    const last = keptText.length - 1;
    keptText = keptText.map((t, i) => (i !== last ? t : t.length < LIMITS.text ? t + '…' : truncate(t, LIMITS.text - 1)));
  }

  const blocks: KnownBlock[] = [
    ...header,
    ...keptText.map((t): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: t } })),
    ...keptFields,
    ...citation,
    ...keptActions,
  ];
  const fallback = [title, body].filter(Boolean).join('\n') || '·';
  return { text: truncate(escapeMrkdwn(fallback), LIMITS.fallbackText), blocks };
}
