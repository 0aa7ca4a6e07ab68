// `npm start`: starts every adapter whose settings are present (Slack, Discord) in one process,
// or the console chat when none are. SIGINT/SIGTERM close connections and the store cleanly.
import dotenv from 'dotenv';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { createTutor } from '../src/tutor.ts';
import { isAdminError } from '../src/admin-error.ts';
import { openStore } from '../src/store/open.ts';

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig(process.env);
  const log = createLogger(config.logLevel);
  const tutor = createTutor({ store: await openStore(config), log, quizChannelSeconds: config.quizChannelSeconds, rateLimitPerMinute: config.rateLimitPerMinute });

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
  if (config.dashboardProblem) log.warn(config.dashboardProblem);
  if (config.dashboard) {
    const { serveDashboard } = await import('./dashboard/serve.ts');
    running.push({ name: 'dashboard', ...(await serveDashboard(config.dashboard, config, log)) });
  }
  if (!config.slack && !config.discord) {
    const { runConsole } = await import('./console/console.ts');
    await runConsole(tutor);
    await Promise.allSettled(running.map((r) => r.stop()));
    await tutor.close();
  }
}

main().catch((e) => {
  process.stderr.write(isAdminError(e) ? `${e.message}\n` : `start failed: ${(e as Error).message}\n`);
  process.exit(1);
});
