// Start-up checks that turn Slack's refusals into one line an admin can act on: which setting,
// what Slack said, what to do. Run before anything listens, so "listening" means the tokens work.
import type { App } from '@slack/bolt';
import { ConfigError } from '../../src/config.ts';

/** Slack's error code in a Web API platform error (`invalid_auth`, `token_revoked`…); undefined for anything else. */
export function slackErrorCode(e: unknown): string | undefined {
  const code = (e as { data?: { error?: unknown } })?.data?.error;
  return typeof code === 'string' ? code : undefined;
}

const HINT: Record<string, string> = {
  SLACK_BOT_TOKEN: 'use the Bot User OAuth Token (xoxb-…) from the app\'s OAuth & Permissions page; reinstall the app if the token was revoked',
  SLACK_APP_TOKEN: 'use an app-level token (xapp-…) with the connections:write scope from the app\'s Basic Information page, and turn Socket Mode on',
};

function refused(setting: keyof typeof HINT, code: string): ConfigError {
  return new ConfigError(`config: Slack refused ${setting} (${code}): ${HINT[setting]}`);
}

/** Verifies the bot token (auth.test, through Bolt's own init) and, in Socket Mode, the app token. */
export async function verifyTokens(app: App, appToken: string | undefined): Promise<void> {
  try {
    await app.init();
  } catch (e) {
    const code = slackErrorCode(e);
    throw code ? refused('SLACK_BOT_TOKEN', code) : e;
  }
  if (!appToken) return;
  try {
    // The call the Socket Mode client makes first; it would retry some refusals (token_revoked) forever.
    await app.client.apps.connections.open({ token: appToken });
  } catch (e) {
    const code = slackErrorCode(e);
    throw code ? refused('SLACK_APP_TOKEN', code) : e;
  }
}

/** A port already taken, said with the setting's name; anything else unchanged. */
export function describeListenError(e: unknown, port: number): unknown {
  const code = (e as { code?: unknown })?.code;
  if (code === 'EADDRINUSE') return new ConfigError(`config: PORT ${port} is already in use: stop the program using it or set PORT to a free port`);
  if (code === 'EACCES') return new ConfigError(`config: PORT ${port} needs privileges this user lacks: set PORT to 1024 or above`);
  return e;
}
