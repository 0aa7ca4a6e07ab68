// Slack request signing (v0) and helpers that send what Slack sends to an app's Request URL:
// Events API JSON, slash-command forms and interactivity (`payload=` form) requests.
import { createHmac } from 'node:crypto';

export function signature(secret: string, timestamp: number | string, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export interface SendOptions {
  /** Seconds since epoch for X-Slack-Request-Timestamp; default now. */
  timestamp?: number;
  /** Override the computed signature (bad-signature tests). */
  signature?: string;
  /** X-Slack-Retry-Num / X-Slack-Retry-Reason, as on Slack's redeliveries. */
  retryNum?: number;
  retryReason?: string;
}

export interface SentResponse {
  status: number;
  body: string;
}

export class SlackSender {
  constructor(
    readonly url: string,
    readonly secret: string,
  ) {}

  async send(body: string, contentType: string, o: SendOptions = {}): Promise<SentResponse> {
    const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': o.signature ?? signature(this.secret, ts, body),
    };
    if (o.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(o.retryNum);
      headers['x-slack-retry-reason'] = o.retryReason ?? 'http_timeout';
    }
    const res = await fetch(this.url, { method: 'POST', headers, body });
    return { status: res.status, body: await res.text() };
  }

  /** An Events API `event_callback` envelope around `event`. */
  event(event: Record<string, unknown>, envelope: { event_id: string; team_id?: string }, o?: SendOptions): Promise<SentResponse> {
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: envelope.team_id ?? 'T1',
      api_app_id: 'A1',
      event,
      type: 'event_callback',
      event_id: envelope.event_id,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: envelope.team_id ?? 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    });
    return this.send(body, 'application/json', o);
  }

  /** A slash command, form-encoded like Slack's. */
  command(fields: Record<string, string>, o?: SendOptions): Promise<SentResponse> {
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: 'T1',
      team_domain: 'test',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: 'U1',
      user_name: 'ann',
      api_app_id: 'A1',
      trigger_id: '1.2.3',
      ...fields,
    }).toString();
    return this.send(body, 'application/x-www-form-urlencoded', o);
  }

  /** An interactivity request (`block_actions` …): `payload=<json>`. */
  interaction(payload: Record<string, unknown>, o?: SendOptions): Promise<SentResponse> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, 'application/x-www-form-urlencoded', o);
  }
}

let triggerSeq = 0;

/** A block_actions payload for a click on `button` (as rendered) in a message. */
export function blockActionPayload(p: {
  button: { action_id: string; value?: string };
  user?: string;
  userName?: string;
  channel?: string;
  messageTs: string;
  threadTs?: string;
  ephemeral: boolean;
  responseUrl: string;
  team?: string;
  /** Slack gives every interaction its own trigger_id; a redelivery of one payload repeats it. */
  triggerId?: string;
}): Record<string, unknown> {
  const channel = p.channel ?? 'C1';
  return {
    type: 'block_actions',
    user: { id: p.user ?? 'U1', username: p.userName ?? 'ann', name: p.userName ?? 'ann', team_id: p.team ?? 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: p.messageTs, channel_id: channel, is_ephemeral: p.ephemeral, ...(p.threadTs ? { thread_ts: p.threadTs } : {}) },
    trigger_id: p.triggerId ?? `${Date.now()}.${++triggerSeq}.${Math.random().toString(16).slice(2, 10)}`,
    team: { id: p.team ?? 'T1', domain: 'test' },
    channel: { id: channel, name: 'general' },
    // Slack includes the message for public messages only.
    ...(p.ephemeral ? {} : { message: { type: 'message', ts: p.messageTs, ...(p.threadTs ? { thread_ts: p.threadTs } : {}), user: 'UBOT', bot_id: 'BBOT' } }),
    response_url: p.responseUrl,
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: p.button.action_id,
        ...(p.button.value !== undefined ? { value: p.button.value } : {}),
        text: { type: 'plain_text', text: 'x', emoji: true },
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
}
