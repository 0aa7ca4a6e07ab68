// `npm run dashboard`: serves only the instructor dashboard (DASHBOARD_TOKEN required).
import dotenv from 'dotenv';
import { ConfigError, MIN_DASHBOARD_TOKEN, readConfig } from '../../src/config.ts';
import { KnowledgeError } from '../../src/content/load.ts';
import { createLogger } from '../../src/log.ts';
import { StoreOpenError } from '../../src/store/open-error.ts';
import { serveDashboard } from './serve.ts';

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
  if (!config.dashboard) {
    process.stderr.write(
      (config.dashboardProblem ?? `config: DASHBOARD_TOKEN is not set: set it (at least ${MIN_DASHBOARD_TOKEN} characters) in .env to serve the dashboard`) + '\n',
    );
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  let running;
  try {
    running = await serveDashboard(config.dashboard, config, log);
  } catch (e) {
    if (e instanceof KnowledgeError || e instanceof StoreOpenError) {
      process.stderr.write(e.message + '\n');
      process.exit(1);
    }
    throw e;
  }
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`dashboard failed: ${(e as Error).message}\n`);
  process.exit(1);
});
