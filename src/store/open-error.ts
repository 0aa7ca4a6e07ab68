// Why the store file could not be opened, said the way an admin can act on it: the setting
// (DATA_DIR), the path, and what to do. One line each; the original error code is kept.
import { dirname } from 'node:path';

export class StoreOpenError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_READONLY_DIRECTORY']);

/** A StoreOpenError for the known ways opening `file` fails; the error itself for anything else. */
export function describeOpenError(e: unknown, file: string): unknown {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return e;
  const dir = dirname(file);
  const moveAside = `Move it aside (mv '${file}' '${file}.bad', with any -wal and -shm files beside it); the tutor creates a new, empty store at the next start.`;
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new StoreOpenError(`store: DATA_DIR '${dir}' is a file (or lies under one), not a directory. Set DATA_DIR to a directory; it is created if missing.`, code);
  if (code === 'ENOENT')
    return new StoreOpenError(`store: cannot create DATA_DIR '${dir}' (ENOENT). Set DATA_DIR to a directory on a writable disk; it is created if missing.`, code);
  if (UNWRITABLE.has(code))
    return new StoreOpenError(`store: cannot create or write '${file}' (DATA_DIR '${dir}', ${code}). Make that directory writable by this user, or set DATA_DIR to one that is.`, code);
  if (code === 'SQLITE_NOTADB')
    return new StoreOpenError(`store: '${file}' (in DATA_DIR) is not a SQLite database. ${moveAside}`, code);
  if (code.startsWith('SQLITE_CORRUPT'))
    return new StoreOpenError(`store: '${file}' (in DATA_DIR) is damaged (database disk image is malformed). ${moveAside} Or restore it from a backup.`, code);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return new StoreOpenError(`store: no space left for '${file}' (DATA_DIR '${dir}'). Free some disk space or set DATA_DIR elsewhere.`, code);
  return e;
}
