import type { UnansweredGroup } from '@botkb/contract';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import { titleOf } from '../../../analytics/content-catalog';

/** Adds the linked content's title and admin-panel URL to each group's resolution. */
export async function withLinks<T extends UnansweredGroup>(analytics: AnalyticsService, rows: T[]): Promise<T[]> {
  const { entries } = await analytics.catalog.read();
  return rows.map((r) => {
    if (!r.resolution) return r;
    const locale = r.locales[0] ?? 'fi';
    const e = entries.get(`${r.resolution.kind}:${r.resolution.slug}`);
    return {
      ...r,
      resolution: {
        ...r.resolution,
        title: titleOf(e, r.resolution.slug, locale),
        adminUrl: e ? analytics.adminUrl(e.kind, e.documentId, locale) : null,
      },
    };
  });
}
