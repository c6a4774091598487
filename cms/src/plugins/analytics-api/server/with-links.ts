import type { LinkedResolution, UnansweredGroup } from '@botkb/contract';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import { titleOf } from '../../../analytics/content-catalog';

type Linked<T extends UnansweredGroup> = Omit<T, 'resolution'> & { resolution: LinkedResolution | null };

/**
 * Adds the linked content's title and admin-panel URL to each group's resolution: of its published version, else
 * of its unpublished draft (an answer made from the group: `draft`, so nobody takes it for one the bot gives).
 */
export async function withLinks<T extends UnansweredGroup>(
  analytics: AnalyticsService,
  rows: T[],
): Promise<Array<Linked<T>>> {
  const { entries } = await analytics.catalog.read();
  return Promise.all(
    rows.map(async (r): Promise<Linked<T>> => {
      if (!r.resolution) return { ...r, resolution: null };
      const locale = r.locales[0] ?? 'fi';
      const { kind, slug } = r.resolution;
      const e = entries.get(`${kind}:${slug}`);
      if (e)
        return {
          ...r,
          resolution: {
            ...r.resolution,
            title: titleOf(e, slug, locale),
            adminUrl: analytics.adminUrl(e.kind, e.documentId, locale),
            draft: false,
          },
        };
      const draft = await analytics.draftOf(kind, slug, locale);
      return {
        ...r,
        resolution: {
          ...r.resolution,
          title: draft?.title ?? titleOf(undefined, slug, locale),
          adminUrl: draft && analytics.adminUrl(kind, draft.documentId, locale),
          draft: draft !== null,
        },
      };
    }),
  );
}
