/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { type TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import {
  expectAccessible,
  launchChromium,
  loginToAnalytics,
  openPage,
  screenshot,
  switchUiLanguage,
  type UiLanguage,
} from '../helpers/browser';

/**
 * Every page of the analytics UI as a manager and a content expert use it, in Finnish and Swedish, at 1280 px
 * and 390 px, on the demo content and usage history: nothing scrolls sideways, no menu label is cut, a dashboard
 * table wider than its card shows that it scrolls (edge shadow), axe finds nothing at 390 px in Swedish, and each
 * view leaves a screenshot in test/artifacts/walk/ for a person to look at.
 */
let t: TestStrapi;
let browser: Browser;
// Logins of their own: Strapi allows 5 admin logins per 5 minutes per account.
const WALKERS = {
  manager: { email: 'walk-manager@example.fi', password: 'Walk-Manager-2026', role: 'botkb-manager' },
  expert: { email: 'walk-expert@example.fi', password: 'Walk-Expert-2026', role: 'strapi-editor' },
} as const;
type Walker = keyof typeof WALKERS;

/** The pages a walker visits: hash route (or a link to follow from a list) and the element that shows it loaded. */
const PAGES: Array<{ name: string; route: string; ready: string; follow?: string }> = [
  { name: 'dashboard', route: '/', ready: '[data-testid="headline-figures"]' },
  { name: 'reports', route: '/reports', ready: '[data-testid="reports"]' },
  { name: 'unanswered', route: '/unanswered', ready: '[data-testid="list-unanswered"]' },
  {
    name: 'unanswered-show',
    route: '/unanswered',
    ready: '[data-testid="unanswered-detail"]',
    follow: '[data-testid="table-unanswered"] a[href*="/show"]',
  },
  { name: 'paths', route: '/paths', ready: '[data-testid="table-paths"]' },
  {
    name: 'path-show',
    route: '/paths',
    ready: '[data-testid="widget-path-funnel"]',
    follow: '[data-testid="table-paths"] a[href*="/show"]',
  },
  { name: 'answers', route: '/answers', ready: '[data-testid="table-answers"]' },
  { name: 'simulation', route: '/simulation', ready: '[data-testid="simulation-page"]' },
  { name: 'comments', route: '/feedback-comments', ready: '[data-testid="feedback-comments-page"]' },
  { name: 'health', route: '/health', ready: '[data-testid="health"]' },
  { name: 'try', route: '/try', ready: '[data-testid="try"]' },
  // The demo has no test questions: the bank says how to add one.
  { name: 'bank', route: '/question-bank', ready: '[data-testid="bank-empty"]' },
];

beforeAll(async () => {
  t = await startDemoStrapi({ usageHistory: true });
  for (const { role: code, ...login } of Object.values(WALKERS)) {
    const role = await t.strapi.service('admin::role').findOne({ code });
    await t.strapi.service('admin::user').create({
      ...login,
      firstname: 'Walk',
      lastname: code,
      roles: [role.id],
      isActive: true,
      registrationToken: null,
    });
  }
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** Waits until the page's data has arrived: its marker is there and no progress indicator is left. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"], [data-testid="loading"]'), null, {
    timeout: 30_000,
  });
}

/** How many pixels the document is wider than the window (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/** Menu entries whose label is cut (shown with "…"). */
const cutMenuLabels = (page: Page) =>
  page.$$eval('.RaMenuItemLink-root .MuiTypography-root', (labels) =>
    labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent ?? ''),
  );

/** Dashboard tables wider than their card: test id, pixels hidden, and whether the region shows it (edge shadow). */
const scrollingDashboardTables = (page: Page) =>
  page.$$eval('[data-testid^="widget-"] [role="region"]', (regions) =>
    regions
      .filter((r) => r.scrollWidth > r.clientWidth + 1)
      .map((r) => ({
        table: r.querySelector('table')?.getAttribute('data-testid') ?? r.getAttribute('aria-label') ?? '',
        hiddenPx: r.scrollWidth - r.clientWidth,
        cue: getComputedStyle(r).backgroundImage.includes('radial-gradient'),
      })),
  );

interface WalkFindings {
  /** Page → pixels it scrolls sideways. */
  overflow: Record<string, number>;
  cutMenuLabels: string[];
  /** Dashboard tables wider than their card that do not show it. */
  silentlyCutTables: string[];
}

async function walk(who: Walker, width: number, lang: UiLanguage): Promise<WalkFindings> {
  const page = await loginToAnalytics(await openPage(browser, width), t.url, WALKERS[who]);
  await switchUiLanguage(page, lang);
  const findings: WalkFindings = { overflow: {}, cutMenuLabels: [], silentlyCutTables: [] };
  for (const p of PAGES) {
    await page.goto(`${t.url}/analytics/#${p.route}`);
    if (p.follow) {
      await page.waitForSelector(p.follow, { timeout: 30_000 });
      await page.click(p.follow);
    }
    await settle(page, p.ready);
    findings.overflow[p.name] = await sidewaysOverflow(page);
    if (p.name === 'dashboard' && width > 390) {
      findings.cutMenuLabels = await cutMenuLabels(page);
      const scrolling = await scrollingDashboardTables(page);
      console.log(`${who} ${lang} ${width} px: dashboard tables wider than their card`, JSON.stringify(scrolling));
      findings.silentlyCutTables = scrolling.filter((s) => !s.cue).map((s) => s.table);
    }
    await screenshot(page, `walk/${who}-${lang}-${width}-${p.name}`);
    if (width === 390 && lang === 'sv') await expectAccessible(page, `${who} ${lang} ${width} ${p.name}`);
  }
  await page.context().close();
  return findings;
}

const clean: WalkFindings = {
  overflow: Object.fromEntries(PAGES.map((p) => [p.name, 0])),
  cutMenuLabels: [],
  silentlyCutTables: [],
};

describe('analytics UI walk-through', () => {
  for (const who of Object.keys(WALKERS) as Walker[]) {
    for (const width of [1280, 390]) {
      const what = width > 390 ? ', no menu label is cut, a table wider than its card shows it' : '';
      it(`${who} at ${width} px: no page scrolls sideways in fi or sv${what}`, async () => {
        const fi = await walk(who, width, 'fi');
        const sv = await walk(who, width, 'sv');
        expect({ fi, sv }).toEqual({ fi: clean, sv: clean });
      }, 600_000);
    }
  }
});
