/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Debian's Chromium driven by playwright-core (never a downloaded browser), and axe-core WCAG checks. */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
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
    const axe = (window as unknown as { axe: { run(ctx: Document | Element, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const context = selector ? document.querySelector(selector) ?? document : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  }, scope);
}

/** Numbers of a data table the UI renders: row key → column → raw API value. */
export async function tableValues(page: Page, testId: string): Promise<Record<string, Record<string, number>>> {
  return page.$$eval(`[data-testid="${testId}"] tr[data-key]`, (rows) => Object.fromEntries(rows.map((r) => [
    r.getAttribute('data-key'),
    Object.fromEntries([...r.querySelectorAll('[data-column][data-value]')].map((c) => [c.getAttribute('data-column'), Number(c.getAttribute('data-value'))])),
  ])));
}
