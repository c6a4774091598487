/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { startDemoStrapi } from '../helpers/demo-strapi';
import type { TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { drainSearch } from '../helpers/search';
import { expectAccessible, launchChromium, loginToAnalytics, openPage, screenshot } from '../helpers/browser';

/**
 * Triage at scale in a real browser, as a content expert: merge two groups,
 * resolve a group by creating a draft answer (published here) and bulk-resolve
 * three groups to one answer; the bot then answers those questions. Axe finds
 * no WCAG 2.1 AA violation; screenshots go to test/artifacts/triage-*.png.
 */
// An account of its own: admin logins are limited to 5 per 5 minutes per account.
const EXPERT = { email: 'triage-ui-expert@example.fi', password: 'Triage-Ui-2026' };
const DOG = 'saako koiran tuoda terveysasemalle';
const PET = 'voiko lemmikkieläimen ottaa mukaan vastaanotolle';
// A question no demo entry answers (the swimming-hall question of earlier versions now has its answer).
const GRAVE = ['miten varataan hautapaikka', 'Miten varataan hautapaikka?'];
const BULK = ['kalastuslupa mistä ostetaan', 'paljonko maksaa venepaikka satamassa', 'saako rannalla grillata kesällä'];
const ANSWER = { slug: 'ajanvaraus-terveysasema', search: 'terveysasema', title: 'Ajanvaraus terveysasemalle' };

let t: TestStrapi;
let browser: Browser;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;

type Asked = { answered: boolean; answer: { slug: string } | null };
const ask = async (question: string): Promise<Asked> =>
  (await bot.post('/bot/ask', { question, locale: 'fi', audience: 'resident', channel: 'web_chat' })).body;
const groupOf = async (text: string) =>
  (await manager.get(`/analytics-api/unanswered?q=${encodeURIComponent(text)}`)).body.data[0] as {
    id: string;
    totalCount: number;
  };

beforeAll(async () => {
  t = await startDemoStrapi();
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  const role = await t.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
  await t.strapi.service('admin::user').create({
    ...EXPERT,
    firstname: 'Triage',
    lastname: 'Expert',
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  for (const q of [DOG, DOG, PET, ...GRAVE, ...BULK]) expect([q, (await ask(q)).answered]).toEqual([q, false]);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const login = async (width = 1280): Promise<Page> => loginToAnalytics(await openPage(browser, width), t.url, EXPERT);

async function selectRows(page: Page, texts: string[]) {
  await page.goto(`${t.url}/analytics/#/unanswered`);
  await page.waitForSelector('[data-testid="table-unanswered"] tbody tr');
  for (const text of texts) {
    await page
      .locator('[data-testid="table-unanswered"] tbody tr', { hasText: text })
      .locator('input[type=checkbox]')
      .check();
  }
}

describe('unanswered-question triage in the analytics UI', () => {
  let page: Page;
  beforeAll(async () => {
    page = await login();
  }, 60_000);
  afterAll(async () => page?.close());

  it("names the dashboard's top unanswered questions by a real question, never a grouping key", async () => {
    await page.waitForSelector('[data-testid="table-top-unanswered"] tr[data-key]');
    const names = await page.$$eval('[data-testid="table-top-unanswered"] tbody th', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(names).toContain(DOG);
    for (const name of names) expect([DOG, PET, ...GRAVE, ...BULK]).toContain(name);
  }, 60_000);

  it('merges two groups picked in the list ("Yhdistä")', async () => {
    const dog = await groupOf(DOG);
    const pet = await groupOf(PET);
    expect(dog.id).not.toBe(pet.id);
    await selectRows(page, [DOG, PET]);
    await page.click('[data-testid="bulk-merge"]');
    await page.waitForSelector('[data-testid="merge-dialog"]');
    await page.locator(`input[name="merge-into"][value="${dog.id}"]`).check();
    await expectAccessible(page, 'merge dialog');
    await screenshot(page, 'triage-merge', false);
    await page.click('.ra-confirm');
    await page.waitForSelector('[data-testid="merge-dialog"]', { state: 'detached' });
    expect(await groupOf(PET)).toMatchObject({ id: dog.id, totalCount: 3 });
    expect((await manager.get(`/analytics-api/unanswered/${pet.id}`)).status).toBe(404);
    expect((await ask(PET)).answered).toBe(false);
    expect(await groupOf(PET)).toMatchObject({ id: dog.id, totalCount: 4 });
  }, 120_000);

  it('shows a suggested fix and creates a draft answer from a group; published, the bot answers it', async () => {
    const grave = await groupOf(GRAVE[0]);
    await page.goto(`${t.url}/analytics/#/unanswered/${grave.id}/show`);
    await page.waitForSelector('[data-testid="suggested-fix"] [data-testid="try-verdict"]');
    await page.waitForSelector('[data-testid="suggested-fix"] [data-testid="try-words"]');
    await expectAccessible(page, 'unanswered detail with suggested fix');
    await screenshot(page, 'triage-suggested-fix');
    await page.click('[data-testid="fix-create"]');
    await page.waitForSelector('[data-testid="fix-created-link"]');
    const href = (await page.getAttribute('[data-testid="fix-created-link"]', 'href'))!;
    expect(href).toMatch(
      /^\/admin\/content-manager\/collection-types\/api::answer\.answer\/\w+\?plugins\[i18n\]\[locale\]=fi$/,
    );
    await page.waitForSelector('[data-testid="unanswered-resolution"]');
    await expectAccessible(page, 'draft answer created');
    await screenshot(page, 'triage-created');

    const documentId = href.split('/').pop()!.split('?')[0];
    const docs = t.strapi.documents('api::answer.answer');
    await docs.update({
      documentId,
      locale: 'fi',
      data: { body: 'Hautapaikan voi varata seurakunnan hautaustoimistosta arkisin.' },
    } as never);
    const published = (await docs.publish({ documentId, locale: 'fi' } as never)) as unknown as {
      entries: Array<{ slug: string }>;
    };
    await drainSearch(t.strapi);
    for (const q of GRAVE) expect([q, (await ask(q)).answer?.slug]).toEqual([q, published.entries[0].slug]);
  }, 120_000);

  it('bulk-resolves three groups to one answer; the bot then answers those questions', async () => {
    await selectRows(page, BULK);
    await page.click('[data-testid="bulk-resolve"]');
    await page.waitForSelector('[data-testid="bulk-resolve-dialog"]');
    await page.fill('[data-testid="bulk-resolve-target"]', ANSWER.search);
    await page.click(`li[role=option]:has-text("${ANSWER.title}")`);
    await expectAccessible(page, 'bulk resolve dialog');
    await screenshot(page, 'triage-bulk-resolve', false);
    await page.click('.ra-confirm');
    await page.waitForSelector('[data-testid="bulk-resolve-dialog"]', { state: 'detached' });
    await drainSearch(t.strapi);
    for (const q of BULK) expect([q, (await ask(q)).answer?.slug]).toEqual([q, ANSWER.slug]);
  }, 120_000);

  it('fits a 390 px wide screen without sideways scrolling: a group, and the list with its bulk actions', async () => {
    const narrow = await login(390);
    const overflow = () =>
      narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const dog = await groupOf(DOG);
    await narrow.goto(`${t.url}/analytics/#/unanswered/${dog.id}/show`);
    await narrow.waitForSelector('[data-testid="suggested-fix"] [data-testid="try-verdict"]');
    await screenshot(narrow, 'triage-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
    // With rows selected the bulk toolbar shows its actions as icons, each named for screen readers.
    await narrow.goto(`${t.url}/analytics/#/unanswered`);
    const boxes = narrow.locator('[data-testid="table-unanswered"] tbody tr input[type=checkbox]');
    for (const i of [0, 1]) await boxes.nth(i).check();
    const toolbar = narrow.locator('.RaBulkActionsToolbar-topToolbar');
    await toolbar.locator('[data-testid="bulk-resolve"]').waitFor();
    const names = await toolbar
      .locator('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names).toEqual(['Yhdistä', 'Ratkaise yhdellä sisällöllä', 'Merkitse työn alle', 'Ohita']);
    await screenshot(narrow, 'triage-list-390-selected');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(narrow, 'unanswered list at 390 px with rows selected');
    await narrow.close();
  }, 120_000);
});
