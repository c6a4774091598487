import type { Core } from '@strapi/strapi';
import { SEARCH_LOCALES, type Analyzer, type SearchLocale } from '@botkb/search';
import { buildAnalyzer } from '../search/search-runtime';
import { insertAskRecords, type AskRecord } from '../bot/ask-recorder';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { validateEventBatch } from './validate-event-batch';
import { ingestEvents } from './ingest-events';
import { questionKey } from './question-key';
import { analyticsService } from '../services';

/** One item of a usage history: an event in the bot wire format, or an ask as the ask record keeps it. */
export type HistoryItem =
  | { kind: 'event'; event: unknown }
  | {
      kind: 'ask';
      ask: {
        askedAt: string;
        sessionId: string;
        locale: string;
        audience: string;
        channel: string;
        question: string;
        answered: boolean;
        answerSlug: string | null;
        answerKind: string | null;
        score: number | null;
      };
    };

export interface ImportProgress {
  events: number;
  asks: number;
}

/**
 * Loads a (generated or exported) usage history through the same code paths
 * as live traffic: events are validated (no age limit) and ingested in
 * batches; asks are redacted, normalized by the locale's analyzer, recorded
 * and rolled up. Events already stored are skipped, so a rerun is harmless.
 */
export async function importUsageHistory(
  strapi: Core.Strapi,
  items: Iterable<HistoryItem>,
  opts: { batchSize?: number; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportProgress> {
  const batchSize = opts.batchSize ?? 5000;
  const analyzers = {} as Record<SearchLocale, Analyzer>;
  for (const locale of SEARCH_LOCALES) analyzers[locale] = (await buildAnalyzer(strapi, locale)).analyzer;
  const knex = strapi.db.connection;
  const hashSession = (id: string) => analyticsService(strapi).hashSessionId(id);
  const progress: ImportProgress = { events: 0, asks: 0 };
  let events: unknown[] = [];
  let asks: AskRecord[] = [];
  const flush = async () => {
    if (events.length) {
      const valid = validateEventBatch(
        { events },
        { maxAgeMs: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY },
      );
      await ingestEvents(knex, valid, { clientId: 'import', hashSession });
      progress.events += events.length;
      events = [];
    }
    if (asks.length) {
      const rows = asks;
      await knex.transaction((trx) => insertAskRecords(strapi, trx, rows));
      await analyticsService(strapi).catchUp();
      progress.asks += asks.length;
      asks = [];
    }
    opts.onProgress?.(progress);
  };
  for (const item of items) {
    if (item.kind === 'event') events.push(item.event);
    else {
      const a = item.ask;
      const locale = (a.locale === 'sv' ? 'sv' : 'fi') as SearchLocale;
      const question = redactPersonalData(a.question);
      asks.push({
        askId: null,
        askedAt: new Date(a.askedAt),
        locale,
        audience: a.audience,
        channel: a.channel,
        sessionId: hashSession(a.sessionId),
        question,
        normalized: questionKey(analyzers[locale], question),
        answered: a.answered,
        answerSlug: a.answerSlug,
        answerKind: a.answerKind,
        answerLocale: a.answered ? locale : null,
        score: a.score,
        runnerUpSlug: null,
        runnerUpKind: null,
        runnerUpScore: null,
        urgent: false,
        latencyMs: null,
        clientId: 'import',
        test: false,
      });
    }
    if (events.length >= batchSize || asks.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}
