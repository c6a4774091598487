/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser): pages with the app's CSP
 * bypassed (axe is injected), logins to the analytics UI and the Strapi admin, the UI language,
 * axe-core WCAG 2.1 A/AA checks and named screenshots in test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where screenshots go (not committed). */
export const ARTIFACTS_DIR = join(__dirname, '..', 'artifacts');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** A page in a context of its own (own session storage), `width` px wide, with CSP bypassed for axe. */
export async function openPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  // Reduced motion: the UI then skips its transitions, so axe and screenshots see settled colours.
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true, reducedMotion: 'reduce' });
  return context.newPage();
}

export interface Login {
  email: string;
  password: string;
}

/** Logs `who` in to the analytics UI served by the CMS at `baseUrl` and waits for the dashboard. */
export async function loginToAnalytics(page: Page, baseUrl: string, who: Login): Promise<Page> {
  await page.goto(`${baseUrl}/analytics/`);
  await page.fill('input[type=email]', who.email);
  await page.fill('input[type=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid="dashboard"]');
  return page;
}

/** Logs `who` in to the Strapi admin panel at `baseUrl` and waits for its home page. */
export async function loginToAdmin(page: Page, baseUrl: string, who: Login): Promise<Page> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'));
  return page;
}

/** The analytics UI's languages as its language menu names them. */
export const UI_LANGUAGES = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;
export type UiLanguage = keyof typeof UI_LANGUAGES;

/** Switches the analytics UI to `to` through its language menu and waits for `<html lang>` to follow. */
export async function switchUiLanguage(page: Page, to: UiLanguage): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === to) return;
  // The app bar hides while the page is scrolled down; the menu button shows the language's name (phones: code).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click('[data-testid="language-menu"]');
  await page.click(`li[role=menuitem]:has-text("${UI_LANGUAGES[to]}")`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Fails, naming `view` and listing each violation, when axe finds any WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, view: string, scope?: string): Promise<void> {
  expect({ view, violations: await wcagViolations(page, scope) }).toEqual({ view, violations: [] });
}

/** The path of `test/artifacts/<file>` (the directory is created). */
export function artifactPath(file: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, file);
}

/** Saves `test/artifacts/<name>.png` (the whole page unless `fullPage` is false); returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = artifactPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations axe-core finds on the page as it is now (id, impact and the first offending elements). */
export async function wcagViolations(
  page: Page,
  scope?: string,
): Promise<Array<{ id: string; impact: string | null; nodes: string[] }>> {
  // Evaluated through the debugger protocol: the app's CSP (no inline scripts) stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document | Element,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const context = selector ? (document.querySelector(selector) ?? document) : document;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  }, scope);
}

/** Numbers of a data table the UI renders: row key → column → raw API value. */
export async function tableValues(page: Page, testId: string): Promise<Record<string, Record<string, number>>> {
  return page.$$eval(`[data-testid="${testId}"] tr[data-key]`, (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute('data-key'),
        Object.fromEntries(
          [...r.querySelectorAll('[data-column][data-value]')].map((c) => [
            c.getAttribute('data-column'),
            Number(c.getAttribute('data-value')),
          ]),
        ),
      ]),
    ),
  );
}
