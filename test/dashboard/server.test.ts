// The dashboard over HTTP, as a script or a browser without JavaScript sees it: login, sessions,
// Bearer tokens, the throttle, headers, escaping, filters and the CSV exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, CSP, type RunningDashboard } from '../../adapters/dashboard/server.ts';
import { LOCKOUT_FAILURES } from '../../adapters/dashboard/throttle.ts';
import { createLogger } from '../../src/log.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import type { ReportSource } from '../../src/report/source.ts';
import { csvRecords } from '../report/csv-parse.ts';
import { DISLIKED_QUESTION, FORMULA_QUESTION, IMG_QUESTION, SCRIPT_QUESTION, seedStore, TOKEN, type Seeded } from './seed.ts';

let seeded: Seeded;
let source: ReportSource;
let dash: RunningDashboard;
const logLines: string[] = [];
const waits: number[] = [];

beforeAll(async () => {
  seeded = await seedStore();
  source = openSqliteReportSource(seeded.file);
  dash = await startDashboard({
    source, course: seeded.course, token: TOKEN, host: '127.0.0.1', port: 0,
    log: createLogger('debug', (l) => logLines.push(l)),
    // Record the throttle's waits instead of sleeping through them.
    auth: { sleep: async (ms) => void waits.push(ms) },
  });
}, 60_000);
afterAll(async () => {
  await dash?.stop();
  await source?.close();
  seeded?.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(dash.url + path, { headers, redirect: 'manual' });
const login = (token: string, headers: Record<string, string> = {}) =>
  fetch(`${dash.url}/login`, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams({ token }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
const sessionCookie = (res: Response) => res.headers.get('set-cookie')!.split(';')[0];
const bearer = { authorization: `Bearer ${TOKEN}` };

describe('dashboard over HTTP', () => {
  it('answers /healthz without login', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('without a session: pages redirect to /login, exports answer 401', async () => {
    for (const path of ['/', '/questions', '/quiz', '/learners', '/exports']) {
      const res = await get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/login');
    }
    for (const path of ['/export/questions.csv', '/export/quiz-items.csv']) {
      const res = await get(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('logs in through the form: HttpOnly SameSite=Strict cookie, redirect to /, log-out ends the session', async () => {
    const res = await login(TOKEN);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = sessionCookie(res);
    const page = await get('/', { cookie, 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<html lang="ko">');
    expect(body).toContain('일별 질문 수');
    expect((await get('/login', { cookie })).headers.get('location')).toBe('/');
    const out = await fetch(`${dash.url}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie } });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await get('/', { cookie })).status).toBe(303);
  });

  it('a wrong token is refused with a friendly message and no cookie', async () => {
    const res = await login('wrong-token-wrong-token', { 'accept-language': 'en' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = await res.text();
    expect(body).toContain('That token is not right');
    expect(body).not.toContain('wrong-token-wrong-token');
    expect((await get('/export/questions.csv', { authorization: 'Bearer nope-nope-nope-nope' })).status).toBe(401);
    expect((await get('/', { cookie: 'tutor_dashboard=made-up-session' })).status).toBe(303);
  });

  it('pages in English or Korean from Accept-Language', async () => {
    const en = await (await get('/quiz', { ...bearer, 'accept-language': 'en-US,en;q=0.9' })).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Discrimination');
    const ko = await (await get('/quiz', { ...bearer, 'accept-language': 'ko' })).text();
    expect(ko).toContain('변별도');
  });

  it('sends a CSP that allows no script, and shows what students typed as text', async () => {
    for (const path of ['/', '/questions', '/quiz', '/learners', '/exports', '/login']) {
      const res = await get(path, bearer);
      expect(res.headers.get('content-security-policy'), path).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await res.text();
      expect(body, path).not.toMatch(/<script|<img/i);
      expect(body).not.toContain(TOKEN);
    }
    expect(CSP).toContain("script-src 'none'");
    expect(CSP).not.toContain('unsafe-inline');
    const questions = await (await get('/questions', { ...bearer, 'accept-language': 'en' })).text();
    expect(questions).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(questions).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;');
    const learners = await (await get('/learners', bearer)).text();
    expect(learners).toContain('Alice &lt;b&gt;Kim&lt;/b&gt;');
  });

  it('the questions page: declined questions grouped, the 👎 answer with its passage, filters', async () => {
    const body = await (await get('/questions', { ...bearer, 'accept-language': 'en' })).text();
    expect(body).toContain('Questions declined or answered with low confidence');
    // The three football questions (spaced differently, one wrapped in markup) are one group of 3, from 3 learners.
    const football = body.split('<tr>').find((row) => row.includes('축구 경기 결과 알려줘'))!;
    expect(football).toContain('축구 경기결과 알려줘');
    expect(football).toMatch(/<td class="num">3<\/td><td class="num">3<\/td><td class="num">0<\/td><td class="num">3<\/td>/);
    const disliked = body.slice(body.indexOf('Answers voted 👎'));
    expect(disliked).toContain(DISLIKED_QUESTION);
    expect(disliked).toMatch(/👎 2/);
    expect(disliked).toContain('<blockquote>'); // the passage given
    const discordOnly = await (await get('/questions?platform=discord', bearer)).text();
    expect(discordOnly).toContain('Lambda 요금은');
    expect(discordOnly).not.toContain(DISLIKED_QUESTION);
    const bad = await (await get('/questions?from=2025-13-45', { ...bearer, 'accept-language': 'en' })).text();
    expect(bad).toContain('Ignored a date that is not YYYY-MM-DD: 2025-13-45');
  });

  it('exports CSV with a BOM, one row per question, formulas neutralised, script text kept', async () => {
    const res = await get('/export/questions.csv', bearer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="questions.csv"');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvRecords(text.slice(1));
    expect(rows).toHaveLength(seeded.counts.questions);
    expect(rows.map((r) => r.question)).toContain(SCRIPT_QUESTION);
    expect(rows.map((r) => r.question)).toContain(IMG_QUESTION);
    expect(rows.map((r) => r.question)).toContain(`'${FORMULA_QUESTION}`);
    expect(rows.find((r) => r.question === DISLIKED_QUESTION)).toMatchObject({ answered: 'true', votes_down: '2', platform: 'slack', channel: 'C0STUDY' });
    const items = csvRecords((await (await get('/export/quiz-items.csv', bearer)).text()).slice(1));
    expect(items.reduce((n, r) => n + Number(r.attempts), 0)).toBe(seeded.counts.quizAnswers);
    expect(items.reduce((n, r) => n + Number(r.correct), 0)).toBe(seeded.counts.quizCorrect);
  });

  it('unknown paths are 404, other methods 405', async () => {
    expect((await get('/nope', bearer)).status).toBe(404);
    expect((await fetch(`${dash.url}/quiz`, { method: 'POST', headers: bearer })).status).toBe(405);
  });

  it('repeated wrong tokens wait longer each time, then the address is locked out, right token or not', async () => {
    waits.length = 0;
    for (let i = 0; i < LOCKOUT_FAILURES; i++) expect((await login(`guess-number-${i}-xxxxxx`)).status).toBe(401);
    expect(waits).toHaveLength(LOCKOUT_FAILURES);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    const locked = await login(TOKEN);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get('/export/questions.csv', bearer)).status).toBe(429);
  });

  it('never logs the token', () => {
    expect(logLines.some((l) => l.includes('wrong token'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });
});
