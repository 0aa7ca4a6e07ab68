// Slack signs each request with a timestamp; one more than five minutes from now in either
// direction is refused (Bolt's own check only refuses old ones), so a captured request cannot be
// replayed later, nor one dated ahead be saved up for later.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../../src/log.ts';

/** Slack's documented tolerance for x-slack-request-timestamp. */
export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

/** Wraps a receiver's request listener: requests whose Slack timestamp is too far from `now` get 401. */
export function refuseSkewedRequests(next: RequestListener, now: () => number, log: Logger): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-slack-request-timestamp'];
    if (typeof header === 'string') {
      const ts = Number(header);
      if (!Number.isFinite(ts) || Math.abs(now() / 1000 - ts) > MAX_REQUEST_SKEW_SECONDS) {
        log.warn(`slack: refused a request whose timestamp is more than ${MAX_REQUEST_SKEW_SECONDS / 60} minutes from now`);
        res.writeHead(401);
        res.end();
        req.resume();
        return;
      }
    }
    next(req, res);
  };
}
