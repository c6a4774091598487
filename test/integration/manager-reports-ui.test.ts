/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureDemoAccounts, loadUsageHistory } from '@botkb/seeds';
import { HANDOFF_REASONS } from '@botkb/contract';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { branchingEvents, createBranchingPath } from '../fixtures/branching-path';
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
/** The branching funnel, simulation and comments tests log in as the demo administrator (5 logins per 5 minutes per account). */
const ADMIN_LOGIN = ['admin@example.fi', 'Admin-Demo-2026'] as const;
const SEPTEMBER = 'from=2026-09-01&to=2026-09-30';
/** Two feedback comments in September 2026, one with a phone number (stored redacted). */
const COMMENTS = [
  {
    id: 'ui-c-1',
    type: 'feedback',
    sessionId: 'ui-c',
    timestamp: '2026-09-04T10:00:00Z',
    channel: 'web_chat',
    locale: 'fi',
    audience: 'resident',
    answerSlug: 'kiireellinen-aika',
    helpful: false,
    comment: 'Soittakaa minulle 040 123 4567',
  },
  {
    id: 'ui-c-2',
    type: 'feedback',
    sessionId: 'ui-c',
    timestamp: '2026-09-04T10:05:00Z',
    channel: 'web_chat',
    locale: 'fi',
    audience: 'resident',
    pathSlug: 'haara',
    helpful: true,
    comment: 'Selkeä polku',
  },
];

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  await ensureDemoAccounts(t.strapi, { read: () => null, write: () => undefined });
  // Three months of the demo's generated usage (the current month so far and the two before it).
  const loaded = await loadUsageHistory(t.strapi, { months: 3 });
  console.log(`usage history: ${loaded.events} events, ${loaded.asks} asks in ${loaded.seconds} s`);
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  await createBranchingPath(t.strapi);
  const bot = api(t.url, await createBotToken(t.strapi));
  expect((await bot.post('/bot/events', { events: [...branchingEvents(), ...COMMENTS] })).status).toBe(200);
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function login(width: number, account: readonly [string, string] = LOGIN): Promise<Page> {
  // Reduced motion: charts are drawn at once, so screenshots show them whole.
  const options = {
    viewport: { width, height: 900 },
    bypassCSP: true,
    acceptDownloads: true,
    reducedMotion: 'reduce' as const,
  };
  const page = await browser.newPage(options);
  await page.goto(`${t.url}/analytics/`);
  await page.fill('input[type=email]', account[0]);
  await page.fill('input[type=password]', account[1]);
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
    expect(Math.abs(Number(lastLine[rate].replace(',', '.')) - last.answeredRate * 100)).toBeLessThanOrEqual(
      0.05 + 1e-9,
    );
    // Handoffs (channel × reason × urgency) and partner-link clicks have their own tables and exports.
    const handoffs = await tableValues(page, 'table-report-handoffs');
    const apiHandoffs = (await manager.get('/analytics-api/handoffs')).body.data as Array<{
      id: string;
      count: number;
    }>;
    expect(Object.fromEntries(Object.entries(handoffs).map(([k, v]) => [k, v.count]))).toEqual(
      Object.fromEntries(apiHandoffs.map((h) => [h.id, h.count])),
    );
    // Reasons by name in the UI language, never as the bot's codes.
    const handoffText = (await page.textContent('[data-testid="table-report-handoffs"] tbody')) ?? '';
    expect(handoffText).toMatch(/Botilla ei ollut vastausta|Asiakas pyysi ihmistä|Monimutkainen asia/);
    for (const code of HANDOFF_REASONS) expect(handoffText).not.toContain(code);
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

  it('branching funnel: the Sankey and its table match the API, with links to Strapi and the designer and a CSV', async () => {
    const page = await login(1280, ADMIN_LOGIN);
    await page.goto(`${t.url}/analytics/#/paths/haara/show?${SEPTEMBER}`);
    await page.waitForSelector('[data-testid="table-path-branches"] tr[data-key]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-path-branches"] canvas');
    const api = (await manager.get(`/analytics-api/path-branches?path=haara&${SEPTEMBER}`)).body;
    const shown = await tableValues(page, 'table-path-branches');
    expect(Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, [v.count, v.share]]))).toEqual(
      Object.fromEntries(api.data.map((r: { id: string; count: number; share: number }) => [r.id, [r.count, r.share]])),
    );
    expect(await page.getAttribute('[data-testid="path-admin-link"]', 'href')).toBe(api.meta.path.adminUrl);
    expect(await page.getAttribute('[data-testid="path-designer-link"]', 'href')).toBe(api.meta.path.designerUrl);
    const label = await page.getAttribute('[data-testid="chart-path-branches"] canvas', 'aria-label');
    expect(label).toMatch(/1\. Mitä tarvitset\? → Ajanvaraus: 6 \(60\s%\)/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="csv-path-branches"]'),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]).toEqual([
      'Vaihe',
      'Vaiheeseen päässeet',
      'Vaihtoehto',
      'Botin lähettämä arvo',
      'Johti',
      'Henkilöt',
      'Osuus vaiheessa olleista (%)',
    ]);
    // The option as the bots sent it: its Finnish and Swedish labels, in any case.
    expect(
      lines[1][3]
        .split(', ')
        .map((v) => v.trim().toLowerCase())
        .sort(),
    ).toEqual(['ajanvaraus', 'ajanvaraus', 'tidsbokning']);
    expect([...lines[1].slice(0, 3), ...lines[1].slice(4)]).toEqual([
      '1. Mitä tarvitset?',
      '10',
      'Ajanvaraus',
      'Vaihe: Onko kiire?',
      '6',
      '60',
    ]);
    expect(lines).toHaveLength(api.data.length + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'path-branches.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('resource simulation: edit a row, save a scenario, reload, values kept, CSV parsed back', async () => {
    const page = await login(1280, ADMIN_LOGIN);
    await page.goto(`${t.url}/analytics/#/simulation`);
    await page.waitForSelector('[data-testid="sim-0-contacts"]', { timeout: 30_000 });
    const baseline = (await manager.get('/analytics-api/simulation/baseline')).body.data;
    expect(await page.inputValue('[data-testid="sim-4-name"]')).toBe('Botti');
    expect(await page.inputValue('[data-testid="sim-4-contacts"]')).toBe(String(baseline.botContacts));
    await page.fill('[data-testid="sim-0-contacts"]', '60000');
    await page.fill('[data-testid="sim-0-minutes"]', '6');
    await page.fill('[data-testid="sim-0-change0"]', '-10');
    await page.fill('[data-testid="sim-0-change1"]', '-5');
    const year = baseline.startYear;
    // Hand-computed: 60,000 × 6 min = 6,000 h = 210,000 € (the other starting rows have no contacts yet).
    await page.waitForSelector(
      `[data-testid="table-simulation"] tr[data-key="0"] [data-column="c${year}"][data-value="210000"]`,
    );
    await page.fill('[data-testid="scenario-name"]', 'Puhelut vähenevät');
    await page.click('[data-testid="scenario-save"]');
    await page.waitForURL(/scenario=\d+/);
    await page.reload();
    await page.waitForSelector('[data-testid="sim-0-contacts"]', { timeout: 30_000 });
    expect(await page.inputValue('[data-testid="sim-0-contacts"]')).toBe('60000');
    expect(await page.inputValue('[data-testid="sim-0-change1"]')).toBe('-5');
    await page.waitForSelector(
      `[data-testid="table-simulation"] tr[data-key="0"] [data-column="c${year + 2}"][data-value="179550"]`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="csv-simulation"]')]);
    const lines = readFileSync(await download.path(), 'utf8')
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0].slice(0, 6)).toEqual([
      'Kanava',
      'Vuosi',
      'Yhteydenotot',
      'Tunnit',
      'Henkilöt',
      'Palkkakustannus (€)',
    ]);
    expect(lines.slice(1, 4).map((l) => l.slice(0, 6))).toEqual([
      ['Puhelut', String(year), '60000', '6000', '3,54', '210000'],
      ['Puhelut', String(year + 1), '54000', '5400', '3,19', '189000'],
      ['Puhelut', String(year + 2), '51300', '5130', '3,03', '179550'],
    ]);
    const total = lines.find((l) => l[0] === 'Yhteensä' && l[1] === String(year + 2))!;
    expect(total.slice(-2)).toEqual(['-30450', '-14,5']);
    await page.screenshot({ path: join(ARTIFACTS, 'resource-simulation.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    // Deleting asks first (the scenario is every manager's); confirmed, it is gone.
    await page.click('[data-testid="scenario-delete"]');
    await page.waitForSelector('[role="dialog"]:has-text("Poistetaanko skenaario ”Puhelut vähenevät”?")');
    expect(await wcagViolations(page)).toEqual([]);
    await page.click('[role="dialog"] .ra-confirm');
    await page.waitForURL((url) => !/scenario=/.test(url.toString()));
    const names = (await manager.get('/analytics-api/simulation/scenarios')).body.data.map(
      (s: { name: string }) => s.name,
    );
    expect(names).not.toContain('Puhelut vähenevät');
    await page.close();
  }, 180_000);

  it('feedback comments filtered by verdict, and the new views in Swedish', async () => {
    const page = await login(1280, ADMIN_LOGIN);
    await page.goto(`${t.url}/analytics/#/feedback-comments?${SEPTEMBER}`);
    await page.waitForSelector('[data-testid="table-feedback-comments"] tr[data-key]', { timeout: 30_000 });
    const all = (await manager.get(`/analytics-api/feedback-comments?${SEPTEMBER}`)).body.total;
    const rows = () => page.$$eval('[data-testid="table-feedback-comments"] tbody tr', (list) => list.length);
    expect(await rows()).toBe(Math.min(all, 1000));
    await page.goto(`${t.url}/analytics/#/feedback-comments?${SEPTEMBER}&slug=kiireellinen-aika&helpful=false`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="table-feedback-comments"] tbody tr').length === 1,
    );
    expect(await page.textContent('[data-testid="table-feedback-comments"] tbody')).toContain(
      'Soittakaa minulle [PUHELIN]',
    );
    const log = t.strapi.db.connection('botkb_access_log');
    const logged = await log.where('action', 'list_feedback_comments').pluck('target');
    expect(logged).toContain('2026-09-01..2026-09-30 kiireellinen-aika helpful=false');
    // The Excel download is logged as an export of what it holds.
    const download = page.waitForEvent('download');
    await page.click('[data-testid="csv-feedback-comments"]');
    await download;
    const exported = await t.strapi.db.connection('botkb_access_log').where('action', 'export_feedback_comments');
    expect(exported.map((r: { target: string }) => r.target)).toContain(
      '2026-09-01..2026-09-30 kiireellinen-aika helpful=false',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'feedback-comments.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.click('button:has-text("Suomi")');
    await page.click('li[role=menuitem]:has-text("Svenska")');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(await page.textContent('[data-testid="table-feedback-comments"] caption')).toContain(
      'Kommentarer i respons',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${t.url}/analytics/#/paths/haara/show?${SEPTEMBER}&locale=sv`);
    await page.waitForSelector('[data-testid="table-path-branches"] tr[data-key]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="table-path-branches"] tbody')).toContain('Tidsbokning');
    // The per-step funnel names the steps in the filter's language too.
    const funnel = await page.textContent('[data-testid="table-path-funnel"] tbody');
    expect([funnel?.includes('1. Vad behöver du?'), funnel?.includes('Mitä tarvitset?')]).toEqual([true, false]);
    await page.screenshot({ path: join(ARTIFACTS, 'path-branches-sv.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${t.url}/analytics/#/simulation`);
    await page.waitForSelector('[data-testid="table-simulation"] tr[data-key]', { timeout: 30_000 });
    expect(await page.title()).toContain('Resurssimulering');
    expect(await page.textContent('[data-testid="sim-channels"] caption')).toBe('Kontaktkanaler');
    await page.screenshot({ path: join(ARTIFACTS, 'resource-simulation-sv.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('the branching funnel, simulation and comments fit 390 px without sideways scrolling', async () => {
    const page = await login(390, ADMIN_LOGIN);
    const pages = [
      [`#/paths/haara/show?${SEPTEMBER}`, 'table-path-branches', 'path-branches-390.png'],
      ['#/simulation', 'table-simulation', 'resource-simulation-390.png'],
      [`#/feedback-comments?${SEPTEMBER}`, 'table-feedback-comments', 'feedback-comments-390.png'],
    ] as const;
    for (const [hash, table, shot] of pages) {
      await page.goto(`${t.url}/analytics/${hash}`);
      await page.waitForSelector(`[data-testid="${table}"] tr[data-key]`, { timeout: 30_000 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect([hash, overflow]).toEqual([hash, 0]);
      await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
      expect(await wcagViolations(page)).toEqual([]);
    }
    await page.close();
  }, 180_000);
});
