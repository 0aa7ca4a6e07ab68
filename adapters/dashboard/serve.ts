// Starts the dashboard over the store in DATA_DIR: used by `npm run dashboard` (main.ts) and by
// `npm start` beside the chat adapters.
import type { DashboardConfig } from '../../src/config.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/content/load.ts';
import type { Logger } from '../../src/log.ts';
import { loadCourse } from '../../src/report/course.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import { sqliteFile } from '../../src/store/sqlite.ts';
import { startDashboard } from './server.ts';

export async function serveDashboard(config: DashboardConfig, dataDir: string, log: Logger, knowledgeDir = DEFAULT_KNOWLEDGE_DIR): Promise<{ stop(): Promise<void> }> {
  const course = loadCourse(knowledgeDir);
  const source = openSqliteReportSource(sqliteFile(dataDir));
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
