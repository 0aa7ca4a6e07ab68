import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { storeContract } from './contract.ts';

// A file, not ':memory:', so that several opens share one database like several processes would.
storeContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  return {
    open: async () => openSqliteStore(join(dir, 'tutor.db')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
