// Test harness: the real Bolt App (createSlackApp) in HTTP mode on 127.0.0.1, its Web API
// client pointed at a fake Slack server on 127.0.0.1, and a signed-request sender.
import { createLogger } from '../../src/log.ts';
import { createTutor, type Tutor, type TutorOptions } from '../../src/tutor.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../adapters/slack/app.ts';
import { startFakeSlack, type FakeSlack, type FakeMessage } from '../fakes/slack/server.ts';
import { SlackSender } from '../fakes/slack/signing.ts';

export const SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-0000-token';

export interface Harness {
  fake: FakeSlack;
  tutor: Tutor;
  slack: SlackApp;
  sender: SlackSender;
  base: string;
  logs: string[];
  close(): Promise<void>;
}

export function realTutor(opts: Partial<TutorOptions> = {}): { tutor: Tutor; store: Store } {
  const store = openSqliteStore(':memory:');
  const tutor = createTutor({ store, rateLimitPerMinute: 1000, quizChannelSeconds: 2, ...opts });
  return { tutor, store };
}

export async function startHarness(o: { tutor?: Tutor; app?: Partial<SlackAppOptions> } = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  const tutor = o.tutor ?? realTutor().tutor;
  const logs: string[] = [];
  const log = createLogger('debug', (l) => logs.push(l));
  const slack = createSlackApp(
    tutor,
    { botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0 },
    { log, host: '127.0.0.1', port: 0, processBeforeResponse: true, retryConfig: { retries: 0 }, ...o.app },
  );
  const { port } = await slack.start();
  const base = `http://127.0.0.1:${port}`;
  return {
    fake,
    tutor,
    slack,
    sender: new SlackSender(`${base}/slack/events`, SECRET),
    base,
    logs,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

/** All buttons of a message, in order. */
export function buttons(blocks: any[] | undefined): { action_id: string; value?: string; text: { text: string }; style?: string }[] {
  return (blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
}

/** All visible text of a message (mrkdwn, plain text, fields, buttons). */
export function allText(m: { text?: string; blocks?: any[] } | undefined): string {
  if (!m) return '';
  const parts: string[] = [m.text ?? ''];
  for (const b of m.blocks ?? []) {
    if (b.text?.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text);
    for (const e of b.elements ?? []) parts.push(e.text?.text ?? e.text ?? '');
  }
  return parts.join('\n');
}

export function publicMessages(fake: FakeSlack): FakeMessage[] {
  return [...fake.messages.values()].filter((m) => !m.ephemeral);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
