/// <reference lib="dom" />
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { api, createBotToken } from '../helpers/api';
import { expectAccessible, launchChromium, loginToAnalytics, openPage, screenshot } from '../helpers/browser';

/**
 * Content health in a real browser (Debian's Chromium): a content expert finds
 * the demo's overdue reviews and a competing pair made by real asks, and the
 * entry's link opens it in the Strapi admin panel.
 */
// A content expert of this test only (admin logins are rate-limited per account).
const EXPERT = { email: 'sisalto-kunto@example.fi', password: 'Kunto-Testi-2026' };
let t: TestStrapi;
let browser: Browser;

beforeAll(async () => {
  t = await startDemoStrapi();
  const role = await t.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
  await t.strapi.service('admin::user').create({
    ...EXPERT,
    firstname: 'Kaisa',
    lastname: 'Kunto',
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  const bot = api(t.url, await createBotToken(t.strapi));
  for (const question of ['tilavaraus', 'tilavaraus', 'tilavaraus']) {
    expect((await bot.post('/bot/ask', { question, locale: 'fi', sessionId: 's1', channel: 'web_chat' })).status).toBe(
      200,
    );
  }
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function openHealth(width: number): Promise<Page> {
  const page = await loginToAnalytics(await openPage(browser, width), t.url, EXPERT);
  // The menu is a drawer on narrow screens: go by address there.
  if (width >= 600) await page.click('[data-testid="menu-health"]');
  else await page.goto(`${t.url}/analytics/#/health`);
  await page.waitForSelector('[data-testid="table-health"]');
  return page;
}

describe('content health page', () => {
  it('shows a content expert the overdue reviews and the competing pair, each linked to the admin panel', async () => {
    const page = await openHealth(1280);
    expect(await page.textContent('h1, [data-testid="health"]')).toMatch(/Sisällön kunto/);
    expect(await page.getAttribute('[data-testid="health-kind-review_overdue"]', 'data-value')).toBe('3');
    const overdue = await page.textContent('[data-testid="table-health"] tbody tr:first-child');
    expect(overdue).toMatch(/Tarkistus myöhässä/);
    expect(await page.$$('[data-testid="table-health"] tr[data-key^="review_overdue:"]')).toHaveLength(3);
    await expectAccessible(page, 'content health');
    await screenshot(page, 'content-health', false);

    await page.click('[data-testid="health-kind-competing"]');
    await page.waitForSelector('[data-testid="table-health"] tr[data-key^="competing:"]');
    const rows = await page.$$('[data-testid="table-health"] tbody tr');
    expect(rows).toHaveLength(1);
    const text = await rows[0].textContent();
    expect(text).toMatch(/Kaupungin tilojen varaaminen|Tilan varaaminen/);
    expect(text).toMatch(/“tilavaraus” \(3 kertaa\)/);
    expect(await page.getAttribute('[data-testid="health-kind-competing"]', 'aria-pressed')).toBe('true');
    await expectAccessible(page, 'content health, competing');
    await screenshot(page, 'content-health-competing');

    // The entry's link opens the entry's edit view in the admin panel (a new window) ...
    const link = page.locator('[data-testid="table-health"] tbody tr:first-child th a');
    const href = await link.getAttribute('href');
    const match =
      /^\/admin\/content-manager\/collection-types\/(api::[a-z-]+\.[a-z-]+)\/([a-z0-9]+)\?plugins\[i18n\]\[locale\]=fi$/.exec(
        href ?? '',
      );
    expect(match).not.toBeNull();
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    expect(popup.url()).toBe(`${t.url}${href}`);
    // ... and that view's document is the listed entry.
    const login = await request(t.url).post('/admin/login').send(EXPERT);
    const doc = await request(t.url)
      .get(`/content-manager/collection-types/${match![1]}/${match![2]}?locale=fi`)
      .set('Authorization', `Bearer ${login.body.data.token}`);
    expect(doc.status).toBe(200);
    expect(['tilavaraus', 'tilavaraus-ohjaus']).toContain(doc.body.data.slug);
    await page.context().close();
  }, 120_000);

  it('does not scroll sideways at 390 px and is accessible there', async () => {
    const page = await openHealth(390);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'content health at 390 px');
    await screenshot(page, 'content-health-390', false);
    await page.context().close();
  }, 120_000);
});
