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

/** One thing a change changed (for `search`/`drafts`: a sync job's target, entry and locale). */
export interface ChangeDetail {
  readonly target: string;
  readonly documentId: string | null;
  readonly locale: string | null;
}

/**
 * Brings an instance's state of a kind up to date: `changes` lists what the revisions since its last run
 * changed, in order, or is null when that is not known (a revision announced without details, a log pruned
 * past, a change on SQLite): then everything is reloaded.
 */
export type Reload = (changes: readonly ChangeDetail[] | null) => void | Promise<void>;
interface KindState {
  reloads: Reload[];
  /** The newest revision known. */
  seen: number;
  /** The revision the state was last brought to. */
  applied: number;
  running: Promise<void> | null;
  again: boolean;
  /** A reload of everything is due (a change made in this process). */
  full: boolean;
  /** Revisions this instance announced while an earlier one was still being applied: in its state already. */
  own: Set<number>;
}

const RECONNECT_MS = 1_000;
/** How often caughtUp looks whether the reload it waits for is done. */
const CATCH_UP_POLL_MS = 10;
/** Revisions of a kind whose details the log keeps; an instance further behind reloads everything. */
export const CHANGE_LOG_REVISIONS = 1_000;

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
    CHANGE_KINDS.map((k) => [
      k,
      { reloads: [], seen: 0, applied: 0, running: null, again: false, full: false, own: new Set<number>() },
    ]),
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
   * `here: false` when this instance has already brought its own state up to date;
   * `details`: what changed, so the other instances update just that (else they reload everything).
   */
  async changed(kind: ChangeKind, opts: { here?: boolean; details?: readonly ChangeDetail[] } = {}): Promise<void> {
    const { here = true, details = [] } = opts;
    if (!this.shared && !this.strapi.db.inTransaction()) {
      if (here) this.reloadAll(kind);
      return;
    }
    await this.strapi.db.transaction(async ({ trx, onCommit }) => {
      if (this.shared) {
        const revision = await this.announce(trx as Knex.Transaction, kind, details);
        // Up to date already: known as applied at commit, before this instance's own notification comes back.
        if (!here) onCommit(() => this.ownRevision(kind, revision));
      }
      if (here) onCommit(() => this.reloadAll(kind));
    });
  }

  /**
   * Waits until this instance's state of `kind` has applied the revision the database holds now (read now, and
   * reloaded at once if no notification brought it yet), at most `timeoutMs`; whether it got there. On SQLite
   * (one instance) at once.
   */
  async caughtUp(kind: ChangeKind, timeoutMs: number): Promise<boolean> {
    if (!this.shared) return true;
    const row = await this.knex(CLUSTER_TABLES.revisions).where({ kind }).first('revision');
    const current = Number(row?.revision ?? 0);
    const s = this.state(kind);
    if (current > s.seen) {
      s.seen = current;
      this.reload(kind);
    }
    const deadline = Date.now() + timeoutMs;
    while (s.applied < current) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
    }
    return true;
  }

  /** Starts listening and polling (PostgreSQL); the revisions now current are what this instance has loaded. */
  async start(): Promise<void> {
    this.stopped = false;
    if (!this.shared) return;
    for (const { kind, revision } of await this.readRevisions()) {
      const s = this.state(kind);
      s.seen = s.applied = revision;
    }
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

  /**
   * Bumps the revision, logs its details and queues the NOTIFY, all in `trx`. The revision row stays locked
   * until commit, so revisions of a kind commit in order and an instance reading the log up to a revision it
   * was told of finds every earlier one complete.
   */
  private async announce(trx: Knex.Transaction, kind: ChangeKind, details: readonly ChangeDetail[]): Promise<number> {
    const table = CLUSTER_TABLES.revisions;
    const [row] = await trx(table)
      .insert({ kind, revision: 1 })
      .onConflict('kind')
      .merge({ revision: trx.raw('?? + 1', [`${table}.revision`]) })
      .returning('revision');
    const revision = Number((row as { revision: string | number }).revision);
    const log = CLUSTER_TABLES.changeLog;
    await trx(log)
      .where({ kind })
      .andWhere('revision', '<=', revision - CHANGE_LOG_REVISIONS)
      .delete();
    const rows = details.map((d, position) => ({
      kind,
      revision,
      position,
      target: d.target,
      document_id: d.documentId,
      locale: d.locale,
    }));
    for (let i = 0; i < rows.length; i += LOG_INSERT_BATCH) await trx(log).insert(rows.slice(i, i + LOG_INSERT_BATCH));
    await trx.raw('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, `${kind} ${revision} ${this.instanceId}`]);
    return revision;
  }

  /** A revision this instance announced: its state had it already (or reloads it at commit). */
  private ownRevision(kind: ChangeKind, revision: number): void {
    const s = this.state(kind);
    // A revision skipped meanwhile is left for the poll to find.
    if (revision !== s.seen + 1) return;
    if (s.applied === s.seen) s.applied = revision;
    else s.own.add(revision); // applied once the reload running now has brought the state to the one before
    s.seen = revision;
  }

  /** A notification from any instance (this one included). */
  private received(payload: string): void {
    const [kind, raw, instanceId] = payload.split(' ');
    const revision = Number(raw);
    if (!this.kinds.has(kind as ChangeKind) || !Number.isSafeInteger(revision)) return;
    const s = this.state(kind as ChangeKind);
    if (instanceId === this.instanceId) return this.ownRevision(kind as ChangeKind, revision);
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

  /** The details logged for revisions `from` (excluded) to `to`, in order; null when one has none. */
  private async readChanges(kind: ChangeKind, from: number, to: number): Promise<ChangeDetail[] | null> {
    if (to <= from) return [];
    if (to - from > CHANGE_LOG_REVISIONS) return null;
    const rows = (await this.knex(CLUSTER_TABLES.changeLog)
      .select('revision', 'target', 'document_id', 'locale')
      .where({ kind })
      .andWhere('revision', '>', from)
      .andWhere('revision', '<=', to)
      .orderBy([{ column: 'revision' }, { column: 'position' }])) as LogRow[];
    const logged = new Set(rows.map((r) => Number(r.revision)));
    if (logged.size !== to - from) return null;
    return rows.map((r) => ({ target: r.target, documentId: r.document_id, locale: r.locale }));
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

  /** Reloads everything of a kind (a change made in this process). */
  private reloadAll(kind: ChangeKind): void {
    this.state(kind).full = true;
    this.reload(kind);
  }

  /**
   * Runs the kind's reloads with what changed since the revision last applied; a change arriving meanwhile
   * runs them once more afterwards.
   */
  private reload(kind: ChangeKind): void {
    const s = this.state(kind);
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = (async () => {
      do {
        s.again = false;
        const to = s.seen;
        const full = s.full;
        s.full = false;
        const changes = full || !this.shared ? null : await this.readChanges(kind, s.applied, to);
        for (const reload of s.reloads) await reload(changes);
        s.applied = Math.max(s.applied, to);
        while (s.own.delete(s.applied + 1)) s.applied += 1;
        for (const revision of s.own) if (revision <= s.applied) s.own.delete(revision);
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

type LogRow = { revision: string | number; target: string; document_id: string | null; locale: string | null };
/** Rows per INSERT (PostgreSQL takes at most 65,535 parameters a statement). */
const LOG_INSERT_BATCH = 1_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
