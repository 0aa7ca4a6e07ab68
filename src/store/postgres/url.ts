// DATABASE_URL as it may be shown: in a log line or an error, never with its password.

/** The URL with any password replaced by ***; an unparsable value is not echoed at all. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/** True for postgres:// and postgresql:// URLs. */
export function isPostgresUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'postgres:' || u.protocol === 'postgresql:';
  } catch {
    return false;
  }
}
