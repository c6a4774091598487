/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { adminSession } from '../helpers/api';
import { drainDrafts } from '../helpers/search';
import { expectAccessible, launchChromium, loginToAnalytics, openPage, screenshot } from '../helpers/browser';
import { finishedBankRun, type BankRun } from '../helpers/question-bank';
import { ANSWER_UID } from '../../cms/src/content-uids';

/**
 * The content expert's workbench in a real browser: try a question and read why, save a draft phrasing and
 * try again against the drafts, publish, and see the question bank's pass rate and the questions that changed.
 */
const PARROT = 'voiko lemmikkipapukaija tulla mukaan vastaanotolle';
const TARGET = 'hammashoito-ajanvaraus';
// A login of its own: admin logins are limited per account.
const EXPERT = { email: 'workbench-expert@example.fi', password: 'Workbench-Demo-2026' };
let t: TestStrapi;
let browser: Browser;
let editor: Awaited<ReturnType<typeof adminSession>>;
type Row = { documentId: string; title: string; phrasings: Array<{ text: string }> };
const answers = () =>
  t.strapi.documents(ANSWER_UID as never) as unknown as {
    findFirst(p: object): Promise<Row>;
    update(p: object): Promise<Row>;
    publish(p: object): Promise<unknown>;
  };

beforeAll(async () => {
  t = await startDemoStrapi({ env: { QUESTION_BANK_DEBOUNCE_MS: '200' } });
  const role = await t.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
  await t.strapi.service('admin::user').create({
    ...EXPERT,
    firstname: 'Work',
    lastname: 'Bench',
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  for (const [question, expected] of [
    [PARROT, [TARGET]],
    ['mistä saa ajan hammaslääkärille', [TARGET]],
    ['millainen sää huomenna helsingissä', []],
    ['var får jag tid till tandläkare', [TARGET]],
  ] as const) {
    expect(
      (
        await editor.post('/analytics-api/question-bank/questions', {
          question,
          locale: question.startsWith('var') ? 'sv' : 'fi',
          expected,
        })
      ).status,
    ).toBe(201);
  }
  const first = await editor.post('/analytics-api/question-bank/runs', { content: 'published' });
  await finishedRun((r) => r.id === first.body.data.id);
  browser = await launchChromium();
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const finishedRun = (match: (r: BankRun) => boolean) => finishedBankRun(editor, match);

const login = async (width = 1280): Promise<Page> => loginToAnalytics(await openPage(browser, width), t.url, EXPERT);

const ask = async (page: Page, content: 'published' | 'drafts') => {
  await page.check(`[data-testid="try-content-${content}"]`);
  await page.click('[data-testid="try-submit"]');
  await page.waitForSelector('[data-testid="try-result"]');
  await page.waitForFunction(
    (c) => (c === 'drafts') === !!document.querySelector('[data-testid="try-drafts-note"]'),
    content,
  );
};

describe('workbench UI', () => {
  it('tries a question, tries a draft phrasing, publishes it and sees the bank change', async () => {
    const draft = await answers().findFirst({
      filters: { slug: TARGET },
      locale: 'fi',
      status: 'draft',
      populate: ['phrasings'],
    });
    const page = await login();
    await page.goto(`${t.url}/analytics/#/try`);
    await page.fill('[data-testid="try-question"]', PARROT);
    await ask(page, 'published');
    expect(await page.textContent('[data-testid="try-words"]')).toMatch(/lemmikkipapukaija/);
    expect(await page.textContent('[data-testid="try-result"]')).not.toContain(draft.title);
    await expectAccessible(page, 'try (published)');

    await answers().update({
      documentId: draft.documentId,
      locale: 'fi',
      data: { phrasings: [...draft.phrasings.map((p) => ({ text: p.text })), { text: PARROT }] },
    });
    await drainDrafts(t.strapi);
    await ask(page, 'drafts');
    expect(await page.textContent('[data-testid="try-answer"]')).toContain(draft.title);
    await expectAccessible(page, 'try (drafts)');
    await screenshot(page, 'workbench-try-drafts');
    await ask(page, 'published');
    expect(await page.textContent('[data-testid="try-result"]')).not.toContain(draft.title);

    const runs = ((await editor.get('/analytics-api/question-bank/runs')).body.data as BankRun[]).map((r) => r.id);
    await answers().publish({ documentId: draft.documentId, locale: 'fi' });
    await finishedRun((r) => !runs.includes(r.id) && r.trigger === 'publish');
    await page.goto(`${t.url}/analytics/#/question-bank`);
    await page.waitForSelector('[data-testid="bank-published-changes"]');
    const changes = await page.textContent('[data-testid="bank-published-changes"]');
    expect(changes).toContain(PARROT);
    expect(changes).toContain(TARGET);
    expect(
      await page.getAttribute(
        '[data-testid="bank-published-totals"] tr[data-key="fi"] [data-column="passRate"]',
        'data-value',
      ),
    ).toBe('1');
    await page.waitForSelector('[data-testid="bank-questions"] tr[data-key]');
    await expectAccessible(page, 'question bank');
    await screenshot(page, 'workbench-bank');
    await page.close();
  });

  it('says why the bot answers a question just under the threshold', async () => {
    const page = await login();
    await page.goto(`${t.url}/analytics/#/try`);
    await page.fill('[data-testid="try-question"]', 'palvelutaloon jonottaminen mummolle');
    await ask(page, 'published');
    const decision = page.locator('[data-testid="try-decision"]');
    expect(await decision.getAttribute('data-reason')).toBe('near_threshold_clear_winner');
    expect(await decision.textContent()).toMatch(/0[,.]30? .*0[,.]32/);
    await expectAccessible(page, 'try (answer decision)');
    await screenshot(page, 'workbench-try-decision');
    await page.close();
  });

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    const page = await login(390);
    for (const view of ['try', 'question-bank']) {
      await page.goto(`${t.url}/analytics/#/${view}`);
      await page.waitForSelector(view === 'try' ? '[data-testid="try-question"]' : '[data-testid="bank-questions"]');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ view, overflow }).toEqual({ view, overflow: 0 });
    }
    await screenshot(page, 'workbench-bank-390');
    await page.close();
  });
});
