import type { Knex } from 'knex';
import { rollupTotals, sumRollups } from '../sum-rollups';
import { namingLocale, rate, type ReportFilter } from '../report-query';
import { promptOf, titleIn, type CatalogEntry } from '../content-catalog';
import { parseOptionDetail, type OptionChoice } from '../stored-option';

/** Chosen options per path and step key, from the `path_option` rollup sums, most chosen first. */
function optionChoices(sums: ReadonlyArray<{ metric: string; subject: string; detail: string; count: number }>) {
  const byStep = new Map<string, OptionChoice[]>();
  for (const s of sums) {
    if (s.metric !== 'path_option') continue;
    const { stepKey, option } = parseOptionDetail(s.detail);
    const key = `${s.subject}\u0001${stepKey}`;
    const list = byStep.get(key) ?? [];
    list.push({ option, chosen: s.count });
    byStep.set(key, list);
  }
  for (const list of byStep.values()) list.sort((a, b) => b.chosen - a.chosen || a.option.localeCompare(b.option));
  return (slug: string, stepKey: string) => byStep.get(`${slug}\u0001${stepKey}`) ?? [];
}

/**
 * Per guidance path: starts, completions, abandonments and a per-step funnel in path order,
 * with how often each option of a step was chosen.
 */
export async function pathPerformance(knex: Knex, filter: ReportFilter, entries: Map<string, CatalogEntry>) {
  const sums = await sumRollups(
    knex,
    filter,
    ['path_started', 'path_completed', 'path_abandoned', 'path_step', 'path_option'],
    ['subject', 'metric', 'detail'],
  );
  const chosen = optionChoices(sums);
  const slugs = new Set<string>([...entries.values()].filter((e) => e.kind === 'path').map((e) => e.slug));
  for (const s of sums) slugs.add(s.subject);
  const total = rollupTotals(sums, ['subject', 'metric', 'detail']);
  // Step keys with counts per path, in the order of the sums.
  const countedSteps = new Map<string, string[]>();
  for (const s of sums) {
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
      const title = promptOf(
        entry?.steps.find((s) => s.key === stepKey),
        stepKey,
        namingLocale(filter),
      );
      const options = chosen(slug, stepKey);
      return { stepKey, title, reached, continued, dropped, dropOffRate: rate(dropped, reached), options };
    });
    return {
      id: slug,
      slug,
      ...titleIn(entry, slug, namingLocale(filter)),
      audience: entry?.audience ?? null,
      starts,
      completions,
      abandonments: total(slug, 'path_abandoned'),
      completionRate: rate(completions, starts),
      steps,
    };
  });
}
