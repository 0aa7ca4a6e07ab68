import { describe, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/store.ts';
import { storeContract } from './contract.ts';
import { createTestDatabase, NO_PG, PG_SKIP_REASON } from '../helpers/pg.ts';

if (NO_PG) {
  describe('Store contract: PostgreSQL', () => {
    it.skip(`skipped: ${PG_SKIP_REASON}`, () => {});
  });
} else {
  storeContract('PostgreSQL', async () => {
    const url = await createTestDatabase('contract');
    return { open: () => openPostgresStore(url), cleanup: async () => undefined };
  });
}
