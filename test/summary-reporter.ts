// Ends the run with one plain "N passed, N failed" line, which CI systems read in any language.
// Listed after the default reporter, and on the same late hook, so it prints last.
import type { Reporter } from 'vitest/node';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const walk = (t: Task) => {
      if (t.type === 'test') {
        if (t.result?.state === 'pass') passed++;
        else if (t.result?.state === 'fail') failed++;
        else skipped++;
      }
      t.tasks?.forEach(walk);
    };
    files.forEach(walk);
    const pgSkipped = process.env.TUTOR_PG_TESTS_SKIPPED;
    if (pgSkipped) process.stdout.write(`PostgreSQL tests SKIPPED: ${pgSkipped}\n`);
    process.stdout.write(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
