import type { Knex } from 'knex';
import { rollupTotals, sumRollups } from '../sum-rollups';
import { namingLocale, rate, type ReportFilter } from '../report-query';
import { titleIn, type CatalogEntry } from '../content-catalog';

/** Per answer: times shown and helpful / unhelpful feedback. */
export async function answerPerformance(knex: Knex, filter: ReportFilter, entries: Map<string, CatalogEntry>) {
  const sums = await sumRollups(knex, filter, ['answer_shown', 'content_feedback'], ['subject', 'metric', 'detail']);
  const slugs = new Set<string>([...entries.values()].filter((e) => e.kind === 'answer').map((e) => e.slug));
  for (const s of sums) if (s.metric === 'answer_shown') slugs.add(s.subject);
  const count = rollupTotals(sums, ['subject', 'metric', 'detail']);
  return [...slugs].map((slug) => {
    const entry = entries.get(`answer:${slug}`);
    const helpful = count(`answer:${slug}`, 'content_feedback', 'helpful');
    const unhelpful = count(`answer:${slug}`, 'content_feedback', 'unhelpful');
    return {
      id: slug,
      slug,
      ...titleIn(entry, slug, namingLocale(filter)),
      audience: entry?.audience ?? null,
      shown: count(slug, 'answer_shown'),
      helpful,
      unhelpful,
      helpfulRate: rate(helpful, helpful + unhelpful),
    };
  });
}
