/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { loadUsageHistory } from '@botkb/seeds';
import { startDemoStrapi } from '../helpers/demo-strapi';
import type { TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { launchChromium, wcagViolations } from '../helpers/browser';
import { PATH_UID } from '../../cms/src/content-uids';
import type { DesignerOption, DesignerStep } from '../../cms/src/designer/designer-path';

/**
 * The guidance path designer: its API (one structure with fi and sv texts, drafts through the
 * Document Service, publish all or nothing) and, in Debian's Chromium, a content expert editing
 * `tarvitsen-apua-nyt` in the Strapi admin.
 */
const ARTIFACTS = join(__dirname, '..', 'artifacts');
const SLUG = 'tarvitsen-apua-nyt';
// An editor account of this suite's own: admin logins are limited to 5 per 5 minutes per account.
const EXPERT = { email: 'suunnittelija@example.fi', password: 'Suunnittelija-Test-2026' };

let t: TestStrapi;
let browser: Browser;
let expert: Awaited<ReturnType<typeof adminSession>>;
let manager: Awaited<ReturnType<typeof adminSession>>;
let bot: ReturnType<typeof api>;
let documentId: string;

type Row = Record<string, unknown>;
const docs = () => t.strapi.documents(PATH_UID as never) as unknown as { findOne(p: Row): Promise<Row | null> };
const draftSteps = async (locale: string) => {
  const row = await docs().findOne({ documentId, locale, status: 'draft', populate: { steps: { populate: { options: true } } } });
  return (row?.steps ?? []) as Array<{ key: string; prompt: string; options: Array<{ label: string }> }>;
};
const botPath = async (locale: string) => (await bot.get(`/bot/paths/${SLUG}?locale=${locale}`)).body as {
  steps: Array<{ key: string; prompt: string; options: Array<{ label: string; target: Row }> }>;
};

beforeAll(async () => {
  t = await startDemoStrapi();
  await loadUsageHistory(t.strapi);
  const role = await t.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
  await t.strapi.service('admin::user').create({
    ...EXPERT, firstname: 'Suvi', lastname: 'Suunnittelija', roles: [role.id], isActive: true, registrationToken: null,
  });
  expert = await adminSession(t.strapi, t.url, 'strapi-editor');
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  bot = api(t.url, await createBotToken(t.strapi));
  const list = await expert.get('/guidance-api/designer/paths');
  documentId = (list.body.data as Array<{ slug: string; documentId: string }>).find((p) => p.slug === SLUG)!.documentId;
  mkdirSync(ARTIFACTS, { recursive: true });
  // The demo content plus 24 months of usage took over 300 s on PostgreSQL on a shared 2-core machine.
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function readDesigner() {
  const res = await expert.get(`/guidance-api/designer/paths/${documentId}`);
  expect(res.status).toBe(200);
  return res.body.data as { steps: DesignerStep[]; problems: Array<{ code: string; path: string }>; targets: Row };
}

describe('path designer API', () => {
  it('lists every guidance path and reads one as one structure with its Finnish and Swedish texts', async () => {
    const list = await expert.get('/guidance-api/designer/paths');
    expect(list.body.data.length).toBeGreaterThanOrEqual(30);
    const { steps } = await readDesigner();
    const [fi, sv] = [await draftSteps('fi'), await draftSteps('sv')];
    expect(steps.map((s) => s.key)).toEqual(fi.map((s) => s.key));
    expect(steps.map((s) => s.prompt)).toEqual(fi.map((s, i) => ({ fi: s.prompt, sv: sv[i].prompt })));
    expect(steps.flatMap((s) => s.options.map((o) => o.label.sv))).toEqual(sv.flatMap((s) => s.options.map((o) => o.label)));
  });

  it('saves a draft with a dangling option in both locales, returns the problem and leaves the published path alone', async () => {
    const before = await botPath('fi');
    const { steps } = await readDesigner();
    const option: DesignerOption = {
      key: '',
      label: { fi: 'Ei vielä kohdetta', sv: 'Inget mål ännu' },
      target: 'step', step: null, answer: null, partner: null, handoff: null,
    };
    const edited: DesignerStep[] = [...steps, { key: 'api-uusi', prompt: { fi: 'Uusi kysymys?', sv: 'Ny fråga?' }, options: [option] }];
    edited[0] = { ...edited[0], options: [...edited[0].options, { ...option, label: { fi: 'Uuteen', sv: 'Till nya' }, step: 'api-uusi' }] };
    const res = await expert.put(`/guidance-api/designer/paths/${documentId}`, { steps: edited });
    expect(res.status).toBe(200);
    const lastStep = edited.length - 1;
    // Its only option leads nowhere, so the new step also has no way out.
    expect(res.body.data.problems).toEqual([
      expect.objectContaining({ code: 'dangling_option', path: `steps.${lastStep}.options.0.step` }),
      expect.objectContaining({ code: 'loop', path: `steps.${lastStep}` }),
    ]);
    expect((await draftSteps('fi'))[lastStep]).toMatchObject({ key: 'api-uusi', prompt: 'Uusi kysymys?' });
    expect((await draftSteps('sv'))[lastStep]).toMatchObject({ key: 'api-uusi', prompt: 'Ny fråga?' });
    expect((await draftSteps('sv'))[0].options.at(-1)).toMatchObject({ label: 'Till nya' });
    expect(await botPath('fi')).toEqual(before);

    const publish = await expert.post(`/guidance-api/designer/paths/${documentId}/publish`);
    expect(publish.status).toBe(400);
    expect(publish.body.error.details.errors[0].path).toEqual(['steps', String(lastStep), 'options', '0', 'step']);
    expect((await draftSteps('fi'))[lastStep].options[0].label).toBe('Ei vielä kohdetta');
    expect((await botPath('fi')).steps.map((s) => s.key)).not.toContain('api-uusi');

    // Put the demo path back for the browser test.
    expect((await expert.put(`/guidance-api/designer/paths/${documentId}`, { steps })).status).toBe(200);
  });

  it('keeps the Swedish draft in step when the Finnish structure changes outside the designer', async () => {
    const list = (await expert.get('/guidance-api/designer/paths')).body.data as Array<{ slug: string; documentId: string }>;
    const other = list.find((p) => p.slug === 'reseptin-uusiminen')!.documentId;
    const read = (locale: string) => t.strapi.documents(PATH_UID as never).findOne({
      documentId: other, locale, status: 'draft', populate: { steps: { populate: { options: { populate: '*' } } } },
    } as never) as unknown as Promise<{ steps: Array<Row & { key: string; prompt: string; options: Row[] }> }>;
    const [fiBefore, svBefore] = [await read('fi'), await read('sv')];
    const plain = (o: Row) => ({
      label: o.label, target: o.target, step: o.step ?? null, handoff: o.handoff ?? null,
      answer: (o.answer as Row | null)?.documentId ?? null, partner: (o.partner as Row | null)?.documentId ?? null,
    });
    const steps = fiBefore.steps.map((s) => ({ key: s.key, prompt: s.prompt, options: s.options.map(plain) }));
    steps[0].options.push({ label: 'Soita', target: 'handoff', step: null, handoff: 'phone', answer: null, partner: null });
    await t.strapi.documents(PATH_UID as never).update({ documentId: other, locale: 'fi', data: { steps } } as never);

    const svAfter = await read('sv');
    expect(svAfter.steps.map((s) => s.key)).toEqual(steps.map((s) => s.key));
    expect(svAfter.steps.map((s) => s.prompt)).toEqual(svBefore.steps.map((s) => s.prompt));
    expect(svAfter.steps[0].options.map((o) => o.label)).toEqual([...svBefore.steps[0].options.map((o) => o.label), '']);
    expect(svAfter.steps[0].options.at(-1)).toMatchObject({ target: 'handoff', handoff: 'phone' });
    const problems = (await expert.get(`/guidance-api/paths/${other}/problems?locale=fi`)).body.data.problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'untranslated', path: `steps.0.options.${steps[0].options.length - 1}.label` })]);
  });

  it('refuses a body the step component would refuse with a 400 naming the field', async () => {
    const { steps } = await readDesigner();
    const res = await expert.put(`/guidance-api/designer/paths/${documentId}`, { steps: [{ ...steps[0], key: 'Iso Kirjain' }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['steps', 0, 'key']);
    expect((await request(t.url).put(`/guidance-api/designer/paths/${documentId}`).send({ steps })).status).toBe(401);
  });

  it('lets a manager read the designer but not save or publish (content-manager permissions of the path type)', async () => {
    const { steps } = await readDesigner();
    expect((await manager.get(`/guidance-api/designer/paths/${documentId}`)).status).toBe(200);
    expect((await manager.put(`/guidance-api/designer/paths/${documentId}`, { steps })).status).toBe(403);
    expect((await manager.post(`/guidance-api/designer/paths/${documentId}/publish`)).status).toBe(403);
  });
});

describe('path designer in the Strapi admin (Chromium)', () => {
  let page: Page;
  const pageErrors: string[] = [];
  afterEach(async () => {
    if (pageErrors.length) console.log(`browser errors:\n${pageErrors.join('\n')}`);
    pageErrors.length = 0;
    await page?.screenshot({ path: join(ARTIFACTS, 'path-designer-last.png'), fullPage: true });
  });

  async function login(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, locale: 'fi-FI' });
    await context.addInitScript(() => localStorage.setItem('strapi-admin-language', 'fi'));
    const p = await context.newPage();
    p.on('pageerror', (error) => pageErrors.push(error.message));
    p.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    await p.goto(`${t.url}/admin/auth/login`);
    await p.fill('input[name=email]', EXPERT.email);
    await p.fill('input[name=password]', EXPERT.password);
    await p.click('button[type=submit]');
    await p.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
    return p;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await login(1280);
  }, 120_000);

  it('opens tarvitsen-apua-nyt from the path\'s edit view and shows its whole graph in fi and sv', async () => {
    const editView = `/admin/content-manager/collection-types/${PATH_UID}/${documentId}?plugins[i18n][locale]=fi`;
    await page.goto(`${t.url}${editView}`);
    await page.click('[data-testid=pd-open-as-graph]', { timeout: 60_000 });
    const started = Date.now();
    await page.waitForSelector('[data-testid=pd-graph] .react-flow__node', { timeout: 60_000 });
    const loadMs = Date.now() - started;
    const { steps } = await readDesigner();
    expect(await page.locator('[data-testid=pd-graph] .react-flow__node-step').count()).toBe(steps.length);
    for (const s of steps) {
      const node = page.locator(`[data-testid="pd-node-step-${s.key}"]`);
      await expect(node.locator('p[lang=fi]').textContent()).resolves.toBe(s.prompt.fi);
      await expect(node.locator('p[lang=sv]').textContent()).resolves.toBe(s.prompt.sv);
    }
    const edges = steps.reduce((n, s) => n + s.options.length, 0);
    expect(await page.locator('[data-testid=pd-graph] .react-flow__edge').count()).toBe(edges);
    expect(await page.locator('h1').first().textContent()).toBe('Ohjauspolkujen suunnittelija');
    writeFileSync(join(ARTIFACTS, 'path-designer-load.json'), JSON.stringify({ slug: SLUG, steps: steps.length, edges, loadMs }, null, 2));
    await page.screenshot({ path: join(ARTIFACTS, 'path-designer.png'), fullPage: true });
    expect(await wcagViolations(page, '[data-testid=path-designer]')).toEqual([]);
  }, 120_000);

  it('adds a step with two options, saves it with a dangling option as a draft, refuses to publish, then publishes the fix', async () => {
    const { steps } = await readDesigner();
    const newIndex = steps.length;
    await page.click('button:has-text("Lisää vaihe")');
    const key = `vaihe-${newIndex + 1}`;
    const step = page.locator(`[data-testid="pd-step-${key}"]`);
    await step.locator('textarea[lang=fi]').fill('Onko kyse lapsesta?');
    await step.locator('textarea[lang=sv]').fill('Gäller det ett barn?');
    await step.locator('button:has-text("Lisää vaihtoehto")').click();
    await step.locator('button:has-text("Lisää vaihtoehto")').click();
    const label = (j: number, lang: string) => page.locator(`#pd-step-${newIndex}-option-${j}-${lang}`);
    await label(0, 'fi').fill('Kyllä, lapsesta');
    await label(0, 'sv').fill('Ja, ett barn');
    await label(1, 'fi').fill('Ei');
    await label(1, 'sv').fill('Nej');
    await page.selectOption(`#pd-step-${newIndex}-option-0-target`, 'end');
    // Lead to the new step from the first one, so it is reachable.
    await page.locator('[data-testid=pd-step-' + steps[0].key + '] button:has-text("Lisää vaihtoehto")').click();
    const fromFirst = steps[0].options.length;
    await page.fill(`#pd-step-0-option-${fromFirst}-fi`, 'Lapsen asia');
    await page.fill(`#pd-step-0-option-${fromFirst}-sv`, 'Ett barns ärende');
    await page.selectOption(`#pd-step-0-option-${fromFirst}-target`, `step:${key}`);

    await page.click('button:has-text("Tallenna luonnos")');
    await page.waitForSelector('[data-testid=pd-status]:has-text("Luonnos tallennettu")');
    expect(await page.textContent('[data-testid=pd-status]')).toContain('korjattavaa: 1');
    await expect(page.locator(`[data-testid="pd-node-step-${key}"]`).getAttribute('class')).resolves.toContain('pd-has-problem');
    expect(await page.locator(`[data-testid="pd-option-${newIndex}-1"] [data-testid=pd-option-problem]`).textContent())
      .toContain('ei johda olemassa olevaan vaiheeseen');
    expect((await draftSteps('sv'))[newIndex]).toMatchObject({ key, prompt: 'Gäller det ett barn?' });
    await page.screenshot({ path: join(ARTIFACTS, 'path-designer-problem.png'), fullPage: true });

    await page.click('button:has-text("Julkaise")');
    await page.waitForSelector('[data-testid=pd-status]:has-text("Julkaisu estettiin")');
    expect(await label(1, 'sv').inputValue()).toBe('Nej');
    expect(await page.locator(`#pd-step-${newIndex}-prompt-fi`).inputValue()).toBe('Onko kyse lapsesta?');
    expect((await botPath('fi')).steps.map((s) => s.key)).not.toContain(key);

    const partners = (await readDesigner()).targets.partners as Array<{ slug: string; documentId: string }>;
    const emergency = partners.find((p) => p.slug === 'hatanumero-112')!;
    await page.selectOption(`#pd-step-${newIndex}-option-1-target`, `partner:${emergency.documentId}`);
    expect(await page.textContent('#pd-problems-title')).toContain('(0)');
    await page.click('button:has-text("Julkaise")');
    await page.waitForSelector('[data-testid=pd-status]:has-text("Julkaistu")');

    const [fi, sv] = [await botPath('fi'), await botPath('sv')];
    expect(fi.steps[newIndex]).toEqual({
      key,
      prompt: 'Onko kyse lapsesta?',
      options: [
        // New options get their keys from the Finnish labels when the designer saves (issue 18).
        { key: 'kylla-lapsesta', label: 'Kyllä, lapsesta', target: { type: 'end' } },
        { key: 'ei', label: 'Ei', target: expect.objectContaining({ type: 'partner', slug: 'hatanumero-112' }) },
      ],
    });
    const svOptions = [{ key: 'kylla-lapsesta', label: 'Ja, ett barn' }, { key: 'ei', label: 'Nej' }];
    expect(sv.steps[newIndex]).toMatchObject({ key, prompt: 'Gäller det ett barn?', options: svOptions });
    expect(sv.steps[0].options[fromFirst]).toEqual({
      key: fi.steps[0].options[fromFirst].key, label: 'Ett barns ärende', target: { type: 'step', step: key },
    });
    expect(await wcagViolations(page, '[data-testid=path-designer]')).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'path-designer-published.png'), fullPage: true });
  }, 180_000);

  it('shows path usage on the graph with a table, and fits a 390 px wide screen', async () => {
    await page.check('text=Näytä käyttötiedot');
    await page.waitForSelector('[data-testid=pd-usage]');
    const report = (await expert.get('/analytics-api/path-performance?pageSize=1000')).body.data as Array<Row>;
    const row = report.find((r) => r.slug === SLUG)!;
    expect(Number(row.starts)).toBeGreaterThan(0);
    expect(Number(await page.textContent('[data-testid=pd-usage-starts]'))).toBe(row.starts);
    const firstStep = (row.steps as Array<{ stepKey: string; reached: number }>)[0];
    expect(await page.textContent(`[data-testid="pd-node-step-${firstStep.stepKey}-usage"]`)).toContain(String(firstStep.reached));
    await page.screenshot({ path: join(ARTIFACTS, 'path-designer-usage.png'), fullPage: true });
    expect(await wcagViolations(page, '[data-testid=path-designer]')).toEqual([]);
    const mobile = await login(390);
    await mobile.goto(`${t.url}/admin/path-designer?path=${documentId}`);
    await mobile.waitForSelector('[data-testid=pd-graph] .react-flow__node', { timeout: 60_000 });
    const overflow = await mobile.$eval('[data-testid=path-designer]', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBe(0);
    await mobile.screenshot({ path: join(ARTIFACTS, 'path-designer-390.png'), fullPage: true });
    expect(await wcagViolations(mobile, '[data-testid=path-designer]')).toEqual([]);
  }, 120_000);
});
