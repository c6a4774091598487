import type { Core } from '@strapi/strapi';
import { generateUsage, estimateUsageEvents, usageContentFromDemo, type UsageOptions } from './usage';
import { hash01 } from './usage/hash01';

/** What the CMS's analytics service offers the seed (see cms/src/analytics/analytics-service.ts). */
interface AnalyticsImport {
  hasImportedHistory(): Promise<boolean>;
  importHistory(
    items: Iterable<unknown>,
    opts: { onProgress?: (p: { events: number; asks: number }) => void },
  ): Promise<{ events: number; asks: number }>;
  importPublicationDates(firstPublished: Map<string, number>): Promise<number>;
}

export interface UsageHistoryReport {
  skipped: boolean;
  events: number;
  asks: number;
  publications: number;
  seconds: number;
}

/**
 * Loads the generated usage history (24 months, deterministic) into a CMS
 * that has none yet, through the same ingestion code as live traffic, and
 * backdates first publication of the demo content so that content counts
 * grow over the period: about 60 % existed at the start, the rest was added
 * month by month.
 */
export async function loadUsageHistory(
  strapi: Core.Strapi,
  options: Omit<UsageOptions, 'end'> & { end?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<UsageHistoryReport> {
  const analytics = strapi.get('botkb-analytics') as AnalyticsImport;
  const started = Date.now();
  if (await analytics.hasImportedHistory()) return { skipped: true, events: 0, asks: 0, publications: 0, seconds: 0 };
  const end = options.end ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const opts: UsageOptions = { ...options, end };
  const content = usageContentFromDemo();
  const total = estimateUsageEvents(opts);
  const months = opts.months ?? 24;
  const start = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months + 1, 1);
  const firstPublished = new Map<string, number>();
  for (const [kind, list] of [
    ['answer', content.answers],
    ['path', content.paths],
  ] as const) {
    for (const { slug } of list) {
      const r = hash01(`${kind}:${slug}`);
      firstPublished.set(
        `${kind}:${slug}`,
        r < 0.6 ? start : Math.round(start + ((r - 0.6) / 0.4) * (end.getTime() - start)),
      );
    }
  }
  const publications = await analytics.importPublicationDates(firstPublished);
  const { events, asks } = await analytics.importHistory(generateUsage(content, opts), {
    onProgress: (p) => options.onProgress?.(p.events, total),
  });
  return { skipped: false, events, asks, publications, seconds: (Date.now() - started) / 1000 };
}
