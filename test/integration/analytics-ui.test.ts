/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ensureDemoAccounts } from '@botkb/seeds';
import { type TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { drainSearch } from '../helpers/search';
import {
  artifactPath,
  expectAccessible,
  launchChromium,
  loginToAnalytics,
  openPage,
  screenshot,
  switchUiLanguage,
  tableValues,
} from '../helpers/browser';
import { recordCounts } from '../helpers/record-counts';
import { analyticsService } from '../../cms/src/services';

/**
 * The analytics UI in a real browser (Debian's Chromium) against a real CMS
 * with the demo content and usage history: numbers match the reports API,
 * languages switch, a content expert closes a content gap, a manager cannot,
 * and axe-core finds no WCAG 2.1 AA violation on any view.
 */
let t: TestStrapi;
let browser: Browser;
let manager: Awaited<ReturnType<typeof adminSession>>;
const DEMO = {
  manager: { email: 'esihenkilo@example.fi', password: 'Johtaja-Demo-2026' },
  expert: { email: 'asiantuntija@example.fi', password: 'Sisalto-Demo-2026' },
} as const;

beforeAll(async () => {
  t = await startDemoStrapi({ usageHistory: true });
  await ensureDemoAccounts(t.strapi, { read: () => null, write: () => undefined });
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const login = async (who: keyof typeof DEMO, width = 1280): Promise<Page> =>
  loginToAnalytics(await openPage(browser, width), t.url, DEMO[who]);

const WIDGETS = [
  'monthly-usage',
  'answer-rate',
  'usage-split',
  'top-paths',
  'top-unanswered',
  'handoffs',
  'content-counts',
];

describe('analytics UI', () => {
  it('shows the manager a dashboard whose numbers match the reports API, loads fast, and is accessible', async () => {
    const page = await login('manager');
    const started = Date.now();
    await page.reload();
    await page.waitForSelector('[data-testid="dashboard"]');
    for (const w of WIDGETS) await page.waitForSelector(`[data-testid="table-${w}"] tr[data-key]`, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="savings-totals"]');
    const loadMs = Date.now() - started;
    writeFileSync(artifactPath('dashboard-load.json'), JSON.stringify({ loadMs }, null, 2));
    console.log(`dashboard fully loaded in ${loadMs} ms`);
    await screenshot(page, 'dashboard');

    const { total, ...shown } = await tableValues(page, 'table-monthly-usage');
    const sumOf = (column: string) => Object.values(shown).reduce((n, r) => n + (r[column] ?? 0), 0);
    for (const [column, value] of Object.entries(total ?? {})) expect([column, value]).toEqual([column, sumOf(column)]);
    const api = (await manager.get('/analytics-api/monthly-usage')).body.data as Array<
      Record<string, number> & { month: string }
    >;
    expect(Object.keys(shown).sort()).toEqual(api.map((r) => r.month).sort());
    for (const row of api) {
      for (const [column, value] of Object.entries(shown[row.month]))
        expect([row.month, column, value]).toEqual([row.month, column, row[column]]);
    }
    expect(Object.values(shown).some((r) => Object.keys(r).length >= 3)).toBe(true);
    const topPaths = await tableValues(page, 'table-top-paths');
    const apiPaths = (await manager.get('/analytics-api/path-performance?pageSize=5')).body.data as Array<{
      id: string;
      starts: number;
    }>;
    for (const p of apiPaths) expect([p.id, topPaths[p.id]?.starts]).toEqual([p.id, p.starts]);
    expect(Object.keys(topPaths).length).toBeGreaterThan(0);
    await expectAccessible(page, 'dashboard');
    await page.close();
  }, 120_000);

  it('switches language (html lang, texts and number formats) and reflows at 320 px', async () => {
    const page = await login('manager', 320);
    await page.waitForSelector('[data-testid="table-monthly-usage"] tr[data-key]');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await switchUiLanguage(page, 'sv');
    await switchUiLanguage(page, 'en');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'dashboard at 320 px in English');
    await page.close();
  }, 120_000);

  it('lets a manager read unanswered questions and reports but not resolve; every view is accessible', async () => {
    const page = await login('manager');
    for (const [view, selector] of [
      ['#/unanswered', '[data-testid="table-unanswered"] tr'],
      ['#/paths', '[data-testid="table-paths"] tr'],
      ['#/answers', '[data-testid="table-answers"] tr'],
      ['#/reports', '[data-testid="table-report-usage"] tr'],
    ]) {
      await page.goto(`${t.url}/analytics/${view}`);
      await page.waitForSelector(selector, { timeout: 30_000 });
      await expectAccessible(page, view);
    }
    await page.goto(`${t.url}/analytics/#/unanswered`);
    await page.click('[data-testid="table-unanswered"] a[href*="/show"]');
    await page.waitForSelector('[data-testid="unanswered-detail"]');
    await page.waitForSelector('[data-testid="triage-readonly"]');
    expect(await page.$('[data-testid="resolve-form"]')).toBeNull();
    await expectAccessible(page, 'unanswered detail (manager)');
    const path = (await manager.get('/analytics-api/path-performance?pageSize=1')).body.data[0];
    await page.goto(`${t.url}/analytics/#/paths/${path.id}/show`);
    await page.waitForSelector('[data-testid="table-path-funnel"] tr[data-key]');
    await expectAccessible(page, 'path funnel');
    await page.close();
  }, 120_000);

  it('lets a content expert resolve a question with a new phrasing; the bot then answers it', async () => {
    const question = 'saako koiran tuoda terveysasemalle';
    const bot = api(t.url, await createBotToken(t.strapi, 'ui test bot'));
    expect((await bot.post('/bot/ask', { question, locale: 'fi' })).body.answered).toBe(false);
    const group = (await manager.get(`/analytics-api/unanswered?q=${encodeURIComponent('koiran tuoda')}`)).body.data[0];
    expect(group).toBeDefined();
    const page = await login('expert');
    await page.goto(`${t.url}/analytics/#/unanswered/${group.id}/show`);
    await page.waitForSelector('[data-testid="resolve-form"]');
    await page.fill('[data-testid="resolve-target"]', 'terveysasema');
    await page.click('li[role=option]:has-text("Ajanvaraus terveysasemalle")');
    await page.waitForSelector('[data-testid="resolve-admin-link"]');
    await page.fill('[data-testid="resolve-phrasing"]', question);
    await expectAccessible(page, 'unanswered detail (content expert)');
    await page.click('[data-testid="resolve-submit"]');
    await page.waitForSelector('[data-testid="unanswered-resolution"]');
    await page.close();
    const resolved = (await manager.get(`/analytics-api/unanswered/${group.id}`)).body.data;
    expect(resolved).toMatchObject({ status: 'resolved', resolution: { kind: 'answer', phrasing: question } });
    await drainSearch(t.strapi);
    const after = (await bot.post('/bot/ask', { question, locale: 'fi' })).body;
    expect(after.answered).toBe(true);
    expect(after.answer.slug).toBe(resolved.resolution.slug);
  }, 120_000);

  it('lets a content expert try the bot and see why it answers, recording nothing', async () => {
    const page = await login('expert');
    await page.goto(`${t.url}/analytics/#/try`);
    await page.waitForSelector('[data-testid="try-question"]');
    await page.waitForLoadState('networkidle');
    await analyticsService(t.strapi).catchUp();
    const before = await recordCounts(t.strapi);
    await page.fill('[data-testid="try-question"]', 'miten saa hammaslääkäriajan');
    await page.click('[data-testid="try-submit"]');
    await page.waitForSelector('[data-testid="try-answer"]');
    expect(await page.textContent('[data-testid="try-answer"]')).toMatch(/hammashoi/i);
    const href = await page.getAttribute('[data-testid="try-answer-admin"]', 'href');
    expect(href).toMatch(/^\/admin\/content-manager\/collection-types\/api::answer\.answer\//);
    const words = await page.textContent('[data-testid="try-words"]');
    expect(words).toMatch(/hammaslääkäriajan/);
    expect(words).toMatch(/Yhdyssanan osat/);
    expect(await page.$$('[data-testid="try-candidates"] tr[data-key]')).not.toHaveLength(0);
    await expectAccessible(page, 'try the bot (fi)');
    await switchUiLanguage(page, 'sv');
    // Opened with the UI in Swedish, the question's language starts as Swedish.
    await page.reload();
    await page.waitForSelector('[data-testid="try-locale"]:has-text("svenska")', { timeout: 10_000 });
    await page.fill('[data-testid="try-question"]', 'var får jag tid till tandläkare');
    await page.click('[data-testid="try-submit"]');
    await page.waitForSelector('[data-testid="try-words"] th:has-text("tandläkare")');
    expect(await page.textContent('[data-testid="try-result"]')).toMatch(/Hur orden kändes igen/);
    await expectAccessible(page, 'try the bot (sv)');
    await screenshot(page, 'try-it');
    expect(await recordCounts(t.strapi)).toEqual(before);
    await page.close();
  }, 120_000);

  it('says in words when the session has expired', async () => {
    const page = await login('manager');
    await page.evaluate(() => {
      for (const k of Object.keys(sessionStorage))
        sessionStorage.setItem(k, sessionStorage.getItem(k)!.replace(/[A-Za-z0-9_-]{10}$/, 'xxxxxxxxxx'));
    });
    await page.goto(`${t.url}/analytics/#/reports`);
    await page.waitForSelector('input[type=email]');
    expect(await page.textContent('body')).toMatch(/vanhentunut|expired|gått ut/i);
    await page.close();
  }, 60_000);
});
