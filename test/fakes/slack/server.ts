// A small fake of Slack's Web API (and of response_url), listening on 127.0.0.1 only.
// It records every call so tests can assert on what the adapter really sent, and behaves
// like Slack where it matters: chat.update on an ephemeral message answers message_not_found.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitProblems } from './blockkit.ts';

export interface ApiCall {
  method: string;
  args: Record<string, any>;
  token?: string;
}

export interface ResponseUrlCall {
  /** The id in the response_url path (`/response/<id>`). */
  id: string;
  body: Record<string, any>;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: any[];
  ephemeral: boolean;
  user?: string;
}

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** apps.connections.open answers with this WebSocket URL (Socket Mode fake). */
  socketUrl?: () => string;
  /** Tokens Slack refuses (a wrong or revoked token): every call with one answers `refusal`. */
  refuseTokens?: string[];
  /** What a refused token gets; default invalid_auth (a revoked one gets token_revoked). */
  refusal?: string;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL, e.g. http://127.0.0.1:1234/api/ */
  apiUrl: string;
  calls: ApiCall[];
  responses: ResponseUrlCall[];
  /** Block Kit problems found in anything sent (Slack would have answered invalid_blocks). */
  violations: string[];
  /** Every message posted (public or ephemeral), by ts; updated in place by chat.update / replace_original. */
  messages: Map<string, FakeMessage>;
  responseUrl(id: string): string;
  /** Ties a response_url to a posted message, as Slack does for a click on that message. */
  linkResponseUrl(id: string, ts: string): void;
  callsTo(method: string): ApiCall[];
  /** Make the next calls to `method` fail with Slack error `error` (e.g. not_in_channel). */
  failNext(method: string, error: string, times?: number): void;
  /** Resolves when `pred()` is truthy (polling), rejects after `timeoutMs`. */
  waitFor<T>(pred: () => T | undefined | false | null, timeoutMs?: number, what?: string): Promise<T>;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends arrays/objects (blocks) as JSON strings in form fields.
    if ((v.startsWith('[') || v.startsWith('{')) && (k === 'blocks' || k === 'attachments' || k === 'metadata')) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[k] = v;
  }
  return out;
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = opts.botUserId ?? 'UBOT';
  const botId = opts.botId ?? 'BBOT';
  const teamId = opts.teamId ?? 'T1';
  const calls: ApiCall[] = [];
  const responses: ResponseUrlCall[] = [];
  const messages = new Map<string, FakeMessage>();
  const failures = new Map<string, { error: string; times: number }>();
  /** response_url id → ts of the message it last posted, for replace_original. */
  const responseMessage = new Map<string, string>();
  let seq = 0;
  const nextTs = () => `${1_700_000_000 + ++seq}.${String(seq).padStart(6, '0')}`;

  const violations: string[] = [];
  const invalid = (where: string, body: Record<string, any>): boolean => {
    const problems = blockKitProblems(body.blocks, body.text);
    for (const p of problems) violations.push(`${where}: ${p}`);
    return problems.length > 0;
  };

  const api = (method: string, args: Record<string, any>): Record<string, any> => {
    if (method.startsWith('chat.') && invalid(method, args)) return { ok: false, error: 'invalid_blocks' };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'tutor', team_id: teamId, user_id: botUserId, bot_id: botId };
      case 'chat.postMessage': {
        if (!args.channel) return { ok: false, error: 'channel_not_found' };
        const ts = nextTs();
        messages.set(ts, { channel: args.channel, ts, thread_ts: args.thread_ts, text: args.text, blocks: args.blocks, ephemeral: false });
        return { ok: true, channel: args.channel, ts, message: { type: 'message', ts, text: args.text, bot_id: botId, user: botUserId } };
      }
      case 'chat.postEphemeral': {
        if (!args.channel || !args.user) return { ok: false, error: 'invalid_arguments' };
        const ts = nextTs();
        messages.set(ts, { channel: args.channel, ts, thread_ts: args.thread_ts, text: args.text, blocks: args.blocks, ephemeral: true, user: args.user });
        return { ok: true, message_ts: ts };
      }
      case 'chat.update': {
        const m = messages.get(String(args.ts));
        // Slack cannot find ephemeral messages through chat.update.
        if (!m || m.ephemeral || m.channel !== args.channel) return { ok: false, error: 'message_not_found' };
        m.text = args.text;
        m.blocks = args.blocks;
        return { ok: true, channel: m.channel, ts: m.ts, text: args.text };
      }
      case 'apps.connections.open':
        return opts.socketUrl ? { ok: true, url: opts.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice('/api/'.length);
        const auth = String(req.headers.authorization ?? '');
        const token = auth.startsWith('Bearer ') ? auth.slice(7) : (body.token as string | undefined);
        const { token: _t, ...args } = body;
        calls.push({ method, args, token });
        const fail = failures.get(method);
        if (fail && fail.times > 0) {
          fail.times -= 1;
          return send(200, { ok: false, error: fail.error });
        }
        if (!token) return send(200, { ok: false, error: 'not_authed' });
        if (opts.refuseTokens?.includes(token)) return send(200, { ok: false, error: opts.refusal ?? 'invalid_auth' });
        return send(200, api(method, args));
      }
      if (url.pathname.startsWith('/response/')) {
        const id = url.pathname.slice('/response/'.length);
        responses.push({ id, body });
        if (invalid(`response_url ${id}`, body)) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          return res.end('invalid_blocks');
        }
        // Mirror what Slack does with the message, so tests can look at the final state.
        const prev = responseMessage.get(id);
        if (body.replace_original && prev && messages.has(prev)) {
          const m = messages.get(prev)!;
          m.text = body.text;
          m.blocks = body.blocks;
        } else if (!body.delete_original) {
          const ts = nextTs();
          messages.set(ts, { channel: `response:${id}`, ts, text: body.text, blocks: body.blocks, ephemeral: body.response_type !== 'in_channel' });
          responseMessage.set(id, ts);
        }
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('ok');
      }
      send(404, { ok: false, error: 'unknown_path' });
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    violations,
    messages,
    responseUrl: (id) => `${base}/response/${id}`,
    linkResponseUrl(id, ts) {
      responseMessage.set(id, ts);
    },
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, error, times = 1) {
      failures.set(method, { error, times });
    },
    async waitFor(pred, timeoutMs = 5000, what = 'condition') {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = pred();
        if (v) return v as any;
        if (Date.now() > until) throw new Error(`fake slack: timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 15));
      }
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      violations.length = 0;
      messages.clear();
      failures.clear();
      responseMessage.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
