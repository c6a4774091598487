import knexFactory, { type Knex } from 'knex';
import { createTestDatabase, startTestStrapi, type TestDatabase, type TestStrapi } from '../helpers/test-strapi';
import { createRelease01Tables } from '../fixtures/release-0.1-analytics-tables';
import { analyticsService } from '../../cms/src/services';

/** Migrations (cms/database/migrations) bring a database of any earlier release to the current layout. */
const MIGRATIONS = [
  '001-analytics-tables.js',
  '002-publications-document-index.js',
  '003-scrub-personal-data.js',
  '004-unanswered-example-counts.js',
  '005-cluster-tables.js',
  '006-conversation-outcomes.js',
  '007-test-traffic.js',
  '008-unanswered-aliases.js',
  '009-regroup-unanswered-questions.js',
  '010-question-bank.js',
  '011-path-option-rollups.js',
  '012-simulation-scenarios.js',
  '013-regroup-unanswered-typos.js',
  '014-ask-ids-and-option-keys.js',
  '015-regroup-unanswered-own-words.js',
  '016-change-log.js',
  '017-bank-run-owner.js',
  '018-unanswered-rephrasings.js',
  '019-regroup-unanswered-variants.js',
  '020-text-changes.js',
  '021-regroup-unanswered-placeholders.js',
  '022-regroup-unanswered-swedish-words.js',
];
const PUBLICATION_INDEX = 'botkb_publications_document_idx';
const isPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

let t: TestStrapi | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A knex connection to a test database, as the previous release's Strapi would have opened it. */
function connect(db: TestDatabase): Knex {
  if (!isPostgres) {
    const connection = { filename: db.env.DATABASE_FILENAME };
    return knexFactory({ client: 'better-sqlite3', connection, useNullAsDefault: true });
  }
  return knexFactory({
    client: 'pg',
    connection: {
      host: process.env.DATABASE_HOST,
      port: Number(process.env.DATABASE_PORT ?? 5432),
      database: db.env.DATABASE_NAME,
      user: process.env.DATABASE_USERNAME,
      password: process.env.DATABASE_PASSWORD,
    },
  });
}

async function indexNames(knex: Knex, table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = isPostgres
    ? (await knex.raw('SELECT indexname AS name FROM pg_indexes WHERE tablename = ?', [table])).rows
    : await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]);
  return rows.map((r) => r.name);
}

/** The unanswered groups as [id, status, total count, rephrasing conversations], by id. */
async function groupRows(knex: Knex): Promise<unknown[][]> {
  const groups = await knex('botkb_unanswered_groups')
    .orderBy('id')
    .select('id', 'status', 'total_count', 'rephrase_conversations');
  return groups.map((g: Record<string, unknown>) => [
    Number(g.id),
    g.status,
    Number(g.total_count),
    Number(g.rephrase_conversations),
  ]);
}
const recordedMigrations = async (knex: Knex) =>
  (await knex('strapi_migrations').orderBy('id').select('name')).map((r: { name: string }) => r.name);

const OLD_ROWS = {
  botkb_publications: [
    { document_id: 'doc-1', kind: 'answer', locale: 'fi', audience: 'resident', action: 'publish', at: 1.7e12 },
    { document_id: 'doc-1', kind: 'answer', locale: 'sv', audience: 'resident', action: 'publish', at: 1.7001e12 },
  ],
  botkb_settings: [
    { key: 'savings-parameters', value: '{"costPerHour":42}', updated_at: 1.7e12, updated_by: 'x@example.fi' },
  ],
  botkb_events: [
    {
      event_id: 'e-1',
      type: 'conversation_started',
      occurred_at: 1_700_000_000_000,
      day: '2023-11-14',
      channel: 'web_chat',
      locale: 'fi',
      audience: 'resident',
      received_at: 1_700_000_000_500,
    },
  ],
};
/** What release 0.1 stored raw: a bot's session id and a comment with a phone number the old redactor missed. */
const RAW_EVENT = {
  event_id: 'e-2',
  type: 'feedback',
  occurred_at: 1_700_000_000_000,
  day: '2023-11-14',
  session_id: 'bot-session-77',
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  received_at: 1_700_000_000_500,
  helpful: false,
  answer_slug: 'kirjastokortti',
  comment: 'soittakaa (09) 310 1677',
};

/** A conversation release 0.1 stored: started (e-1), shown an answer, no handoff: resolved by the bot. */
const ANSWER_SHOWN = {
  event_id: 'e-3',
  type: 'answer_shown',
  occurred_at: 1_700_000_001_000,
  day: '2023-11-14',
  session_id: 's-1',
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  received_at: 1_700_000_001_500,
  answer_slug: 'kirjastokortti',
};

/** A step of a guidance path release 0.1 stored, with the option chosen (counted per option by migration 11). */
const PATH_STEP = {
  event_id: 'e-4',
  type: 'path_step',
  occurred_at: 1_700_000_002_000,
  day: '2023-11-14',
  session_id: 's-1',
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  received_at: 1_700_000_002_500,
  path_slug: 'hoitoon',
  step_key: 'alku',
  option_key: 'Ajanvaraus',
};

const OLD_EXAMPLE = { group_id: 7, text: 'saako koiran tuoda', asked_at: 1_700_000_000_000 };

/**
 * Groups the earlier grouping rule kept apart: "lähin apteekki" typed without "ä" (stored key "apteek lah"),
 * the second one resolved by an expert; and a different question, ignored.
 */
const T0 = 1_700_000_000_000;
const DAY = 86_400_000;
const OLD_GROUPS = [
  {
    id: 1,
    locale: 'fi',
    label: 'missä on lähin apteekki',
    status: 'new',
    total_count: 5,
    first_seen: T0,
    last_seen: T0 + 3 * DAY,
    updated_at: T0 + 3 * DAY,
  },
  {
    id: 2,
    locale: 'fi',
    label: 'lahin apteekki',
    status: 'resolved',
    total_count: 2,
    first_seen: T0 - DAY,
    last_seen: T0 + DAY,
    resolution_kind: 'answer',
    resolution_slug: 'apteekit',
    resolution_phrasing: 'lahin apteekki',
    resolved_by: 'expert@example.fi',
    resolved_at: T0 + 2 * DAY,
    updated_at: T0 + 2 * DAY,
  },
  {
    id: 3,
    locale: 'fi',
    label: 'onko terveysasemalla wifi',
    status: 'ignored',
    total_count: 4,
    first_seen: T0,
    last_seen: T0 + DAY,
    resolved_by: 'expert@example.fi',
    resolved_at: T0 + DAY,
    updated_at: T0 + DAY,
  },
  // Mixed by the earlier rule: one of its three keys would join group 1, so it stays apart.
  {
    id: 4,
    locale: 'fi',
    label: 'hukkasin lompakon',
    status: 'new',
    total_count: 3,
    first_seen: T0,
    last_seen: T0,
    updated_at: T0,
  },
];
const OLD_GROUP_ROWS = {
  botkb_unanswered_keys: [
    { locale: 'fi', key: 'apteek läh', group_id: 1 },
    { locale: 'fi', key: 'apteek lah', group_id: 2 },
    { locale: 'fi', key: 'terveysasem wifi', group_id: 3 },
    { locale: 'fi', key: 'apteek auki läh', group_id: 4 },
    { locale: 'fi', key: 'hukkas lompako', group_id: 4 },
    { locale: 'fi', key: 'kadot lompako', group_id: 4 },
  ],
  botkb_unanswered_daily: [
    { group_id: 1, day: '2023-11-14', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 5 },
    { group_id: 2, day: '2023-11-14', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 1 },
    { group_id: 2, day: '2023-11-13', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 1 },
    { group_id: 3, day: '2023-11-14', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 4 },
  ],
  botkb_unanswered_monthly: [
    { group_id: 1, month: '2023-11', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 5 },
    { group_id: 2, month: '2023-11', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 2 },
    { group_id: 3, month: '2023-11', locale: 'fi', audience: 'resident', channel: 'web_chat', count: 4 },
  ],
  botkb_unanswered_examples: [
    { group_id: 1, text: 'missä on lähin apteekki', asked_at: T0 + 3 * DAY },
    { group_id: 2, text: 'lahin apteekki', asked_at: T0 + DAY },
    { group_id: 3, text: 'onko terveysasemalla wifi', asked_at: T0 + DAY },
  ],
};

describe('schema migrations', () => {
  it('upgrade a release 0.1 database: rows kept, the publications index added, every migration recorded', async () => {
    const db = await createTestDatabase();
    const old = connect(db);
    await createRelease01Tables(old);
    for (const [table, rows] of Object.entries(OLD_ROWS)) {
      await old(table).insert(table === 'botkb_events' ? rows.map((r) => ({ ...r, session_id: 's-1' })) : rows);
    }
    await old('botkb_events').insert(RAW_EVENT);
    await old('botkb_events').insert(ANSWER_SHOWN);
    await old('botkb_events').insert(PATH_STEP);
    await old('botkb_session_flags').insert({ session_id: 'bot-session-77', flag: 'feedback' });
    await old('botkb_unanswered_examples').insert(OLD_EXAMPLE);
    expect(await indexNames(old, 'botkb_publications')).not.toContain(PUBLICATION_INDEX);
    await old.destroy();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    expect(await indexNames(knex, 'botkb_publications')).toContain(PUBLICATION_INDEX);
    for (const [table, rows] of Object.entries(OLD_ROWS)) {
      const query = knex(table).select(Object.keys(rows[0]));
      const stored = table === 'botkb_events' ? await query.where('event_id', 'e-1') : await query;
      expect(stored.map((r: Record<string, unknown>) => normalize(r))).toEqual(rows.map(normalize));
    }
    expect(await recordedMigrations(knex)).toEqual(MIGRATIONS);
    // Migration 3: what the old release stored raw is scrubbed.
    const scrubbed = await knex('botkb_events').where('event_id', 'e-2').first('session_id', 'comment');
    expect(scrubbed.comment).toBe('soittakaa [PUHELIN]');
    expect(scrubbed.session_id).toMatch(/^h:/);
    const sessions = [
      ...(await knex('botkb_events').pluck('session_id')),
      ...(await knex('botkb_session_flags').pluck('session_id')),
    ];
    expect(sessions.filter((id: string) => !id.startsWith('h:'))).toEqual([]);
    // Migration 4: an example stored before counts once, last asked when it was stored.
    const example = await knex('botkb_unanswered_examples').where('group_id', 7).first('text', 'count', 'asked_at');
    expect({ ...normalize(example), count: Number(example.count) }).toEqual({
      text: OLD_EXAMPLE.text,
      count: 1,
      asked_at: OLD_EXAMPLE.asked_at,
    });
    // Migration 6: stored conversations are judged "resolved by the bot" and rolled up for savings.
    const resolved = await knex('botkb_rollup_monthly')
      .where({ metric: 'resolved_by_bot' })
      .select('bucket', 'channel', 'count');
    expect(resolved.map((r: Record<string, unknown>) => ({ ...r, count: Number(r.count) }))).toEqual([
      { bucket: '2023-11', channel: 'web_chat', count: 1 },
    ]);
    const conversations = await knex('botkb_conversations').select('session_id', 'day', 'resolved');
    expect(conversations.every((c: { session_id: string }) => c.session_id.startsWith('h:'))).toBe(true);
    // s-1 started on 14 November and was shown an answer; bot-session-77 only gave feedback (no start: not counted).
    const verdict = (c: { day: string | null; resolved: unknown }) => `${c.day}:${Boolean(c.resolved)}`;
    const verdicts = conversations.map(verdict);
    expect(verdicts.sort()).toEqual(['2023-11-14:true', 'null:false']);
    // Migration 11: stored path steps are counted per option for the branching funnels.
    for (const table of ['botkb_rollup_daily', 'botkb_rollup_monthly']) {
      const options = await knex(table).where({ metric: 'path_option' }).select('bucket', 'subject', 'detail', 'count');
      expect(options.map((r: Record<string, unknown>) => ({ ...r, count: Number(r.count) }))).toEqual([
        {
          bucket: table.endsWith('daily') ? '2023-11-14' : '2023-11',
          subject: 'hoitoon',
          detail: 'alku|Ajanvaraus',
          count: 1,
        },
      ]);
    }
  });

  it("upgrade a release 0.1 database: unanswered groups re-grouped, experts' decisions and counts kept", async () => {
    const db = await createTestDatabase();
    const old = connect(db);
    await createRelease01Tables(old);
    await old('botkb_unanswered_groups').insert(OLD_GROUPS);
    for (const [table, rows] of Object.entries(OLD_GROUP_ROWS)) await old(table).insert(rows);
    await old.destroy();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    const groups = (await knex('botkb_unanswered_groups').orderBy('id').select('*')).map(
      (g: Record<string, unknown>) => ({ ...normalize(g), total_count: Number(g.total_count) }),
    );
    expect(groups.map((g: Record<string, unknown>) => g.id)).toEqual([1, 3, 4]);
    // Merged into the older group; the resolved group's decision wins over the open one.
    expect(groups[0]).toMatchObject({
      label: 'missä on lähin apteekki',
      status: 'resolved',
      total_count: 7,
      first_seen: T0 - DAY,
      last_seen: T0 + 3 * DAY,
      resolution_kind: 'answer',
      resolution_slug: 'apteekit',
      resolved_by: 'expert@example.fi',
      resolved_at: T0 + 2 * DAY,
    });
    expect(groups[1]).toMatchObject(OLD_GROUPS[2]);
    expect(groups[2]).toMatchObject(OLD_GROUPS[3]);
    expect(
      (await knex('botkb_unanswered_keys').orderBy('key').select('key', 'group_id')).map(
        (k: Record<string, unknown>) => ({ ...k, group_id: Number(k.group_id) }),
      ),
    ).toEqual([
      { key: 'apteek auki läh', group_id: 4 },
      { key: 'apteek lah', group_id: 1 },
      { key: 'apteek läh', group_id: 1 },
      { key: 'hukkas lompako', group_id: 4 },
      { key: 'kadot lompako', group_id: 4 },
      { key: 'terveysasem wif', group_id: 3 }, // migration 15: today's key of its example
      { key: 'terveysasem wifi', group_id: 3 },
    ]);
    const counts = async (table: string, bucket: string) =>
      (await knex(table).orderBy(['group_id', bucket]).select('group_id', bucket, 'count')).map(
        (r: Record<string, unknown>) => ({ ...r, group_id: Number(r.group_id), count: Number(r.count) }),
      );
    expect(await counts('botkb_unanswered_daily', 'day')).toEqual([
      { group_id: 1, day: '2023-11-13', count: 1 },
      { group_id: 1, day: '2023-11-14', count: 6 },
      { group_id: 3, day: '2023-11-14', count: 4 },
    ]);
    expect(await counts('botkb_unanswered_monthly', 'month')).toEqual([
      { group_id: 1, month: '2023-11', count: 7 },
      { group_id: 3, month: '2023-11', count: 4 },
    ]);
    const examples = await knex('botkb_unanswered_examples')
      .orderBy(['group_id', 'text'])
      .select('group_id', 'text', 'count');
    expect(examples.map((e: Record<string, unknown>) => [Number(e.group_id), e.text, Number(e.count)])).toEqual([
      [1, 'lahin apteekki', 1],
      [1, 'missä on lähin apteekki', 1],
      [3, 'onko terveysasemalla wifi', 1],
    ]);
  });

  it('re-group groups an earlier release kept apart for a typo in a short word (migration 13)', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    const first = t.strapi.db.connection;
    const typoed = { ...OLD_GROUPS[0], id: 5, label: 'onko terveysasemalla wfi' };
    await first('botkb_unanswered_groups').insert([OLD_GROUPS[2], typoed]);
    await first('botkb_unanswered_keys').insert([
      { locale: 'fi', key: 'terveysasem wifi', group_id: 3 },
      { locale: 'fi', key: 'terveysasem wfi', group_id: 5 },
    ]);
    await first('strapi_migrations').where('name', '013-regroup-unanswered-typos.js').delete();
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    const groups = await knex('botkb_unanswered_groups').orderBy('id').select('id', 'status', 'total_count');
    expect(groups.map((g: Record<string, unknown>) => [Number(g.id), g.status, Number(g.total_count)])).toEqual([
      [3, 'new', 9],
    ]); // the open group's status wins over ignored (merged-status.ts)
    const keys = await knex('botkb_unanswered_keys').orderBy('key').select('key', 'group_id');
    expect(keys.map((k: Record<string, unknown>) => [k.key, Number(k.group_id)])).toEqual([
      ['terveysasem wfi', 3],
      ['terveysasem wifi', 3],
    ]);
  });

  it("re-group groups by their examples' keys once the key no longer reads the search vocabulary (migration 15)", async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    const first = t.strapi.db.connection;
    const wifi = 'onko terveysasemalla langaton verkko';
    const group = (id: number, label: string, status: string) => ({ ...OLD_GROUPS[0], id, label, status });
    await first('botkb_unanswered_groups').insert([
      { ...OLD_GROUPS[1], id: 10, label: wifi }, // resolved
      group(11, 'langaton verkko terveysasemalla?', 'new'),
      group(12, 'terveysasemalla langaton verkko', 'in_progress'), // an expert moved asks here
      group(13, 'kuntosalin hinta', 'new'), // its examples expired
    ]);
    // Keys an earlier release made with the search vocabulary (a search stop word, the knowledge base's splits).
    await first('botkb_unanswered_keys').insert([
      { locale: 'fi', key: 'langat verk', group_id: 10 },
      { locale: 'fi', key: 'asem langat terveys terveysasem verk', group_id: 11 },
      { locale: 'fi', key: 'asem langaton terveys terveysasem verkko', group_id: 12 },
      { locale: 'fi', key: 'hin kuntosal', group_id: 13 },
    ]);
    await first('botkb_unanswered_examples').insert([
      { group_id: 10, text: wifi, count: 2, asked_at: T0 },
      { group_id: 11, text: 'langaton verkko terveysasemalla?', count: 1, asked_at: T0 + DAY },
      { group_id: 12, text: 'terveysasemalla langaton verkko', count: 1, asked_at: T0 + DAY },
    ]);
    const alias = { locale: 'fi', group_id: 12, created_by: 'expert@example.fi', created_at: T0 };
    await first('botkb_unanswered_aliases').insert({ ...alias, key: 'asem langaton terveys terveysasem verkko' });
    await first('strapi_migrations').where('name', '015-regroup-unanswered-own-words.js').delete();
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    const groups = await knex('botkb_unanswered_groups').orderBy('id').select('id', 'status', 'total_count');
    expect(groups.map((g: Record<string, unknown>) => [Number(g.id), g.status, Number(g.total_count)])).toEqual([
      [10, 'resolved', OLD_GROUPS[1].total_count + OLD_GROUPS[0].total_count],
      [12, 'in_progress', OLD_GROUPS[0].total_count],
      [13, 'new', OLD_GROUPS[0].total_count],
    ]);
    const keys = await knex('botkb_unanswered_keys').orderBy('key').select('key', 'group_id');
    expect(keys.map((k: Record<string, unknown>) => [k.key, Number(k.group_id)])).toEqual([
      ['asem langat terveys terveysasem verk', 10],
      ['asem langaton terveys terveysasem verkko', 12],
      ['hin kuntosal', 13],
      ['langat terveysasem verk', 10], // today's key of the examples
      ['langat verk', 10],
    ]);
  });

  it('merge groups residents reworded as each other in the asks already recorded (migration 18)', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    const first = t.strapi.db.connection;
    const group = (id: number, status: string, total: number) => ({ ...OLD_GROUPS[0], id, status, total_count: total });
    await first('botkb_unanswered_groups').insert([
      group(20, 'new', 3), // "kadotin lompakon"
      group(21, 'in_progress', 3), // "löytötavarat": its rewording
      group(22, 'resolved', 3), // "defibrillaattori"
      group(23, 'new', 3), // "sydäniskuri": its rewording
      group(24, 'new', 100), // other questions
    ]);
    const keys = ['kadot lompak', 'löytötavar', 'defibrillaattor', 'sydänisk', 'muu'];
    await first('botkb_unanswered_keys').insert(keys.map((key, i) => ({ locale: 'fi', key, group_id: 20 + i })));
    const ask = (session: string, key: string, minute: number) => ({
      document_id: `${session}-${minute}`,
      asked_at: new Date(T0 + minute * 60_000),
      locale: 'fi',
      session_id: session,
      question: key,
      normalized: key,
      answered: false,
      rolled_up: true,
      test: false,
    });
    const conversations = [1, 2, 3].flatMap((i) => [
      ask(`lost-${i}`, keys[0], 10 * i),
      ask(`lost-${i}`, keys[1], 10 * i + 1),
      ask(`aed-${i}`, keys[2], 10 * i),
      ask(`aed-${i}`, keys[3], 10 * i + 1),
    ]);
    conversations.push(ask('aed-4', keys[2], 40));
    await first('bot_asks').insert(conversations);
    await first('strapi_migrations').where('name', '018-unanswered-rephrasings.js').delete();
    await t.stop();
    // A fourth rewording recorded just before the upgrade, not rolled up yet (after the old version stopped): the
    // rollup counts it once, with its group's count; the migration leaves it to the rollup.
    const offline = connect(db);
    await offline('bot_asks').insert({ ...ask('aed-4', keys[3], 41), rolled_up: false });
    await offline.destroy();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    await analyticsService(t.strapi).catchUp();
    expect(await groupRows(knex)).toEqual([
      [20, 'in_progress', 6, 3], // the open status furthest along wins (merged-status.ts)
      [22, 'resolved', 3, 0], // never merged automatically
      [23, 'new', 4, 0], // 3 + the ask rolled up after the start
      [24, 'new', 100, 0],
    ]);
    const pairs = await knex('botkb_unanswered_rephrases').select('group_a', 'group_b', 'conversations');
    expect(pairs.map((p: Record<string, unknown>) => [p.group_a, p.group_b, p.conversations].map(Number))).toEqual([
      [22, 23, 4], // 3 recorded conversations + the one rolled up after the start, each counted once
    ]);
    const moved = await knex('botkb_unanswered_keys').where('key', keys[1]).first('group_id');
    expect(Number(moved.group_id)).toBe(20);
  });

  it('re-group groups whose question differs by one word variant, then merge the rephrasings that now reach the bar (migration 19)', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    const first = t.strapi.db.connection;
    const group = (id: number, status: string, total: number) => ({ ...OLD_GROUPS[0], id, status, total_count: total });
    await first('botkb_unanswered_groups').insert([
      group(30, 'in_progress', 5), // "passin uusiminen"
      group(31, 'new', 5), // "miten uusin passin": "uus" starts "uusimis", the other word the same
      group(32, 'new', 5), // "passin hinta": another question
      group(38, 'new', 5), // "mitä matkalle mukaan": residents reworded 30's and 31's questions as it
      group(39, 'new', 1000), // other questions
    ]);
    const keys = ['pas uusimis', 'pas uus', 'hin pas', 'matk muk', 'as muu'];
    const ids = [30, 31, 32, 38, 39];
    await first('botkb_unanswered_keys').insert(keys.map((key, i) => ({ locale: 'fi', key, group_id: ids[i] })));
    const pair = (a: number, conversations: number) => ({
      locale: 'fi',
      group_a: a,
      group_b: 38,
      conversations,
      last_seen: T0,
      kept_apart: 0,
    });
    // 2 + 1 conversations: below the bar (3) for either group, at it once 30 and 31 are one group.
    await first('botkb_unanswered_rephrases').insert([pair(30, 2), pair(31, 1)]);
    await first('strapi_migrations').where('name', '019-regroup-unanswered-variants.js').delete();
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    expect(await groupRows(knex)).toEqual([
      [30, 'in_progress', 15, 3],
      [32, 'new', 5, 0],
      [39, 'new', 1000, 0],
    ]);
    const stored = await knex('botkb_unanswered_keys').orderBy('key').select('key', 'group_id');
    expect(stored.map((k: Record<string, unknown>) => [k.key, Number(k.group_id)])).toEqual([
      ['as muu', 39],
      ['hin pas', 32],
      ['matk muk', 30],
      ['pas uus', 30],
      ['pas uusimis', 30],
    ]);
  });

  it('re-group Swedish groups apart only by "nytt", "gått" or a linked compound, keeping status (migration 22)', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    const first = t.strapi.db.connection;
    const group = (id: number, label: string, status: string, total: number) => ({
      ...OLD_GROUPS[0],
      id,
      locale: 'sv',
      label,
      status,
      total_count: total,
    });
    const labels = [
      'hur förnyar jag mitt pass',
      'var får jag nytt pass',
      'passet har gått ut',
      'var är närmaste röstningsställe',
      'förhandsröstning var',
      'nytt skattekort',
    ];
    const statuses = ['in_progress', 'new', 'new', 'new', 'resolved', 'new'];
    const ids = [40, 41, 42, 43, 44, 45];
    await first('botkb_unanswered_groups').insert(labels.map((label, i) => group(ids[i], label, statuses[i], 2)));
    // The keys the previous rule made of them.
    const keys = ['förny pass', 'nytt pass', 'gått pass', 'närm röstningsställ', 'förhandsröstning', 'nytt skattekort'];
    await first('botkb_unanswered_keys').insert(keys.map((key, i) => ({ locale: 'sv', key, group_id: ids[i] })));
    const examples = labels.map((text, i) => ({ group_id: ids[i], text, count: 2, asked_at: T0 + i * DAY }));
    await first('botkb_unanswered_examples').insert(examples);
    await first('strapi_migrations').where('name', '022-regroup-unanswered-swedish-words.js').delete();
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    expect(await groupRows(knex)).toEqual([
      [40, 'in_progress', 6, 0], // the passport, asked three ways
      [43, 'resolved', 4, 0], // voting: the resolved state is kept
      [45, 'new', 2, 0], // the tax card stays apart from the passport
    ]);
    const stored = await knex('botkb_unanswered_keys').where('key', 'pass').first('group_id');
    expect(Number(stored.group_id)).toBe(40);
  });

  it('build the whole layout on a fresh database and never run twice', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    expect(await indexNames(t.strapi.db.connection, 'botkb_publications')).toContain(PUBLICATION_INDEX);
    expect(await t.strapi.db.connection.schema.hasTable('botkb_unanswered_groups')).toBe(true);
    // Migration 5: what several instances on PostgreSQL share.
    expect(await t.strapi.db.connection.schema.hasTable('botkb_revisions')).toBe(true);
    expect(await t.strapi.db.connection.schema.hasTable('botkb_rate_limits')).toBe(true);
    expect(await t.strapi.db.connection.schema.hasTable('botkb_change_log')).toBe(true);
    // Migration 17: which instance runs a question-bank run, and its heartbeat.
    expect(await t.strapi.db.connection.schema.hasColumn('botkb_bank_runs', 'heartbeat_at')).toBe(true);
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    expect(await recordedMigrations(t.strapi.db.connection)).toEqual(MIGRATIONS);
  });
});

/** PostgreSQL returns bigint columns as strings. */
function normalize(row: Record<string, unknown>): Record<string, unknown> {
  const number = (v: unknown) => (typeof v === 'string' && /^\d{10,}$/.test(v) ? Number(v) : v);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, number(v)]));
}
