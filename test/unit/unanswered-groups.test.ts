import knexFactory, { type Knex } from 'knex';
import { MAX_EXAMPLES, UnansweredGroups, type UnansweredAsk } from '../../cms/src/analytics/unanswered-groups';
import { TABLES } from '../../cms/src/analytics/analytics-tables';
import { up as createAnalyticsTables } from '../../cms/database/migrations/001-analytics-tables';
import { up as countExamples } from '../../cms/database/migrations/004-unanswered-example-counts';
import { up as createAliases } from '../../cms/database/migrations/008-unanswered-aliases';

const ask = (question: string, key: string, askedAt = Date.UTC(2026, 10, 23, 9)): UnansweredAsk => ({
  locale: 'fi',
  audience: null,
  channel: 'web',
  question,
  key,
  askedAt,
  day: '2026-11-23',
});

describe('UnansweredGroups (rollup of unanswered questions, real SQLite)', () => {
  let knex: Knex;
  let groups: UnansweredGroups;
  beforeEach(async () => {
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
      pool: { min: 1, max: 1 },
    });
    await createAnalyticsTables(knex);
    await countExamples(knex);
    await createAliases(knex);
    groups = new UnansweredGroups();
  });
  afterEach(() => knex.destroy());

  it('stores a question asked again word for word once as an example, and counts every ask', async () => {
    const statements: string[] = [];
    knex.on('query', (q: { sql: string }) => statements.push(q.sql));
    await knex.transaction((trx) => groups.add(trx, [ask('korvapuustien resepti', 'korvapuust resept')]));
    const before = statements.filter((s) => s.includes(TABLES.groupExamples) && s.startsWith('insert')).length;
    await knex.transaction((trx) =>
      groups.add(trx, [
        ask('korvapuustien resepti', 'korvapuust resept'),
        ask('korvapuustien resepti', 'korvapuust resept'),
      ]),
    );
    expect(statements.filter((s) => s.includes(TABLES.groupExamples) && s.startsWith('insert')).length).toBe(before);
    await knex.transaction((trx) => groups.add(trx, [ask('Korvapuustien reseptiä?', 'korvapuust resept')]));
    const [group] = await knex(TABLES.groups).select('id', 'total_count');
    expect(Number(group.total_count)).toBe(4);
    expect(
      (await knex(TABLES.groupExamples).where('group_id', group.id).orderBy('text').select('text')).map((r) => r.text),
    ).toEqual(['Korvapuustien reseptiä?', 'korvapuustien resepti']);
  });

  it('forgets what a rolled-back transaction created, so the next rollup does not use a group that does not exist', async () => {
    await expect(
      knex.transaction(async (trx) => {
        await groups.add(trx, [ask('mistä saa kalastusluvan', 'kalastuslup saa')]);
        throw new Error('the rest of the rollup failed');
      }),
    ).rejects.toThrow('the rest of the rollup failed');
    expect(await knex(TABLES.groups).count({ n: '*' })).toEqual([{ n: 0 }]);
    await knex.transaction((trx) => groups.add(trx, [ask('mistä saa kalastusluvan', 'kalastuslup saa')]));
    const rows = await knex(TABLES.groups).select('id', 'total_count');
    expect(rows).toHaveLength(1);
    expect(Number(rows[0].total_count)).toBe(1);
    expect(await knex(TABLES.groupExamples).where('group_id', rows[0].id).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await knex(TABLES.groupKeys).where('group_id', rows[0].id).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('keeps frequent and recent forms: a repeat bumps its example, a new one replaces the least useful', async () => {
    const at = (minute: number) => Date.UTC(2026, 10, 23, 9, minute);
    const forms = Array.from({ length: MAX_EXAMPLES }, (_, i) => `koira terveysasemalle ${i}`);
    const add = (...asks: UnansweredAsk[]) => knex.transaction((trx) => groups.add(trx, asks));
    for (const [i, text] of forms.entries()) await add(ask(text, 'koir terveysasem', at(i)));
    await add(ask(forms[0], 'koir terveysasem', at(30)), ask(forms[0], 'koir terveysasem', at(31)));
    await add(ask('saako koiran tuoda', 'koir terveysasem', at(40)));
    const rows = await knex(TABLES.groupExamples).orderBy('text').select('text', 'count', 'asked_at');
    expect(rows).toHaveLength(MAX_EXAMPLES);
    expect(rows.map((r) => r.text)).not.toContain(forms[1]); // least frequent, asked longest ago
    expect(rows.find((r) => r.text === forms[0])).toEqual({ text: forms[0], count: 3, asked_at: at(31) });
    const fresh = 'saako koiran tuoda';
    expect(rows.find((r) => r.text === fresh)).toEqual({ text: fresh, count: 1, asked_at: at(40) });
  });

  it('rolls from what is stored, not from what the process remembers (examples deleted by retention)', async () => {
    const twice = [ask('kalastuslupa', 'kalastuslup'), ask('kalastuslupa', 'kalastuslup')];
    await knex.transaction((trx) => groups.add(trx, twice));
    await knex(TABLES.groupExamples).delete();
    await knex.transaction((trx) => groups.add(trx, [ask('kalastuslupa', 'kalastuslup')]));
    expect(await knex(TABLES.groupExamples).select('text', 'count')).toEqual([{ text: 'kalastuslupa', count: 1 }]);
  });
});
