// `npm run discord:register`: puts the slash commands on Discord. With DISCORD_GUILD_ID they go
// to that one server (instant); otherwise globally (may take a while to show up). Never both,
// or every command would show up twice. Plain REST: no gateway login, so the script exits by itself.
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadEnv } from 'dotenv';
import { readConfig, ConfigError, type DiscordConfig } from '../../src/config.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { commandDefinitions } from './commands/index.ts';

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Replaces the application's commands (PUT) in the guild when `cfg.guildId` is set, else globally.
 * `clear` registers an empty list there instead (to remove a guild copy after going global).
 */
export async function registerCommands(cfg: DiscordConfig, log: Logger, restOptions: { retries?: number } = {}, clear = false): Promise<RegisterResult> {
  const rest = new REST({ ...(cfg.apiUrl ? { api: cfg.apiUrl } : {}), ...restOptions }).setToken(cfg.token);
  const body = clear ? [] : commandDefinitions();
  const route = cfg.guildId ? Routes.applicationGuildCommands(cfg.appId, cfg.guildId) : Routes.applicationCommands(cfg.appId);
  const scope = cfg.guildId ? 'guild' : 'global';
  const saved = (await rest.put(route, { body })) as { name: string }[];
  const names = saved.map((c) => c.name);
  if (clear) {
    log.info(`discord: removed all slash commands ${cfg.guildId ? `from server ${cfg.guildId}` : 'registered globally'}`);
    return { scope, names };
  }
  log.info(`discord: registered ${names.length} commands ${cfg.guildId ? `to server ${cfg.guildId}` : 'globally (may take up to an hour to appear)'}: ${names.map((n) => `/${n}`).join(' ')}`);
  return { scope, names };
}

/** The script: env (after dotenv) → config → PUT. Returns the exit code; never throws. */
export async function main(env: Record<string, string | undefined> = process.env, log: Logger = createLogger('info'), args: string[] = []): Promise<number> {
  let cfg;
  try {
    cfg = readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      log.error(err.message);
      return 2;
    }
    log.error('config: unreadable:', err instanceof Error ? err.message : String(err));
    return 2;
  }
  if (!cfg.discord) {
    log.error('config: DISCORD_TOKEN and DISCORD_APP_ID must be set to register slash commands');
    return 2;
  }
  try {
    await registerCommands(cfg.discord, log, {}, args.includes('--clear'));
    return 0;
  } catch (err) {
    log.error('discord: registration failed:', err instanceof Error ? err.message : String(err));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadEnv({ quiet: true });
  process.exitCode = await main(process.env, createLogger('info'), process.argv.slice(2));
}
