// A refused token, however discord.js reports it (REST 401 or gateway close 4004 both become its
// TokenInvalid error), is one line naming DISCORD_TOKEN; other failures keep their own message.
import { DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeLoginError } from '../../adapters/discord/startup.ts';
import { ConfigError } from '../../src/config.ts';

// discord.js makes these itself; its typings hide the constructor.
const djsError = (code: string) => new (DiscordjsError as unknown as new (code: string) => Error)(code);

describe('describeLoginError', () => {
  it("turns discord.js's TokenInvalid into a ConfigError naming DISCORD_TOKEN and what to do", () => {
    const e = describeLoginError(djsError(DiscordjsErrorCodes.TokenInvalid));
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).toMatch(/^config: Discord refused DISCORD_TOKEN \(invalid token\): .*Developer Portal/);
    expect((e as Error).message).not.toContain('\n');
  });

  it('leaves any other failure unchanged', () => {
    const timeout = new Error('The operation was aborted due to timeout');
    expect(describeLoginError(timeout)).toBe(timeout);
    const intents = djsError(DiscordjsErrorCodes.DisallowedIntents);
    expect(describeLoginError(intents)).toBe(intents);
  });
});
