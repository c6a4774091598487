/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureDemoAccounts, loadUsageHistory } from '@botkb/seeds';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession } from '../helpers/api';
import { launchChromium, tableValues, wcagViolations } from '../helpers/browser';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';

/**
 * Manager reporting in a real browser on three months of demo usage: the headline
 * figures (this period against the previous one) match the API, the current
 * month is marked "so far" in charts' tables, the savings card names its
 * period, and axe finds no WCAG 2.1 AA violation, also at 390 px.
 */
const ARTIFACTS = join(__dirname, '..', 'artifacts');
let t: TestStrapi;
let browser: Browser;
let manager: Awaited<ReturnType<typeof adminSession>>;
const LOGIN = ['esihenkilo@example.fi', 'Johtaja-Demo-2026'] as const;

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  await ensureDemoAccounts(t.strapi, { read: () => null, write: () => undefined });
  // Three months of the demo's generated usage (the current month so far and the two before it).
  const loaded = await loadUsageHistory(t.strapi, { months: 3 });
  console.log(`usage history: ${loaded.events} events, ${loaded.asks} asks in ${loaded.seconds} s`);
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function login(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true, acceptDownloads: true });
  await page.goto(`${t.url}/analytics/`);
  await page.fill('input[type=email]', LOGIN[0]);
  await page.fill('input[type=password]', LOGIN[1]);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid="dashboard"]');
  return page;
}

describe('manager reporting UI', () => {
  it('shows headline figures against the previous period, the current month "so far", and the savings period', async () => {
    const page = await login(1280);
    await page.waitForSelector('[data-testid="table-headline"] tr[data-key]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="table-monthly-usage"] tr[data-key]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="savings-period"]');
    const shown = await tableValues(page, 'table-headline');
    // Without dates the headline is this month so far against the same days of the month before.
    const today = helsinkiDay(Date.now());
    const api = (await manager.get(`/analytics-api/headline?from=${today.slice(0, 7)}-01&to=${today}`)).body;
    expect(api.data).toHaveLength(7);
    const [y, m, d] = today.split('-').map(Number);
    const caption = await page.textContent('[data-testid="headline-period"]');
    expect(caption).toContain(`Tunnusluvut 1.${m}.${y} – ${d}.${m}.${y} verrattuna jaksoon 1.`);
    for (const f of api.data as Array<{ key: string; current: number | null; previous: number | null }>) {
      expect([f.key, shown[f.key]?.current, shown[f.key]?.previous]).toEqual([
        f.key,
        f.current ?? undefined,
        f.previous ?? undefined,
      ]);
    }
    const conversations = api.data.find((f: { key: string }) => f.key === 'conversations');
    expect([conversations.current > 0, conversations.previous > 0, typeof conversations.change]).toEqual([
      true,
      true,
      'number',
    ]);
    const change = await page.textContent('[data-testid="headline-conversations-change"]');
    expect(change).toMatch(
      conversations.change > 0 ? /▲ nousua/ : conversations.change < 0 ? /▼ laskua/ : /ei muutosta/,
    );
    // The current month is marked in the tables behind the charts (Finnish UI).
    const month = today.slice(0, 7);
    const header = await page.textContent(`[data-testid="table-monthly-usage"] tr[data-key="${month}"] th`);
    expect(header).toContain('tähän mennessä');
    const previousHeader = await page.$$eval('[data-testid="table-monthly-usage"] tr[data-key] th', (ths) =>
      ths.map((th) => th.textContent),
    );
    expect(previousHeader.filter((text) => text?.includes('tähän mennessä'))).toHaveLength(1);
    expect(await page.textContent('[data-testid="savings-period"]')).toMatch(
      /Ajanjakso \d+\.\d+\.\d{4} – \d+\.\d+\.\d{4}/,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'manager-headline.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'manager-dashboard.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('downloads an Excel-ready CSV of the usage report in Finnish and parses it back', async () => {
    const page = await login(1280);
    await page.goto(`${t.url}/analytics/#/reports`);
    await page.waitForSelector('[data-testid="table-report-usage"] tr[data-key]', { timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="csv-monthly-usage"]'),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('monthly-usage-fi.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(lines[0].slice(0, 4)).toEqual(['Kuukausi', 'Keskustelut', 'Viestit', 'Kysymykset']);
    expect(lines[0]).toContain('Vastausosuus (%)');
    const api = (await manager.get('/analytics-api/monthly-usage')).body.data as Array<Record<string, number>>;
    expect(lines).toHaveLength(api.length + 1);
    const rate = lines[0].indexOf('Vastausosuus (%)');
    const last = api[api.length - 1];
    const lastLine = lines[lines.length - 1];
    expect(lastLine[0]).toContain('tähän mennessä');
    expect(Number(lastLine[1])).toBe(last.conversations);
    expect(lastLine[rate]).toMatch(/^\d+(,\d)?$/); // decimal comma, one decimal
    expect(Math.abs(Number(lastLine[rate].replace(',', '.')) - last.answeredRate * 100)).toBeLessThanOrEqual(0.05);
    // Handoffs (channel × reason × urgency) and partner-link clicks have their own tables and exports.
    const handoffs = await tableValues(page, 'table-report-handoffs');
    const apiHandoffs = (await manager.get('/analytics-api/handoffs')).body.data as Array<{
      id: string;
      count: number;
    }>;
    expect(Object.fromEntries(Object.entries(handoffs).map(([k, v]) => [k, v.count]))).toEqual(
      Object.fromEntries(apiHandoffs.map((h) => [h.id, h.count])),
    );
    await page.waitForSelector('[data-testid="table-partner-clicks"] tr[data-key]');
    await page.screenshot({ path: join(ARTIFACTS, 'manager-reports.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await login(390);
    await page.waitForSelector('[data-testid="table-headline"] tr[data-key]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="table-monthly-usage"] tr[data-key]', { timeout: 30_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'manager-headline-390.png'), fullPage: false });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
