import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { askTable } from '../bot/ask-recorder';
import { isPostgres } from '../db/database-client';
import { writeInTurn } from '../db/write-gate';
import type { RecordedAsk } from './analytics-service';

const BATCH = 100;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Rolls recorded asks up into the analytics (question counts, unanswered
 * groups) after they are committed, off the bot's request path. Each ask row
 * carries a `rolledUp` marker that flips in the same transaction as its
 * counts, so nothing is counted twice or lost across crashes; on PostgreSQL
 * several servers share the work (`FOR UPDATE SKIP LOCKED`).
 */
export class AskRollups {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly rollUp: (trx: Knex.Transaction, asks: RecordedAsk[]) => Promise<void>,
  ) {}

  /**
   * Catches up in the background within `delayMs`; asks recorded meanwhile
   * join the same batch, so busy bots pay for one rollup per second, not per ask.
   */
  schedule(delayMs = 1000): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.catchUp().catch((error) => {
        this.strapi.log.warn(`[analytics] ask rollup failed, retrying: ${(error as Error).message}`);
        this.schedule(5000);
      });
    }, delayMs);
    this.timer.unref();
  }

  /** Resolves once every ask committed before the call is rolled up. */
  async catchUp(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.running) {
      this.again = true;
      await this.running;
      if (this.running) await this.running;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          // Small batches with a yield between them: the bot's requests (and their inserts) never wait long behind a rollup.
          while ((await this.batch()) === BATCH) await new Promise((r) => setImmediate(r));
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    await this.running;
  }

  private batch(): Promise<number> {
    const knex = this.strapi.db.connection;
    // On SQLite, in turn with the ask record's own connection (see write-gate.ts).
    return writeInTurn(this.strapi, knex, () => this.batchTransaction(knex));
  }

  private batchTransaction(knex: Knex): Promise<number> {
    const { table, col } = askTable(this.strapi);
    return knex.transaction(async (trx) => {
      const q = trx(table)
        .select('id', col('askedAt'), col('locale'), col('audience'), col('channel'), col('sessionId'))
        .select(col('question'), col('normalized'), col('answered'), col('urgent'), col('test'))
        .select(col('askId'), col('answerSlug'), col('answerKind'), col('clientId'))
        .where(col('rolledUp'), false)
        .orderBy('id')
        .limit(BATCH);
      if (isPostgres(knex)) q.forUpdate().skipLocked();
      const rows = (await q) as Array<Record<string, unknown>>;
      if (rows.length === 0) return 0;
      await this.rollUp(
        trx,
        rows.map((r) => ({
          rowId: Number(r.id),
          askedAt: new Date(r[col('askedAt')] as string | number),
          locale: String(r[col('locale')]),
          audience: (r[col('audience')] as string | null) ?? null,
          channel: (r[col('channel')] as string | null) ?? null,
          sessionId: (r[col('sessionId')] as string | null) ?? null,
          question: String(r[col('question')] ?? ''),
          normalized: String(r[col('normalized')] ?? ''),
          answered: Boolean(r[col('answered')]),
          urgent: Boolean(r[col('urgent')]),
          test: Boolean(r[col('test')]),
          askId: text(r[col('askId')]),
          answerSlug: text(r[col('answerSlug')]),
          answerKind: text(r[col('answerKind')]),
          clientId: text(r[col('clientId')]),
        })),
      );
      const ids = rows.map((r) => r.id as number);
      for (let i = 0; i < ids.length; i += 500)
        await trx(table)
          .whereIn('id', ids.slice(i, i + 500))
          .update({ [col('rolledUp')]: true });
      return rows.length;
    });
  }
}
