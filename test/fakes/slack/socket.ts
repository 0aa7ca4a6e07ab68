// A fake Socket Mode endpoint: the WebSocket server apps.connections.open points at.
// It says hello, sends envelopes (events_api, slash_commands, interactive) and resolves
// when the app acknowledges them by envelope_id, like Slack's side of Socket Mode.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeSocket {
  url: string;
  /** Resolves once an app connected and was sent `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope; resolves with the app's ack payload. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, o?: { retryAttempt?: number }): Promise<Record<string, unknown>>;
  /** Resolves when the app's connection has closed (after app.stop()). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSocket(): Promise<FakeSocket> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  let current: WebSocket | undefined;
  let onConnected: () => void;
  const connectedP = new Promise<void>((r) => (onConnected = r));
  let onClosed: () => void;
  const closedP = new Promise<void>((r) => (onClosed = r));
  const pending = new Map<string, (payload: Record<string, unknown>) => void>();
  let seq = 0;

  wss.on('connection', (ws) => {
    current = ws;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (msg.envelope_id && pending.has(msg.envelope_id)) {
        pending.get(msg.envelope_id)!(msg.payload ?? {});
        pending.delete(msg.envelope_id);
      }
    });
    ws.on('close', () => onClosed());
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    onConnected();
  });

  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected: () => connectedP,
    send(type, payload, o = {}) {
      if (!current) return Promise.reject(new Error('fake socket: no app connected'));
      const envelope_id = `env-${++seq}`;
      const acked = new Promise<Record<string, unknown>>((resolve) => pending.set(envelope_id, resolve));
      current.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api' ? { retry_attempt: o.retryAttempt ?? 0, retry_reason: o.retryAttempt ? 'timeout' : '' } : {}),
        }),
      );
      return acked;
    },
    closed: () => closedP,
    close() {
      for (const c of wss.clients) c.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
