import knexFactory, { type Knex } from 'knex';
import { TABLES } from '../../cms/src/analytics/analytics-tables';
import { ingestEvents } from '../../cms/src/analytics/ingest-events';
import { pathPerformance } from '../../cms/src/analytics/reports/path-performance';
import type { UsageEvent } from '../../cms/src/analytics/usage-event';
import { up as createAnalyticsTables } from '../../cms/database/migrations/001-analytics-tables';
import { up as createConversations } from '../../cms/database/migrations/006-conversation-outcomes';
import { up as keepTestTrafficApart } from '../../cms/database/migrations/007-test-traffic';
import { up as countPathOptions } from '../../cms/database/migrations/011-path-option-rollups';
import { up as addAskIdsAndOptionKeys } from '../../cms/database/migrations/014-ask-ids-and-option-keys';

/** Per-option counts of guidance paths: counted at ingestion and by migration 11, read by the report (real SQLite). */
const AT = Date.UTC(2026, 10, 23, 9);
let n = 0;
const step = (stepKey: string, option: string, extra: Partial<UsageEvent> = {}): UsageEvent => ({
  id: `e${++n}`,
  type: 'path_step',
  sessionId: `s${n}`,
  occurredAt: AT,
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  pathSlug: 'polku',
  stepKey,
  option,
  ...extra,
});
const FILTER = { from: '2026-11-01', to: '2026-11-30' };
const optionsOf = async (knex: Knex, stepKey: string, filter: typeof FILTER & { includeTest?: boolean } = FILTER) => {
  const [path] = await pathPerformance(knex, filter, new Map());
  return path.steps.find((s) => s.stepKey === stepKey)?.options;
};

describe('per-option counts of guidance paths', () => {
  let knex: Knex;
  beforeEach(async () => {
    const connection = { filename: ':memory:' };
    knex = knexFactory({ client: 'better-sqlite3', connection, useNullAsDefault: true, pool: { min: 1, max: 1 } });
    await createAnalyticsTables(knex);
    // Migration 6 also reads the asks table, which this database has none of.
    const noAsks = { metadata: { get: () => ({ tableName: 'no_asks', attributes: {} }) }, logger: { info() {} } };
    await createConversations(knex, noAsks as never);
    await keepTestTrafficApart(knex);
    await addAskIdsAndOptionKeys(knex);
  });
  afterEach(() => knex.destroy());

  it('counts each option of a step as the bot named it, most chosen first, redacting personal data', async () => {
    const events = [step('alku', 'kiire'), step('alku', 'kiire'), step('alku', 'Ei kiirettä'), step('kiire', '2')];
    events.push(step('alku', 'soita 040 1234567'));
    await ingestEvents(knex, events, { clientId: null, hashSession: (s) => s });
    expect(await optionsOf(knex, 'alku')).toEqual([
      { option: 'kiire', chosen: 2 },
      { option: 'Ei kiirettä', chosen: 1 },
      { option: 'soita [PUHELIN]', chosen: 1 },
    ]);
    expect(await optionsOf(knex, 'kiire')).toEqual([{ option: '2', chosen: 1 }]);
  });

  it('counts the options of events stored before (migration 11), test traffic apart', async () => {
    await ingestEvents(knex, [step('alku', 'kiire'), step('alku', 'kiire')], { clientId: null, hashSession: (s) => s });
    await ingestEvents(knex, [step('alku', 'kiire')], { clientId: null, hashSession: (s) => s, test: true });
    // The database as the previous release left it: events stored, no per-option counts.
    await knex(TABLES.daily).where('metric', 'path_option').delete();
    await knex(TABLES.monthly).where('metric', 'path_option').delete();
    await knex(TABLES.dailyTest).where('metric', 'path_option').delete();
    await knex(TABLES.monthlyTest).where('metric', 'path_option').delete();
    expect(await optionsOf(knex, 'alku')).toEqual([]);
    await countPathOptions(knex);
    expect(await optionsOf(knex, 'alku')).toEqual([{ option: 'kiire', chosen: 2 }]);
    expect(await optionsOf(knex, 'alku', { ...FILTER, includeTest: true })).toEqual([{ option: 'kiire', chosen: 3 }]);
    // A whole month is read from the monthly rollup, a part of one from the daily rollup.
    const oneDay = { from: '2026-11-23', to: '2026-11-23' };
    expect(await optionsOf(knex, 'alku', oneDay)).toEqual([{ option: 'kiire', chosen: 2 }]);
  });
});
