/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { labelledUnansweredQuestions } from '@botkb/seeds';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { DEMO_USAGE_END } from '../helpers/demo-template';
import type { TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';
import {
  artifactPath,
  expectAccessible,
  launchChromium,
  loginToAnalytics,
  openPage,
  screenshot,
  switchUiLanguage,
} from '../helpers/browser';

/**
 * Merge suggestions in a real browser, on the demo history: a content expert opens a group, sees
 * "Voi olla sama kysymys" with a sibling group, merges it with one click; the
 * list shows one group less and a later ask of the merged form joins the group.
 * A manager sees the suggestions without the merge button. Axe finds no
 * violation; screenshots test/artifacts/similar-*.png (fi, sv, 390 px).
 */
// Accounts of their own: admin logins are limited to 5 per 5 minutes per account.
const EXPERT = { email: 'similar-ui-expert@example.fi', password: 'Similar-Ui-2026' };
const MANAGER = { email: 'similar-ui-manager@example.fi', password: 'Similar-Ui-2026' };
const asked = labelledUnansweredQuestions({ end: new Date('2026-10-31T22:00:00Z') });
const intentOf = (locale: string, text: string) =>
  asked.find((q) => q.locale === locale && q.question === text)?.intent;

// Finding a demo pair takes many reads: the per-user analytics rate limit would answer 429.
const RATE_LIMITS = { ANALYTICS_RATE_LIMIT_PER_SEC: '1000', ANALYTICS_RATE_LIMIT_BURST: '1000' };
let t: TestStrapi;
let browser: Browser;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;

type Group = { id: string; label: string; totalCount: number };
const day = helsinkiDay; // report days are Helsinki days (from 22:00 UTC in winter, 21:00 in summer: tomorrow)
const RANGE = `from=${day(DEMO_USAGE_END.getTime() - 730 * 86_400_000)}&to=${day(Date.now())}`;
const ask = async (question: string, locale: string) =>
  (await bot.post('/bot/ask', { question, locale, channel: 'web_chat' })).body as { answered: boolean };
const groupOf = async (text: string): Promise<Group> =>
  (await manager.get(`/analytics-api/unanswered?${RANGE}&q=${encodeURIComponent(text)}`)).body.data[0];
const similarTo = async (id: string): Promise<Group[]> =>
  (await manager.get(`/analytics-api/unanswered/${id}/similar`)).body.data;

/** A demo question of `locale` whose group's first suggestion is a group of the same intent, and that group. */
async function pairOf(locale: string): Promise<{ target: Group; sibling: Group }> {
  for (const text of new Set(asked.filter((q) => q.locale === locale).map((q) => q.question))) {
    const target = await groupOf(text);
    if (!target || target.label !== text) continue;
    const [first] = await similarTo(target.id);
    if (first && intentOf(locale, first.label) === intentOf(locale, text)) return { target, sibling: first };
  }
  throw new Error(`no ${locale} group of the demo history has a right first suggestion`);
}

async function createUser(who: typeof EXPERT, role: string, firstname: string) {
  const r = await t.strapi.service('admin::role').findOne({ code: role });
  const user = { ...who, firstname, lastname: 'Similar', roles: [r.id], isActive: true, registrationToken: null };
  await t.strapi.service('admin::user').create(user);
}

beforeAll(async () => {
  t = await startDemoStrapi({ usageHistory: true, env: RATE_LIMITS });
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  await createUser(EXPERT, 'strapi-editor', 'Expert');
  await createUser(MANAGER, 'botkb-manager', 'Manager');
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** The number of groups the API lists in RANGE. */
const apiTotal = async (): Promise<number> => (await manager.get(`/analytics-api/unanswered?${RANGE}`)).body.total;

/**
 * Opens the list on RANGE and waits until its pagination ("1–25 / 84") says `total` groups: a list
 * react-admin cached shows its old total until the refetch lands. Fails on timeout.
 */
async function expectListTotal(page: Page, total: number): Promise<void> {
  await page.goto(`${t.url}/analytics/#/unanswered?filter=${encodeURIComponent(JSON.stringify(rangeFilter()))}`);
  const shows = (n: number) => {
    const text = document.querySelector('.MuiTablePagination-displayedRows')?.textContent ?? '';
    return /(\d+)$/.exec(text.replace(/\s/g, ''))?.[1] === String(n);
  };
  await page.waitForFunction(shows, total, { timeout: 15_000 });
}
const rangeFilter = () => ({ from: RANGE.slice(5, 15), to: day(Date.now()) });

/** Opens group `id` and waits for its suggestions. */
async function openSuggestions(page: Page, id: string) {
  await page.goto(`${t.url}/analytics/#/unanswered/${id}/show`);
  await page.waitForSelector('[data-testid="similar-group"]');
}

describe('"May be the same question" on a group of the analytics UI', () => {
  let page: Page;
  beforeAll(async () => {
    page = await loginToAnalytics(await openPage(browser), t.url, EXPERT);
  }, 60_000);
  afterAll(async () => page?.close());

  it.each([
    ['fi', 'Voi olla sama kysymys', 'Yhdistä'],
    ['sv', 'Kan vara samma fråga', 'Slå ihop'],
  ] as const)(
    '%s: a content expert merges a suggested group with one click',
    async (lang, title, merge) => {
      const { target, sibling } = await pairOf(lang);
      await switchUiLanguage(page, lang);
      const before = await apiTotal();
      await expectListTotal(page, before);
      await openSuggestions(page, target.id);
      await page.waitForSelector(`[data-testid="unanswered-similar"] h2:has-text("${title}")`);
      const row = page.locator(`[data-testid="similar-group"][data-id="${sibling.id}"]`);
      await expect(row.textContent()).resolves.toContain(sibling.label);
      await expectAccessible(page, `merge suggestions (${lang})`);
      await screenshot(page, `similar-${lang}`);
      await row.locator(`[data-testid="similar-merge"]:has-text("${merge}")`).click();
      await page.waitForSelector('[data-testid="similar-status"]:not(:empty)');
      await row.waitFor({ state: 'detached' });
      await page
        .locator('[data-testid="unanswered-similar"]')
        .screenshot({ path: artifactPath(`similar-${lang}-merged.png`) });
      await expectListTotal(page, before - 1);
      expect((await manager.get(`/analytics-api/unanswered/${sibling.id}`)).status).toBe(404);
      const merged = await groupOf(sibling.label);
      expect(merged.id).toBe(target.id);
      expect((await ask(sibling.label, lang)).answered).toBe(false);
      expect(await groupOf(sibling.label)).toMatchObject({ id: target.id, totalCount: merged.totalCount + 1 });
    },
    180_000,
  );

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    const narrow = await loginToAnalytics(await openPage(browser, 390), t.url, EXPERT);
    await switchUiLanguage(narrow, 'fi');
    await openSuggestions(narrow, (await pairOf('fi')).target.id);
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await narrow.locator('[data-testid="unanswered-similar"]').screenshot({ path: artifactPath('similar-390.png') });
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.close();
  }, 120_000);
});

describe('merge suggestions for a manager', () => {
  it('lists them read-only', async () => {
    const page = await loginToAnalytics(await openPage(browser), t.url, MANAGER);
    await switchUiLanguage(page, 'en');
    await openSuggestions(page, (await pairOf('fi')).target.id);
    await page.waitForSelector('[data-testid="similar-readonly"]');
    expect(await page.locator('[data-testid="similar-merge"]').count()).toBe(0);
    await expectAccessible(page, 'merge suggestions (manager)');
    await page.close();
  }, 120_000);
});
