import knexFactory, { type Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { up as createBankTables } from '../../cms/database/migrations/010-question-bank';
import { up as addRunOwners } from '../../cms/database/migrations/017-bank-run-owner';
import { QuestionBank } from '../../cms/src/question-bank/question-bank';
import type { AskService } from '../../cms/src/bot/ask-service';

/** A bank on an in-memory SQLite database whose log lines are recorded; `asker` is what search gives. */
function bankOn(knex: Knex, asker: AskService | null, syncWaitMs: number) {
  const lines: Array<{ level: string; text: string }> = [];
  const log = Object.fromEntries(
    ['info', 'warn', 'error', 'debug'].map((level) => [level, (text: string) => lines.push({ level, text })]),
  );
  const strapi = { db: { connection: knex }, log } as unknown as Core.Strapi;
  const bank = new QuestionBank(strapi, {
    asker: () => asker,
    pendingSync: async () => 0,
    debounceMs: 10,
    syncWaitMs,
    instance: 'test-host:1337',
  });
  return { bank, lines };
}

/** An asker whose first question waits until `release` is called. */
function slowAsker() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const firstAsked = new Promise<void>((resolve) => (asked = resolve));
  const asker = {
    explain: async () => {
      asked();
      await released;
      return { answered: false, answer: null, suggestions: [] };
    },
  } as unknown as AskService;
  return { asker, firstAsked, release };
}

describe('question bank: a run stopped at shutdown', () => {
  let knex: Knex;
  beforeEach(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await createBankTables(knex);
    await addRunOwners(knex);
    const now = Date.now();
    const question = (text: string) => ({
      locale: 'fi',
      question: text,
      expected: 'x',
      source: 'manual',
      created_at: now,
      updated_at: now,
    });
    await knex('botkb_bank_questions').insert([question('yksi'), question('kaksi')]);
  });
  afterEach(() => knex.destroy());

  it('is logged as information, not as a failure, when the bank stops during the run', async () => {
    const { asker, firstAsked, release } = slowAsker();
    const { bank, lines } = bankOn(knex, asker, 1_000);
    const run = await bank.requestRun('published', 'startup');
    await firstAsked;
    const stopped = bank.stop();
    release();
    await stopped;
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines).toContainEqual({ level: 'info', text: `[question-bank] run ${run.id} stopped at shutdown` });
    expect((await bank.run(run.id)).status).toBe('interrupted');
  });

  it('ends a run still waiting for search at once when the bank stops, without a failure line', async () => {
    const { bank, lines } = bankOn(knex, null, 60_000);
    const run = await bank.requestRun('published', 'startup');
    const started = Date.now();
    await bank.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines).toContainEqual({ level: 'info', text: `[question-bank] run ${run.id} stopped at shutdown` });
  });

  it('still logs a real failure as a failure', async () => {
    const { bank, lines } = bankOn(knex, null, 0);
    const run = await bank.requestRun('published', 'manual');
    while ((await bank.run(run.id)).status !== 'failed') await new Promise((r) => setTimeout(r, 20));
    await bank.stop();
    expect(lines).toContainEqual({ level: 'error', text: `[question-bank] run ${run.id} failed: search is not ready` });
    expect(await bank.run(run.id)).toMatchObject({ status: 'failed', error: 'search is not ready' });
  });
});
