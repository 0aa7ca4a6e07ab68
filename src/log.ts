// A tiny leveled logger on stderr (stdout belongs to the batch CLI and the console chat).
// Values that look like tokens are masked, so a careless log line cannot leak a secret.
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, ...rest: unknown[]): void;
  info(msg: string, ...rest: unknown[]): void;
  warn(msg: string, ...rest: unknown[]): void;
  error(msg: string, ...rest: unknown[]): void;
}

const SECRET = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,}\.[\w-]{6}\.[\w-]{27,})/g;

export function redact(s: string): string {
  return s.replace(SECRET, (m) => `${m.slice(0, 5)}…[redacted]`);
}

export function createLogger(level: Level = 'info', sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at = (lvl: Level) => (msg: string, ...rest: unknown[]) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const extra = rest.map((r) => (r instanceof Error ? r.stack ?? r.message : typeof r === 'string' ? r : JSON.stringify(r))).join(' ');
    sink(redact(`[${lvl}] ${msg}${extra ? ' ' + extra : ''}`));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
