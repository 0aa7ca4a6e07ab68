// `npm start`: starts every adapter whose settings are present (Slack, Discord) in one process,
// or the console chat when none are. SIGINT/SIGTERM close connections and the store cleanly.
import dotenv from 'dotenv';
import { readConfig, ConfigError } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { createTutor } from '../src/tutor.ts';
import { KnowledgeError } from '../src/content/load.ts';
import { openStore } from '../src/store/open.ts';
import { StoreOpenError } from '../src/store/store.ts';

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(e.message + '\n');
      process.exit(1);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  let tutor;
  try {
    const store = await openStore(config);
    tutor = createTutor({ store, quizChannelSeconds: config.quizChannelSeconds, rateLimitPerMinute: config.rateLimitPerMinute });
  } catch (e) {
    if (e instanceof KnowledgeError || e instanceof StoreOpenError) {
      process.stderr.write(e.message + '\n');
      process.exit(1);
    }
    throw e;
  }

  const running: Running[] = [];
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    // Don't let a stuck connection keep the process alive past a few seconds.
    setTimeout(() => process.exit(0), 4000).unref();
    await Promise.allSettled(running.map((r) => r.stop()));
    await tutor.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.slack) {
    const { startSlack } = await import('./slack/app.ts');
    running.push({ name: 'slack', ...(await startSlack(tutor, config.slack, { log })) });
    log.info(config.slack.appToken ? 'slack: connected in Socket Mode' : `slack: listening on port ${config.slack.port}`);
  }
  if (config.discord) {
    const { startDiscord } = await import('./discord/client.ts');
    running.push({ name: 'discord', ...(await startDiscord(tutor, config.discord, { log })) });
    log.info('discord: connected');
  }
  if (running.length === 0) {
    const { runConsole } = await import('./console/console.ts');
    await runConsole(tutor);
    await tutor.close();
  }
}

main().catch((e) => {
  process.stderr.write(`start failed: ${(e as Error).message}\n`);
  process.exit(1);
});
