import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

import { ASK_UID } from '../content-uids';
import { SqliteAppendThread } from '../db/sqlite-append-thread';
import { writeGate } from '../db/write-gate';
import { isSqlite } from '../db/database-client';

export interface AskRecord {
  /** The UUID /bot/ask returned (events reference the ask by it); null for imported history. */
  askId: string | null;
  askedAt: Date;
  locale: string;
  audience: string | null;
  channel: string | null;
  sessionId: string | null;
  /** Already redacted. */
  question: string;
  normalized: string;
  answered: boolean;
  answerSlug: string | null;
  answerKind: string | null;
  answerLocale: string | null;
  score: number | null;
  /** The best other candidate (a slug and a score, never text): content health finds competing entries with it. */
  runnerUpSlug: string | null;
  runnerUpKind: string | null;
  runnerUpScore: number | null;
  urgent: boolean;
  /** Null for imported history. */
  latencyMs: number | null;
  clientId: string | null;
  /** Asked with a bot token marked as test: counted apart, in no report by default. */
  test: boolean;
}

// Every field of AskRecord, once (the compiler checks completeness): the column order of inserts.
const RECORD_FIELDS: Record<keyof AskRecord, true> = {
  askId: true,
  askedAt: true,
  locale: true,
  audience: true,
  channel: true,
  sessionId: true,
  question: true,
  normalized: true,
  answered: true,
  answerSlug: true,
  answerKind: true,
  answerLocale: true,
  score: true,
  runnerUpSlug: true,
  runnerUpKind: true,
  runnerUpScore: true,
  urgent: true,
  latencyMs: true,
  clientId: true,
  test: true,
};
const RECORD_KEYS = Object.keys(RECORD_FIELDS) as Array<keyof AskRecord>;

/**
 * Append-only, durable record of asks with group commit: concurrent requests
 * are written together in one transaction, and each request's promise
 * resolves only after that transaction committed.
 */
export class AskRecorder {
  private pending: Array<{ row: AskRecord; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing: Promise<void> | null = null;
  /** SQLite only: commits happen off the event loop. */
  private sqlite: SqliteAppendThread | null = null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly onRecorded: () => void = () => undefined,
    private readonly maxBatch = 500,
  ) {}

  record(row: AskRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      if (!this.flushing) this.flushing = this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          await this.insert(batch.map((b) => b.row));
          batch.forEach((b) => b.resolve());
          this.onRecorded();
        } catch (error) {
          batch.forEach((b) => b.reject(error));
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  private insert(rows: AskRecord[]): Promise<void> {
    const knex: Knex = this.strapi.db.connection;
    if (isSqlite(knex)) {
      const { table, columns, values } = askRecordRows(this.strapi, rows);
      const thread = (this.sqlite ??= new SqliteAppendThread(
        (knex.client.config as { connection: { filename: string } }).connection.filename,
      ));
      return writeGate(this.strapi).run(() => thread.append(table, columns, values));
    }
    return knex.transaction((trx) => insertAskRecords(this.strapi, trx, rows));
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Waits for pending asks, then stops the SQLite append thread. */
  async close(): Promise<void> {
    await this.idle();
    await this.sqlite?.close();
    this.sqlite = null;
  }
}

/** An attribute of the ask record: a field of AskRecord or one Strapi keeps. */
export type AskAttribute = keyof AskRecord | 'documentId' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'rolledUp';

/** The ask record's table and a column name per attribute, from Strapi's model metadata. */
export interface AskTable {
  table: string;
  col: (attribute: AskAttribute) => string;
}

export function askTable(strapi: Core.Strapi): AskTable {
  const meta = strapi.db.metadata.get(ASK_UID);
  return {
    table: meta.tableName,
    col: (attribute) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute,
  };
}

const INSERT_KEYS: AskAttribute[] = ['documentId', 'createdAt', 'updatedAt', 'publishedAt', 'rolledUp', ...RECORD_KEYS];

/** The ask record's table, its column names (from Strapi's model metadata) and one row of values per ask. */
export function askRecordRows(
  strapi: Core.Strapi,
  rows: AskRecord[],
): { table: string; columns: string[]; values: unknown[][] } {
  const { table, col } = askTable(strapi);
  const now = new Date();
  const values = rows.map((row) => [
    randomBytes(12).toString('hex'),
    now,
    now,
    now,
    false,
    ...RECORD_KEYS.map((k) => row[k]),
  ]);
  return { table, columns: INSERT_KEYS.map(col), values };
}

/**
 * Appends asks to the ask record inside the caller's transaction with
 * multi-row INSERTs (the query engine's createMany costs more than the write
 * itself on this hot path). The analytics roll them up after the commit (see
 * analytics/ask-rollups.ts).
 */
export async function insertAskRecords(strapi: Core.Strapi, trx: Knex.Transaction, rows: AskRecord[]): Promise<void> {
  const { table, columns, values } = askRecordRows(strapi, rows);
  const records = values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]])));
  for (let i = 0; i < records.length; i += 50) await trx(table).insert(records.slice(i, i + 50));
}
