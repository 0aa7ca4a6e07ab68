// The dashboard in a real browser: Debian's headless Chromium driven by playwright-core (no browser
// download). Logs in through the form, reads every page, checks that what students typed stays
// text, downloads and parses the CSV exports, and writes a screenshot of each page to
// .scratch/screenshots/ for a person to look at. Skipped, with a line saying why, without Chromium.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDashboard, type RunningDashboard } from '../../adapters/dashboard/server.ts';
import { openSqliteReportSource } from '../../src/store/report-sqlite.ts';
import type { ReportSource } from '../../src/report/source.ts';
import { csvRecords } from '../report/csv-parse.ts';
import { DISLIKED_QUESTION, FORMULA_QUESTION, IMG_QUESTION, SCRIPT_QUESTION, seedStore, TOKEN, type Seeded } from './seed.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(`dashboard browser tests skipped: ${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`);
}
const SHOTS = join(import.meta.dirname, '..', '..', '.scratch', 'screenshots');
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES = [
  { path: '/', name: 'overview' },
  { path: '/questions', name: 'questions' },
  { path: '/quiz', name: 'quiz-items' },
  { path: '/learners', name: 'learners' },
  { path: '/exports', name: 'exports' },
];

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  let seeded: Seeded;
  let source: ReportSource;
  let dash: RunningDashboard;
  let browser: Browser;
  /** Anything the pages tried to run or failed to load. */
  const incidents: string[] = [];

  const watch = (page: Page) => {
    page.on('dialog', (d) => (incidents.push(`dialog: ${d.message()}`), void d.dismiss()));
    page.on('pageerror', (e) => incidents.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && incidents.push(`console: ${m.text()}`));
    return page;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  /** Signs in through the form in a fresh context. */
  async function signedIn(opts: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ acceptDownloads: true, ...opts });
    const page = watch(await context.newPage());
    await page.goto(`${dash.url}/login`);
    await page.getByLabel(/token|토큰/i).fill(TOKEN);
    await Promise.all([page.waitForURL(`${dash.url}/`), page.getByRole('button', { name: /sign in|로그인/i }).click()]);
    return { context, page };
  }

  beforeEach(() => void (incidents.length = 0));
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    seeded = await seedStore();
    source = openSqliteReportSource(seeded.file);
    dash = await startDashboard({ source, course: seeded.course, token: TOKEN, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await dash?.stop();
    await source?.close();
    seeded?.cleanup();
  });

  it('refuses a visitor without a cookie and a wrong token; signs in with the right one', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = watch(await context.newPage());
    await page.goto(`${dash.url}/questions`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot(page, 'login-en');
    await page.getByLabel('Dashboard token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That token is not right');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await context.cookies()).toEqual([]);
    await shot(page, 'login-wrong-en');
    const noCookie = await context.request.get(`${dash.url}/export/questions.csv`);
    expect(noCookie.status()).toBe(401);

    await page.getByLabel('Dashboard token').fill(TOKEN);
    await Promise.all([page.waitForURL(`${dash.url}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'tutor_dashboard', httpOnly: true, sameSite: 'Strict' });
    expect(cookie.value).not.toContain(TOKEN);
    await context.close();
  }, 60_000);

  it('shows every page in Korean on a desktop, with the right content, and runs nothing students typed', async () => {
    const { context, page } = await signedIn({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    for (const p of PAGES) {
      await page.goto(dash.url + p.path);
      await shot(page, `${p.name}-ko-desktop`);
    }
    await page.goto(`${dash.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('개요');
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThan(3);
    const stats = await page.locator('.stat').allTextContents();
    expect(stats.join(' ')).toContain(`질문 수${seeded.counts.questions}`);
    expect(stats.join(' ')).toContain(`👎 평가${seeded.counts.down}`);
    expect(stats.join(' ')).toContain('활동한 학습자 (최근 7일)3');

    await page.goto(`${dash.url}/questions`);
    const body = await page.locator('main').innerText();
    // Shown as text, exactly as typed; nothing ran.
    expect(body).toContain(SCRIPT_QUESTION);
    expect(body).toContain(IMG_QUESTION);
    expect(body).toContain(FORMULA_QUESTION);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    const disliked = page.locator('ol.cards li', { hasText: DISLIKED_QUESTION });
    await expect.poll(() => disliked.locator('blockquote').innerText()).toMatch(/Docker/);
    expect(await disliked.locator('.meta').innerText()).toContain('👎 2');

    await page.goto(`${dash.url}/quiz`);
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['섹션별']));
    const sectionRow = page.locator('tr', { hasText: '§3.3 ' });
    expect(await sectionRow.count()).toBe(1);
    expect(await page.locator('li.card').count()).toBeGreaterThan(3);
    expect(await page.locator('li.card').first().innerText()).toMatch(/난이도 지수\s*\d+%/);

    await page.goto(`${dash.url}/learners`);
    const learners = await page.locator('main').innerText();
    for (const name of ['김민수', 'Alice <b>Kim</b>', '박지영']) expect(learners).toContain(name);

    // The filter form, as a person uses it: unfold, pick Discord, apply.
    await page.goto(`${dash.url}/questions`);
    await page.locator('details.filters summary').click();
    await page.getByLabel('플랫폼').selectOption('discord');
    await Promise.all([page.waitForURL(/platform=discord/), page.getByRole('button', { name: '적용' }).click()]);
    expect(await page.locator('details.filters summary').innerText()).toContain('Discord');
    const discordOnly = await page.locator('main').innerText();
    expect(discordOnly).toContain('Lambda 요금은');
    expect(discordOnly).not.toContain(DISLIKED_QUESTION);
    await shot(page, 'questions-ko-filtered');
    expect(incidents).toEqual([]);
    await context.close();
  }, 90_000);

  it('is usable on a phone, in English', async () => {
    const { context, page } = await signedIn({ locale: 'en-US', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    for (const p of PAGES) {
      await page.goto(dash.url + p.path);
      // Nothing wider than the screen except inside the tables' own scroll boxes.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p.path).toBeLessThanOrEqual(0);
      await shot(page, `${p.name}-en-phone`);
    }
    expect(await page.locator('h1').textContent()).toBe('Exports (CSV, UTF-8)');
    expect(incidents).toEqual([]);
    await context.close();
  }, 90_000);

  it('downloads the CSV exports and they parse', async () => {
    const { context, page } = await signedIn({ locale: 'en-US' });
    await page.goto(`${dash.url}/exports`);
    const download = async (name: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(d.suggestedFilename()).toBe(name);
      const bytes = readFileSync((await d.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      return csvRecords(bytes.subarray(3).toString('utf8'));
    };
    const questions = await download('questions.csv');
    expect(questions).toHaveLength(seeded.counts.questions);
    expect(questions.map((r) => r.question)).toEqual(expect.arrayContaining([SCRIPT_QUESTION, `'${FORMULA_QUESTION}`]));
    const items = await download('quiz-items.csv');
    expect(items.reduce((n, r) => n + Number(r.attempts), 0)).toBe(seeded.counts.quizAnswers);
    for (const r of items.filter((x) => Number(x.attempts) > 0)) {
      expect(Number(r.facility)).toBeCloseTo(Number(r.correct) / Number(r.attempts), 4);
    }
    const learners = await download('learners.csv');
    expect(learners.map((r) => r.name).sort()).toEqual(['Alice <b>Kim</b>', '김민수', '박지영'].sort());

    // Log out: the cookie no longer opens anything.
    await Promise.all([page.waitForURL(`${dash.url}/login`), page.getByRole('button', { name: 'Log out' }).click()]);
    await page.goto(`${dash.url}/learners`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await context.request.get(`${dash.url}/export/quiz-items.csv`)).status()).toBe(401);
    expect(incidents).toEqual([]);
    await context.close();
  }, 90_000);
});
