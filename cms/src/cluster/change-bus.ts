import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import { isPostgres } from '../db/database-client';
import { CLUSTER_TABLES } from './cluster-tables';

/**
 * Kinds of state an instance derives from the database and keeps in memory:
 * `search` the analyzers, term/n-gram statistics and answer cache (content and vocabulary applied to the index),
 * `drafts` the same for the draft index staff try,
 * `triggers` the safety-trigger matchers, `tokens` the bot-token cache, `catalog` the reports' content titles.
 */
export const CHANGE_KINDS = ['search', 'drafts', 'triggers', 'tokens', 'catalog'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The PostgreSQL channel every instance listens on; a payload is "kind revision instanceId". */
export const CHANGE_CHANNEL = 'botkb_changes';

type Reload = () => void | Promise<void>;
interface KindState {
  reloads: Reload[];
  seen: number;
  running: Promise<void> | null;
  again: boolean;
}

const RECONNECT_MS = 1_000;

/**
 * "A change of kind X happened" → every instance reloads X. On PostgreSQL a
 * change bumps X's revision row and sends a NOTIFY in the writer's
 * transaction (both take effect at commit); each instance LISTENs on a
 * dedicated connection and also polls the revisions every `pollMs`, so a
 * missed notification (listener reconnecting) only delays the reload. On
 * SQLite the CMS is one instance: the change reloads in process after commit.
 */
export class ChangeBus {
  readonly instanceId = randomUUID();
  private readonly kinds = new Map<ChangeKind, KindState>(
    CHANGE_KINDS.map((k) => [k, { reloads: [], seen: 0, running: null, again: false }]),
  );
  private listener: Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly opts: { pollMs: number },
  ) {}

  private get knex(): Knex {
    return this.strapi.db.connection;
  }

  /** Whether other instances may share the database (PostgreSQL). */
  get shared(): boolean {
    return isPostgres(this.knex);
  }

  /** `reload` runs on every instance after each committed change of `kind` (runs of one kind never overlap). */
  on(kind: ChangeKind, reload: Reload): void {
    this.state(kind).reloads.push(reload);
  }

  /**
   * Announces a change of `kind`; inside a transaction it takes effect when that commits.
   * `here: false` when this instance has already brought its own state up to date.
   */
  async changed(kind: ChangeKind, { here = true } = {}): Promise<void> {
    if (!this.shared && !this.strapi.db.inTransaction()) {
      if (here) this.reload(kind);
      return;
    }
    await this.strapi.db.transaction(async ({ trx, onCommit }) => {
      if (this.shared) await this.announce(trx as Knex.Transaction, kind);
      if (here) onCommit(() => this.reload(kind));
    });
  }

  /** Starts listening and polling (PostgreSQL); the revisions now current are what this instance has loaded. */
  async start(): Promise<void> {
    this.stopped = false;
    if (!this.shared) return;
    for (const row of await this.readRevisions()) this.state(row.kind).seen = row.revision;
    await this.listen();
    this.schedulePoll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearTimeout(this.poller);
    if (this.reconnect) clearTimeout(this.reconnect);
    this.poller = this.reconnect = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await Promise.all([...this.kinds.values()].map((s) => s.running));
  }

  private state(kind: ChangeKind): KindState {
    return this.kinds.get(kind)!;
  }

  /** Bumps the revision and queues the NOTIFY, both in `trx`. */
  private async announce(trx: Knex.Transaction, kind: ChangeKind): Promise<void> {
    const table = CLUSTER_TABLES.revisions;
    const [row] = await trx(table)
      .insert({ kind, revision: 1 })
      .onConflict('kind')
      .merge({ revision: trx.raw('?? + 1', [`${table}.revision`]) })
      .returning('revision');
    const revision = Number((row as { revision: string | number }).revision);
    await trx.raw('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, `${kind} ${revision} ${this.instanceId}`]);
  }

  /** A notification from any instance (this one included). */
  private received(payload: string): void {
    const [kind, raw, instanceId] = payload.split(' ');
    const revision = Number(raw);
    if (!this.kinds.has(kind as ChangeKind) || !Number.isSafeInteger(revision)) return;
    const s = this.state(kind as ChangeKind);
    if (instanceId === this.instanceId) {
      // Reloaded at commit; a revision skipped meanwhile is left for the poll to find.
      if (revision === s.seen + 1) s.seen = revision;
      return;
    }
    if (revision <= s.seen) return;
    s.seen = revision;
    this.reload(kind as ChangeKind);
  }

  private async poll(): Promise<void> {
    for (const { kind, revision } of await this.readRevisions()) {
      const s = this.state(kind);
      if (revision <= s.seen) continue;
      s.seen = revision;
      this.reload(kind);
    }
  }

  private async readRevisions(): Promise<Array<{ kind: ChangeKind; revision: number }>> {
    const rows = await this.knex(CLUSTER_TABLES.revisions).select('kind', 'revision');
    return (rows as Array<{ kind: string; revision: string | number }>)
      .filter((r) => this.kinds.has(r.kind as ChangeKind))
      .map((r) => ({ kind: r.kind as ChangeKind, revision: Number(r.revision) }));
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.poller = setTimeout(() => {
      this.poll()
        .catch((error) => this.strapi.log.warn(`[cluster] reading change revisions failed: ${message(error)}`))
        .finally(() => this.schedulePoll());
    }, this.opts.pollMs);
  }

  /** Runs the kind's reloads; a change arriving meanwhile runs them once more afterwards. */
  private reload(kind: ChangeKind): void {
    const s = this.state(kind);
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = (async () => {
      do {
        s.again = false;
        for (const reload of s.reloads) await reload();
      } while (s.again && !this.stopped);
    })()
      .catch((error) => {
        // The next poll reloads again.
        s.seen = -1;
        this.strapi.log.warn(`[cluster] reloading ${kind} failed, will retry: ${message(error)}`);
      })
      .finally(() => {
        s.running = null;
      });
  }

  /** A dedicated connection (LISTEN needs one session; knex's pool hands connections around). */
  private async listen(): Promise<void> {
    const settings = (this.knex.client as { connectionSettings: ClientConfig }).connectionSettings;
    const client = new Client(settings);
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.strapi.log.warn(`[cluster] change listener lost${error ? `: ${error.message}` : ''}; reconnecting`);
      this.reconnect = setTimeout(() => void this.relisten(), RECONNECT_MS);
    };
    client.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL && n.payload) this.received(n.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
  }

  /** Listens again, then polls once for what was announced while disconnected. */
  private async relisten(): Promise<void> {
    this.reconnect = null;
    try {
      await this.listen();
      await this.poll();
    } catch (error) {
      this.listener?.emit('error', error as Error);
    }
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
