import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

import { ASK_UID } from '../content-uids';
import { analyticsService } from '../services';

export interface AskRecord {
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
  urgent: boolean;
  /** Null for imported history. */
  latencyMs: number | null;
  clientId: string | null;
}

/**
 * Append-only, durable record of asks with group commit: concurrent requests
 * are written together in one transaction, and each request's promise
 * resolves only after that transaction committed.
 */
export class AskRecorder {
  private pending: Array<{ row: AskRecord; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly strapi: Core.Strapi, private readonly maxBatch = 500) {}

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
          analyticsService(this.strapi).askRollups.schedule();
        } catch (error) {
          batch.forEach((b) => b.reject(error));
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  private insert(rows: AskRecord[]): Promise<void> {
    return this.strapi.db.connection.transaction((trx) => insertAskRecords(this.strapi, trx as unknown as Knex.Transaction, rows));
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }
}

/**
 * Appends asks to the ask record inside the caller's transaction, with one
 * multi-row INSERT (the query engine's createMany costs more than the write
 * itself on this hot path; column names come from Strapi's model metadata).
 * The analytics roll them up after the commit (see analytics/ask-rollups.ts).
 */
export async function insertAskRecords(strapi: Core.Strapi, trx: Knex.Transaction, rows: AskRecord[]): Promise<void> {
  const meta = strapi.db.metadata.get(ASK_UID);
  const column = (key: string) => (meta.attributes[key] as { columnName?: string }).columnName ?? key;
  const now = new Date();
  const records = rows.map((row) => {
    const out: Record<string, unknown> = {
      [column('documentId')]: randomBytes(12).toString('hex'),
      [column('createdAt')]: now, [column('updatedAt')]: now, [column('publishedAt')]: now, [column('rolledUp')]: false,
    };
    for (const [key, value] of Object.entries(row)) out[column(key)] = value;
    return out;
  });
  for (let i = 0; i < records.length; i += 50) await trx(meta.tableName).insert(records.slice(i, i + 50));
}
