import type { Knex } from 'knex';
import { rollupTotals, sumRollups } from '../sum-rollups';
import { rate, type ReportFilter } from '../report-query';
import { titleOf, type CatalogEntry } from '../content-catalog';
import { parsePathOptionDetail } from '../path-option-detail';
import { pathOptionCounts } from './path-option-counts';

/** Per guidance path: starts, completions, abandonments and a per-step funnel in path order. */
export async function pathPerformance(knex: Knex, filter: ReportFilter, entries: Map<string, CatalogEntry>) {
  const metrics = ['path_started', 'path_completed', 'path_abandoned', 'path_step', 'path_option'];
  const sums = await sumRollups(knex, filter, metrics, ['subject', 'metric', 'detail']);
  const slugs = new Set<string>([...entries.values()].filter((e) => e.kind === 'path').map((e) => e.slug));
  for (const s of sums) slugs.add(s.subject);
  const total = rollupTotals(sums, ['subject', 'metric', 'detail']);
  // Step keys with counts per path, in the order of the sums.
  const countedSteps = new Map<string, string[]>();
  // Options as sent, per "path|step".
  const sentOptions = new Map<string, Map<string, number>>();
  for (const s of sums) {
    if (s.metric === 'path_option') {
      const { stepKey, option } = parsePathOptionDetail(s.detail);
      const sent = sentOptions.get(`${s.subject}|${stepKey}`) ?? new Map<string, number>();
      sent.set(option, (sent.get(option) ?? 0) + Number(s.count));
      sentOptions.set(`${s.subject}|${stepKey}`, sent);
      continue;
    }
    if (s.metric !== 'path_step' && s.metric !== 'path_abandoned') continue;
    const list = countedSteps.get(s.subject) ?? [];
    list.push(s.detail);
    countedSteps.set(s.subject, list);
  }
  return [...slugs].map((slug) => {
    const entry = entries.get(`path:${slug}`);
    const starts = total(slug, 'path_started');
    const completions = total(slug, 'path_completed');
    const keys = (entry?.steps ?? []).map((s) => s.key);
    for (const stepKey of countedSteps.get(slug) ?? []) if (!keys.includes(stepKey)) keys.push(stepKey);
    const steps = keys.map((stepKey) => {
      const continued = total(slug, 'path_step', stepKey);
      const dropped = total(slug, 'path_abandoned', stepKey);
      const reached = continued + dropped;
      const step = entry?.steps.find((s) => s.key === stepKey);
      const sent = sentOptions.get(`${slug}|${stepKey}`) ?? new Map<string, number>();
      const options = pathOptionCounts(step?.options ?? [], sent, filter.locale);
      const title = step?.prompt ?? stepKey;
      return { stepKey, title, reached, continued, dropped, dropOffRate: rate(dropped, reached), options };
    });
    return {
      id: slug, slug, title: titleOf(entry, slug, filter.locale), audience: entry?.audience ?? null,
      starts, completions, abandonments: total(slug, 'path_abandoned'), completionRate: rate(completions, starts), steps,
    };
  });
}
