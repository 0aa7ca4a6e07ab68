// `npm run dashboard`: serves only the instructor dashboard (DASHBOARD_TOKEN required).
import dotenv from 'dotenv';
import { MIN_DASHBOARD_TOKEN, readConfig } from '../../src/config.ts';
import { isAdminError } from '../../src/admin-error.ts';
import { createLogger } from '../../src/log.ts';
import { serveDashboard } from './serve.ts';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig(process.env);
  if (!config.dashboard) {
    process.stderr.write(
      (config.dashboardProblem ?? `config: DASHBOARD_TOKEN is not set: set it (at least ${MIN_DASHBOARD_TOKEN} characters) in .env to serve the dashboard`) + '\n',
    );
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  const running = await serveDashboard(config.dashboard, config, log);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(isAdminError(e) ? `${e.message}\n` : `dashboard failed: ${(e as Error).message}\n`);
  process.exit(1);
});
