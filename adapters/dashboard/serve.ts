// Starts the dashboard over the tutor's store (DATABASE_URL's PostgreSQL, else SQLite in
// DATA_DIR): used by `npm run dashboard` (main.ts) and by `npm start` beside the chat adapters.
import type { DashboardConfig } from '../../src/config.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/content/load.ts';
import type { Logger } from '../../src/log.ts';
import { loadCourse } from '../../src/report/course.ts';
import { openReportSource } from '../../src/store/open.ts';
import { startDashboard } from './server.ts';

export async function serveDashboard(
  config: DashboardConfig,
  store: { dataDir: string; databaseUrl?: string },
  log: Logger,
  knowledgeDir = DEFAULT_KNOWLEDGE_DIR,
): Promise<{ stop(): Promise<void> }> {
  const course = loadCourse(knowledgeDir);
  const source = await openReportSource(store);
  try {
    const running = await startDashboard({ source, course, token: config.token, host: config.host, port: config.port, log });
    log.info(`dashboard: serving ${running.url}/`);
    return {
      async stop() {
        await running.stop();
        await source.close();
      },
    };
  } catch (e) {
    await source.close();
    throw e;
  }
}
