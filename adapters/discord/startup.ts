// Start-up failures of the Discord login said the way an admin can act on them (as the Slack
// adapter's startup.ts does): which setting, what Discord said, what to do. One line, no stack.
import { ConfigError } from '../../src/config.ts';

/** discord.js's error code for a token Discord refused, at REST (401) or at the gateway (close 4004). */
const TOKEN_INVALID = 'TokenInvalid';

/** A refused DISCORD_TOKEN as a ConfigError; any other failure unchanged. */
export function describeLoginError(e: unknown): unknown {
  if ((e as { code?: unknown })?.code !== TOKEN_INVALID) return e;
  return new ConfigError(
    'config: Discord refused DISCORD_TOKEN (invalid token): copy the bot token from the Discord Developer Portal ' +
      '(your application → Bot → Reset Token) into DISCORD_TOKEN; a token that was reset since is no longer valid',
  );
}
