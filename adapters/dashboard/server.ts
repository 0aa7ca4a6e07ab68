// The dashboard's HTTP server (node:http, no framework: a handful of GET routes, a login form and
// CSV downloads). Pages are rendered on the server and work without JavaScript; every response
// carries a Content-Security-Policy that allows no script at all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Course } from '../../src/report/course.ts';
import type { ReportSource } from '../../src/report/source.ts';
import type { Logger } from '../../src/log.ts';
import { createAuth, SESSION_COOKIE, SESSION_TTL_MS, type AuthOptions } from './auth.ts';
import { EXPORTS } from './exports.ts';
import { filterQuery, parseFilter } from './filters.ts';
import { html } from './html.ts';
import { langFromHeader, MESSAGES, type Messages } from './i18n.ts';
import { layout, type NavKey } from './layout.ts';
import { exportsPage } from './pages/exports.ts';
import { learnersPage } from './pages/learners.ts';
import { loginMain } from './pages/login.ts';
import { overviewPage } from './pages/overview.ts';
import type { Page, PageInput } from './pages/page.ts';
import { questionsPage } from './pages/questions.ts';
import { quizPage } from './pages/quiz.ts';

export interface DashboardOptions {
  source: ReportSource;
  course: Course;
  token: string;
  log?: Logger;
  now?: () => number;
  /** Test hooks for the login throttle (wait function, delays). */
  auth?: Omit<AuthOptions, 'token' | 'now'>;
}

export const CSP = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
/** A login form post is one short field; anything longer is not a login. */
const MAX_FORM_BYTES = 4096;
const CSS = readFileSync(join(import.meta.dirname, 'style.css'), 'utf8');

const PAGES: Record<string, { key: NavKey; render: (input: PageInput) => Promise<Page> }> = {
  '/': { key: 'overview', render: overviewPage },
  '/questions': { key: 'questions', render: questionsPage },
  '/quiz': { key: 'quizItems', render: quizPage },
  '/learners': { key: 'learners', render: learnersPage },
  '/exports': { key: 'exports', render: exportsPage },
};

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...headers });
  res.end(body);
}
const sendHtml = (res: ServerResponse, status: number, page: string, headers?: Record<string, string>) =>
  send(res, status, 'text/html; charset=utf-8', page, headers);
const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) =>
  send(res, 303, 'text/plain; charset=utf-8', '', { Location: to, ...headers });

function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  return new Promise((resolve, reject) => {
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) return resolve(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_FORM_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export function createDashboard(o: DashboardOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const now = o.now ?? Date.now;
  const auth = createAuth({ token: o.token, now, ...o.auth });
  const log = o.log;

  const cookie = (req: IncomingMessage, value: string, maxAgeS: number) => {
    // Behind an HTTPS proxy the cookie also gets Secure; on plain http (localhost) it cannot.
    const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
    return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeS}${secure}`;
  };
  const addrOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

  /** 'ok' with a session or a right Bearer token; otherwise why not. */
  async function access(req: IncomingMessage): Promise<'ok' | 'none' | 'wrong' | { lockedForMs: number }> {
    const bearer = /^Bearer\s+(\S.*)$/i.exec(req.headers.authorization ?? '');
    if (bearer) {
      const r = await auth.checkToken(addrOf(req), bearer[1].trim());
      if (r.ok) return 'ok';
      log?.warn(`dashboard: wrong bearer token from ${addrOf(req)}`);
      return r.lockedForMs > 0 ? { lockedForMs: r.lockedForMs } : 'wrong';
    }
    return auth.hasSession(req.headers.cookie) ? 'ok' : 'none';
  }

  const loginPage = (m: Messages, lang: 'ko' | 'en', problem?: string) => layout({ lang, m, title: m.loginTitle }, loginMain(m, problem));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    const path = url.pathname;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const lang = langFromHeader(req.headers['accept-language']);
    const m = MESSAGES[lang];

    if (method === 'GET' && path === '/healthz') return send(res, 200, 'application/json', '{"ok":true}');
    // Browsers ask for an icon on every visit; there is none, and "none" is not an error.
    if (method === 'GET' && path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (method === 'GET' && path === '/static/dashboard.css') {
      return send(res, 200, 'text/css; charset=utf-8', CSS, { 'Cache-Control': 'max-age=3600' });
    }
    if (path === '/login') {
      if (method === 'GET') return auth.hasSession(req.headers.cookie) ? redirect(res, '/') : sendHtml(res, 200, loginPage(m, lang));
      if (method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, POST' });
      const form = await readForm(req);
      const token = form?.get('token')?.trim() ?? '';
      if (!token) return sendHtml(res, 400, loginPage(m, lang, m.loginMissing));
      const r = await auth.checkToken(addrOf(req), token);
      if (r.ok) {
        log?.info(`dashboard: signed in from ${addrOf(req)}`);
        return redirect(res, '/', { 'Set-Cookie': cookie(req, auth.startSession(), SESSION_TTL_MS / 1000) });
      }
      log?.warn(`dashboard: wrong token from ${addrOf(req)}`);
      if (r.lockedForMs > 0) {
        return sendHtml(res, 429, loginPage(m, lang, m.loginLocked), { 'Retry-After': String(Math.ceil(r.lockedForMs / 1000)) });
      }
      return sendHtml(res, 401, loginPage(m, lang, m.loginWrong));
    }
    if (path === '/logout' && method === 'POST') {
      auth.endSession(req.headers.cookie);
      return redirect(res, '/login', { 'Set-Cookie': cookie(req, '', 0) });
    }

    const page = PAGES[path];
    const csv = path.startsWith('/export/') ? EXPORTS.find((e) => `/export/${e.name}` === path) : undefined;
    if (!page && !csv) {
      return sendHtml(res, 404, layout({ lang, m, title: m.notFound }, html`<p><a href="/">${m.backHome}</a></p>`));
    }
    if (method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET' });

    const a = await access(req);
    if (a === 'none') {
      return page ? redirect(res, '/login') : send(res, 401, 'text/plain; charset=utf-8', 'sign in first, or send Authorization: Bearer <token>\n', { 'WWW-Authenticate': 'Bearer' });
    }
    if (a === 'wrong') return send(res, 401, 'text/plain; charset=utf-8', 'wrong token\n', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    if (a !== 'ok') return send(res, 429, 'text/plain; charset=utf-8', 'too many wrong tokens; try again later\n', { 'Retry-After': String(Math.ceil(a.lockedForMs / 1000)) });

    const filter = parseFilter(url.searchParams);
    if (csv) {
      const body = await csv.build(o.source, o.course, filter.filter, now());
      return send(res, 200, 'text/csv; charset=utf-8; header=present', body, { 'Content-Disposition': `attachment; filename="${csv.name}"` });
    }
    const places = await o.source.places();
    const rendered = await page!.render({ source: o.source, course: o.course, filter, places, lang, m, now: now() });
    return sendHtml(res, 200, layout({ lang, m, title: rendered.title, active: page!.key, query: filterQuery(filter.values) }, rendered.main));
  }

  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (e) {
      log?.error('dashboard: request failed', e instanceof Error ? e.message : String(e));
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.end();
    }
  };
}

export interface RunningDashboard {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves the dashboard on host:port (port 0: any free port, for tests). */
export async function startDashboard(o: DashboardOptions & { host: string; port: number }): Promise<RunningDashboard> {
  const server = createServer(createDashboard(o));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
