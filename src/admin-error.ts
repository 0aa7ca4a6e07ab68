// Problems an admin fixes in a setting or a file (settings, knowledge files, the store's DATA_DIR or
// DATABASE_URL): their message is the whole story, printed as one line without a stack.
import { ConfigError } from './config.ts';
import { KnowledgeError } from './content/load.ts';
import { StoreOpenError } from './store/open-error.ts';

export const isAdminError = (e: unknown): e is Error =>
  e instanceof ConfigError || e instanceof KnowledgeError || e instanceof StoreOpenError;
