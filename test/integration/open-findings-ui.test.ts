/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { startDemoStrapi, type DemoStrapi } from '../helpers/demo-strapi';
import { adminSession } from '../helpers/api';
import {
  expectAccessible,
  launchChromium,
  loginToAnalytics,
  openPage,
  screenshot,
  switchUiLanguage,
  type UiLanguage,
} from '../helpers/browser';
import { markedTitle } from '../../admin-ui/src/common/titleLocale';
import { ANSWER_UID } from '../../cms/src/content-uids';

/**
 * What the second UI walk-through left open, in a real browser on the demo content and usage: the simulation
 * asks before unsaved edits are lost, the branching Sankey of the 4-step path in fi and sv at 1280 and 390 px
 * (screenshots in test/artifacts/open-findings/), titles in the UI's language, and the 390 px app bar.
 */
let t: DemoStrapi;
let browser: Browser;
let manager: Awaited<ReturnType<typeof adminSession>>;
// A login of this suite only (Strapi allows 5 admin logins per 5 minutes per account).
const LOGIN = { email: 'avoimet-havainnot@example.fi', password: 'Avoimet-Havainnot-2026' };
const PATH = 'tarvitsen-apua-nyt';
/** A demo answer whose Swedish version the titles test unpublishes. */
const FINNISH_ONLY = 'kotisairaala';

beforeAll(async () => {
  t = await startDemoStrapi({ usageHistory: true });
  const role = await t.strapi.service('admin::role').findOne({ code: 'botkb-manager' });
  await t.strapi.service('admin::user').create({
    ...LOGIN,
    firstname: 'Avoimet',
    lastname: 'Havainnot',
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const login = async (width: number) => loginToAnalytics(await openPage(browser, width), t.url, LOGIN);
const shot = (page: Page, name: string, fullPage = true) => screenshot(page, `open-findings/${name}`, fullPage);
const confirmDialog = '[role="dialog"]:has-text("Hylätäänkö tallentamattomat muutokset?")';

async function openScenario(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Avaa tallennettu skenaario' }).click();
  await page.click(`li[role="option"]:has-text("${name}")`);
}

describe('what the second walk-through left open', () => {
  it('the simulation asks before unsaved edits are lost: another scenario, the menu, closing the tab', async () => {
    const input = { startYear: 2027, hourlyCost: 35, yearlySalaryCost: 59_290, productiveHoursPerPerson: 1694 };
    const scenario = async (name: string, contacts: number) =>
      (
        await manager.post('/analytics-api/simulation/scenarios', {
          name,
          input: { ...input, channels: [{ name: 'Puhelut', contacts, minutes: 6, changes: [0, 0] }] },
        })
      ).body.data.id as number;
    const a = await scenario('Skenaario A', 1000);
    const b = await scenario('Skenaario B', 2000);
    const page = await login(1280);
    await page.goto(`${t.url}/analytics/#/simulation?scenario=${a}`);
    await page.waitForSelector('[data-testid="sim-0-contacts"]', { timeout: 30_000 });
    expect(await page.inputValue('[data-testid="sim-0-contacts"]')).toBe('1000');
    await page.fill('[data-testid="sim-0-contacts"]', '12345');

    // Another scenario: asked first; "keep editing" keeps the edit and the open scenario.
    await openScenario(page, 'Skenaario B');
    await page.waitForSelector(confirmDialog);
    await shot(page, 'unsaved-changes-dialog', false);
    await expectAccessible(page, 'unsaved changes dialog');
    await page.click(`${confirmDialog} button:has-text("Jatka muokkausta")`);
    await page.waitForSelector(confirmDialog, { state: 'detached' });
    expect([page.url().endsWith(`scenario=${a}`), await page.inputValue('[data-testid="sim-0-contacts"]')]).toEqual([
      true,
      '12345',
    ]);

    // Leaving by the menu is asked too.
    await page.click('a[href="#/reports"]');
    await page.waitForSelector(confirmDialog);
    await page.click(`${confirmDialog} button:has-text("Jatka muokkausta")`);
    expect(page.url()).toContain('#/simulation');

    // Closing the tab gets the browser's own question.
    const question = page.waitForEvent('dialog', { timeout: 10_000 });
    await page.close({ runBeforeUnload: true });
    const dialog = await question;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();

    // Discarding opens the other scenario.
    await openScenario(page, 'Skenaario B');
    await page.waitForSelector(confirmDialog);
    await page.click(`${confirmDialog} .ra-confirm`);
    await page.waitForURL(new RegExp(`scenario=${b}$`));
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="sim-0-contacts"]') as HTMLInputElement | null)?.value === '2000',
    );
    // Unedited, switching back asks nothing.
    await openScenario(page, 'Skenaario A');
    await page.waitForURL(new RegExp(`scenario=${a}$`));
    expect(await page.$(confirmDialog)).toBeNull();
    await page.close();
  }, 180_000);

  it('titles follow a Swedish UI where the content has Swedish (Finnish marked "(fi)"), at the API and on screen', async () => {
    // Every demo answer has Swedish: one loses its Swedish version, so a Finnish-only title is there too.
    const docs = t.strapi.documents(ANSWER_UID);
    const hammas = await docs.findFirst({ filters: { slug: FINNISH_ONLY }, locale: 'sv', status: 'published' });
    await docs.unpublish({ documentId: hammas!.documentId, locale: 'sv' });
    const svRows = async () =>
      (await manager.get('/analytics-api/answer-performance?titleLocale=sv&pageSize=1000')).body.data;
    // The report's content catalog follows the unpublish through the change bus.
    let sv = await svRows();
    for (let i = 0; i < 50 && !sv.some((r: { titleLocale: string }) => r.titleLocale === 'fi'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      sv = await svRows();
    }
    const fi = (await manager.get('/analytics-api/answer-performance?pageSize=1000')).body.data;
    const fiTitle = new Map(fi.map((r: { slug: string; title: string }) => [r.slug, r.title]));
    const swedish = sv.filter((r: { titleLocale: string }) => r.titleLocale === 'sv');
    const finnishOnly = sv.filter((r: { titleLocale: string }) => r.titleLocale === 'fi');
    expect([swedish.length > 0, finnishOnly.length > 0]).toEqual([true, true]);
    expect(swedish.filter((r: { slug: string; title: string }) => r.title !== fiTitle.get(r.slug)).length).toBe(
      swedish.length,
    );
    // With a language filter the filter decides, as before.
    const filtered = (await manager.get('/analytics-api/answer-performance?locale=fi&titleLocale=sv&pageSize=1000'))
      .body.data;
    expect(filtered.every((r: { titleLocale: string | null }) => r.titleLocale !== 'sv')).toBe(true);

    const page = await login(1280);
    await switchUiLanguage(page, 'sv');
    await page.goto(`${t.url}/analytics/#/answers?perPage=1000`);
    await page.waitForSelector('[data-testid="table-answers"] tbody tr', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const shown = await page.$$eval('[data-testid="table-answers"] tbody tr td:first-child', (cells) =>
      cells.map((c) => c.textContent ?? ''),
    );
    const expected = sv.map((r: { title: string; titleLocale: 'fi' | 'sv' | null }) => markedTitle(r, 'sv'));
    expect(shown.filter((s) => swedish.some((r: { title: string }) => r.title === s)).length).toBeGreaterThan(0);
    expect(shown.every((s) => expected.includes(s))).toBe(true);
    expect(shown.length).toBe(sv.length);
    expect(shown.filter((s) => s.endsWith(' (fi)')).length).toBe(finnishOnly.length);
    expect(finnishOnly.map((r: { slug: string }) => r.slug)).toEqual([FINNISH_ONLY]);
    await shot(page, 'answers-sv-1280');
    await expectAccessible(page, 'answers in Swedish');
    // The path page's title and its funnel follow too.
    const paths = (await manager.get('/analytics-api/path-performance?titleLocale=sv')).body.data;
    const row = paths.find((r: { slug: string }) => r.slug === PATH);
    await page.goto(`${t.url}/analytics/#/paths/${PATH}/show`);
    await page.waitForSelector('[data-testid="path-summary"] h2', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="path-summary"] h2')).toBe(markedTitle(row, 'sv'));
    await page.close();
  }, 180_000);

  for (const width of [1280, 390]) {
    it(`the 4-step path's branches in fi and sv at ${width} px; the app bar keeps the title readable`, async () => {
      const page = await login(width);
      for (const lang of ['fi', 'sv'] as UiLanguage[]) {
        await switchUiLanguage(page, lang);
        await page.goto(`${t.url}/analytics/#/paths/${PATH}/show`);
        await page.waitForSelector('[data-testid="table-path-branches"] tr[data-key]', { timeout: 30_000 });
        await page.waitForSelector('[data-testid="chart-path-branches"] canvas');
        await page.waitForLoadState('networkidle');
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect([lang, sideways]).toEqual([lang, 0]);
        // The title ends before the language button starts.
        const title = (await page.locator('#react-admin-title').boundingBox())!;
        const button = (await page.locator('[data-testid="language-menu"]').boundingBox())!;
        expect([lang, title.x + title.width <= button.x]).toEqual([lang, true]);
        await shot(page, `app-bar-${lang}-${width}`, false);
        // Checked before the card's screenshot scrolls the page (the app bar hides then).
        await expectAccessible(page, `path page ${lang} ${width}`);
        // The branches card alone (the fixed app bar left out of the picture).
        await page.locator('[data-testid="widget-path-branches"]').screenshot({
          path: `${__dirname}/../artifacts/open-findings/branches-${lang}-${width}.png`,
          style: 'header { visibility: hidden !important; }',
        });
      }
      await page.close();
    }, 180_000);
  }
});
