import type { Core } from '@strapi/strapi';
import type { SearchLocale } from '@botkb/search';

export interface SearchConfig {
  host: string | null;
  masterKey: string | null;
  indexPrefix: string;
  /** Minimum relevance for an answer, per locale of the question. */
  threshold: Record<SearchLocale, number>;
  syncIntervalMs: number;
  syncBatchSize: number;
  /** Failures (Meilisearch reachable) after which a job is parked. */
  syncMaxAttempts: number;
}

export function searchConfig(strapi: Core.Strapi): SearchConfig {
  return strapi.config.get('search') as SearchConfig;
}
