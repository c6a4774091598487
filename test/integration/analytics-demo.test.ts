import { loadUsageHistory, type UsageHistoryReport } from '@botkb/seeds';
import { startDemoStrapi, type DemoStrapi } from '../helpers/demo-strapi';
import { DEMO_USAGE_END } from '../helpers/demo-template';
import { adminSession } from '../helpers/api';

/** The demo usage history loads through the live ingestion code, and the reports agree with the raw record. */
let t: DemoStrapi;
let manager: Awaited<ReturnType<typeof adminSession>>;
let loaded: UsageHistoryReport;
/** The 24 whole months (Helsinki) before DEMO_USAGE_END, midnight on the first of a month in Helsinki. */
function usageRange(): string {
  const endDay = new Date(DEMO_USAGE_END.getTime() + 12 * 3_600_000); // noon on the first, UTC and Helsinki agree
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const from = new Date(Date.UTC(endDay.getUTCFullYear(), endDay.getUTCMonth() - 24, 1));
  const to = new Date(Date.UTC(endDay.getUTCFullYear(), endDay.getUTCMonth(), 0));
  return `from=${day(from)}&to=${day(to)}`;
}
const RANGE = usageRange();

beforeAll(async () => {
  t = await startDemoStrapi({ search: false, usageHistory: true });
  loaded = t.usage!;
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
}, 300_000);
afterAll(async () => t?.stop());

const knex = () => t.strapi.db.connection;
/** Raw-record count (the reports never scan it; this checks the rollups). */
const rawCount = async (type: string) => Number((await knex()('botkb_events').where({ type }).count({ n: '*' }))[0].n);

describe('demo usage history', () => {
  it('loads once: a second run is skipped', async () => {
    expect(loaded.skipped).toBe(false);
    expect(loaded.events).toBeGreaterThan(100_000);
    expect((await loadUsageHistory(t.strapi, { end: DEMO_USAGE_END })).skipped).toBe(true);
  });

  it('monthly usage agrees with the raw events and asks, and grows over 24 months', async () => {
    const rows = (await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body.data as Array<
      Record<string, number>
    >;
    expect(rows).toHaveLength(24);
    const sum = (f: string) => rows.reduce((n, r) => n + r[f], 0);
    expect(sum('conversations')).toBe(await rawCount('conversation_started'));
    expect(sum('messages')).toBe(await rawCount('message'));
    expect(sum('handoffs')).toBe(await rawCount('handoff_requested'));
    const askTable = t.strapi.db.metadata.get('api::bot-ask.bot-ask').tableName;
    expect(sum('questions')).toBe(loaded.asks);
    expect(sum('unanswered')).toBe(Number((await knex()(askTable).where({ answered: false }).count({ n: '*' }))[0].n));
    const first = rows.slice(0, 3).reduce((n, r) => n + r.conversations, 0);
    const last = rows.slice(-3).reduce((n, r) => n + r.conversations, 0);
    expect(last / first).toBeGreaterThan(1.4);
    const handedOff = Number(
      (await knex()('botkb_events').where({ type: 'handoff_requested' }).countDistinct({ n: 'session_id' }))[0].n,
    );
    expect(sum('handoffConversations')).toBe(handedOff);
  });

  it('content counts grow month by month', async () => {
    const rows = (await manager.get(`/analytics-api/content-counts?${RANGE}&audience=resident`)).body.data as Array<{
      answers: number;
      paths: number;
    }>;
    expect(rows[0].answers).toBeLessThan(rows[rows.length - 1].answers);
    expect(rows[rows.length - 1]).toEqual(expect.objectContaining({ answers: 50, paths: 20 }));
    for (let i = 1; i < rows.length; i++) expect(rows[i].answers).toBeGreaterThanOrEqual(rows[i - 1].answers);
  });

  it('unanswered questions come in groups of variants, with personal data redacted', async () => {
    const res = (await manager.get(`/analytics-api/unanswered?${RANGE}&pageSize=1000`)).body;
    expect(res.total).toBeGreaterThan(20);
    const top = res.data[0];
    expect(top.count).toBeGreaterThan(20);
    const all = res.data.flatMap((g: { examples: string[]; label: string }) => [g.label, ...g.examples]).join('\n');
    expect(all).not.toMatch(/\b0\d{2}[ -]?\d{3}[ -]?\d{3,4}\b|@\w+\.\w{2,}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i);
  });

  it('path funnels and partner clicks have data', async () => {
    const paths = (await manager.get(`/analytics-api/path-performance?${RANGE}`)).body.data;
    const top = paths[0];
    expect(top.starts).toBe(top.completions + top.abandonments);
    expect(top.steps[0].reached).toBeGreaterThan(top.steps[top.steps.length - 1].reached);
    expect((await manager.get(`/analytics-api/partner-clicks?${RANGE}`)).body.total).toBeGreaterThan(3);
  });
});
