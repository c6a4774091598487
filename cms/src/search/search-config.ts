import type { Core } from '@strapi/strapi';

export interface SearchConfig {
  host: string | null;
  masterKey: string | null;
  indexPrefix: string;
  threshold: number;
  syncIntervalMs: number;
  syncBatchSize: number;
}

export function searchConfig(strapi: Core.Strapi): SearchConfig {
  return strapi.config.get('search') as SearchConfig;
}
