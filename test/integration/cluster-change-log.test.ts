import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { ChangeBus, type ChangeDetail } from '../../cms/src/cluster/change-bus';
import { CLUSTER_TABLES } from '../../cms/src/cluster/cluster-tables';
import { within } from '../helpers/instance-calls';

/**
 * The change bus's log: another instance (a second bus on the same database, its own listener) is told
 * what each `search` revision changed, in order, and reloads everything when a revision has no details.
 */
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) console.log('cluster-change-log.test.ts skipped: the change log is shared through PostgreSQL only');

let t: TestStrapi;
let writer: ChangeBus;
let other: ChangeBus;
const received: Array<readonly ChangeDetail[] | null> = [];
/** The other instance's apply waits for this (a busy instance); open unless a test holds it. */
let gate: Promise<void> = Promise.resolve();

const detail = (documentId: string): ChangeDetail => ({ target: 'answer', documentId, locale: 'fi' });

describeOnPostgres('change log between instances (needs DATABASE_CLIENT=postgres)', () => {
  beforeAll(async () => {
    t = await startTestStrapi({ search: false });
    writer = new ChangeBus(t.strapi, { pollMs: 100 });
    other = new ChangeBus(t.strapi, { pollMs: 100 });
    other.on('search', async (changes) => {
      received.push(changes);
      await gate;
    });
    await writer.start();
    await other.start();
  });
  afterAll(async () => {
    await writer?.stop();
    await other?.stop();
    await t?.stop();
  });

  it('gives the other instance the entries each revision changed, in order, revisions coalesced', async () => {
    await writer.changed('search', { here: false, details: [detail('a'), detail('b')] });
    await within(5_000, async () => received.length === 1);
    await writer.changed('search', { here: false, details: [detail('c')] });
    await writer.changed('search', { here: false, details: [detail('a')] });
    await within(5_000, async () => received.flatMap((r) => r ?? []).length === 4);
    expect(received.flat().map((d) => d?.documentId)).toEqual(['a', 'b', 'c', 'a']);
    expect(received.every((r) => r !== null)).toBe(true);
  });

  it('reloads everything for a revision announced without details or no longer in the log', async () => {
    received.length = 0;
    await writer.changed('search', { here: false });
    await within(5_000, async () => received.length === 1);
    expect(received[0]).toBeNull();
    // A revision whose details were pruned before the other instance read them (it was busy) is not known.
    received.length = 0;
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    await writer.changed('search', { here: false, details: [detail('d')] });
    await within(5_000, async () => received.length === 1); // busy until released
    await writer.changed('search', { here: false, details: [detail('e')] });
    await t.strapi.db.connection(CLUSTER_TABLES.changeLog).where({ kind: 'search' }).delete();
    release();
    await within(5_000, async () => received.length === 2);
    expect(received).toEqual([[detail('d')], null]);
  });

  it('tells when an instance has applied the revision the database holds now, waiting at most as asked', async () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    await writer.changed('search', { here: false, details: [detail('f')] });
    // The writer's state had the change already: known as applied at commit, before its own notification.
    expect(await writer.caughtUp('search', 0)).toBe(true);
    // The other instance is busy applying it.
    expect(await other.caughtUp('search', 200)).toBe(false);
    const caughtUp = other.caughtUp('search', 5_000);
    setTimeout(release, 300);
    expect(await caughtUp).toBe(true);
    expect(received.at(-1)).toEqual([detail('f')]);
  });

  it("counts its own revision as applied once the reload of another instance's earlier one is done", async () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    received.length = 0;
    await writer.changed('search', { here: false, details: [detail('g')] });
    await within(5_000, async () => received.length === 1); // the other instance is applying it
    // Meanwhile the other instance's own sync worker commits the next revision (its state has it already).
    await other.changed('search', { here: false, details: [detail('h')] });
    release();
    expect(await other.caughtUp('search', 2_000)).toBe(true);
    expect(received).toEqual([[detail('g')]]);
  });
});
