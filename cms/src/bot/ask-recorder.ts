import type { Core } from '@strapi/strapi';

export const ASK_UID = 'api::bot-ask.bot-ask';

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
  latencyMs: number;
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
          await this.strapi.db.transaction(async () => {
            await this.strapi.db.query(ASK_UID as never).createMany({ data: batch.map((b) => b.row) });
          });
          batch.forEach((b) => b.resolve());
        } catch (error) {
          batch.forEach((b) => b.reject(error));
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }
}
