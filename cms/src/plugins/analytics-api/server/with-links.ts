import type { EntryKind, LinkedResolution, UnansweredGroup } from '@botkb/contract';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import { titleOf } from '../../../analytics/content-catalog';

type Linked<T extends UnansweredGroup> = Omit<T, 'resolution'> & { resolution: LinkedResolution | null };

/**
 * Adds the linked content's title and admin-panel URL to each group's resolution: of its published version, else
 * of its unpublished draft (an answer made from the group: `draft`, so nobody takes it for one the bot gives).
 * The drafts are read with one query per kind and locale, whatever the number of rows.
 */
export async function withLinks<T extends UnansweredGroup>(
  analytics: AnalyticsService,
  rows: T[],
): Promise<Array<Linked<T>>> {
  const { entries } = await analytics.catalog.read();
  const localeOf = (r: T) => r.locales[0] ?? 'fi';
  const published = (r: T) => r.resolution && entries.get(`${r.resolution.kind}:${r.resolution.slug}`);
  // The slugs to look for as drafts, by kind and locale.
  const wanted = new Map<string, { kind: EntryKind; locale: string; slugs: string[] }>();
  for (const r of rows) {
    if (!r.resolution || published(r)) continue;
    const at = `${r.resolution.kind}|${localeOf(r)}`;
    const group = wanted.get(at) ?? { kind: r.resolution.kind, locale: localeOf(r), slugs: [] };
    group.slugs.push(r.resolution.slug);
    wanted.set(at, group);
  }
  const drafts = new Map(
    await Promise.all(
      [...wanted].map(async ([at, w]) => [at, await analytics.draftsOf(w.kind, w.slugs, w.locale)] as const),
    ),
  );
  return rows.map((r): Linked<T> => {
    if (!r.resolution) return { ...r, resolution: null };
    const locale = localeOf(r);
    const { kind, slug } = r.resolution;
    const e = published(r);
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
    const draft = drafts.get(`${kind}|${locale}`)?.get(slug) ?? null;
    return {
      ...r,
      resolution: {
        ...r.resolution,
        title: draft?.title ?? titleOf(undefined, slug, locale),
        adminUrl: draft && analytics.adminUrl(kind, draft.documentId, locale),
        draft: draft !== null,
      },
    };
  });
}
