import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { SEARCH_LOCALES } from '@botkb/search';
import { PATH_UID } from '../../content-uids';
import type { OptionTarget } from '../../guidance/validate-path-steps';
import { rollupTotals, sumRollups, type RollupRow } from '../sum-rollups';
import { rate, type ReportFilter } from '../report-query';
import { parseOptionDetail } from '../stored-option';
import { optionIndexOf } from '../../guidance/option-index-of';
import type { BranchRow, BranchTarget, StepFigures } from '@botkb/contract';

export type { BranchRow, BranchTarget, StepFigures };

type Texts = Record<string, string>;

/** One option of a published path: what bots may send for it (key or label) and where it leads. */
export interface PublishedOption {
  key: string | null;
  labels: Texts;
  target: OptionTarget;
  /** Step key, answer or partner slug, or handoff channel; null for "end". */
  to: string | null;
  /** The answer's or partner's title per locale (else empty). */
  toTitles: Texts;
}

export interface PublishedStep {
  key: string;
  prompts: Texts;
  options: PublishedOption[];
}

/** The option a sent value names (`optionIndexOf`, the one rule the designer uses too). */
function matchOption<T extends { o: PublishedOption }>(branches: T[], sent: string): T | undefined {
  const index = optionIndexOf(branches, sent, (b) => ({ key: b.o.key, labels: Object.values(b.o.labels) }));
  return index >= 0 ? branches[index] : undefined;
}

const textIn = (texts: Texts, locale: string, fallback: string) => texts[locale] || texts.fi || texts.sv || fallback;

/**
 * The branching funnel of one path from its rollup sums (`path_option` by
 * option, `path_abandoned` by step): per step, how many chose each option and
 * where it leads, and how many left there. Every person who reached a step
 * either chose an option or left, so alternative branches are never losses:
 * shares are of the people who reached that step. Pure.
 */
export function shapeBranches(steps: readonly PublishedStep[], sums: readonly RollupRow[], locale: string) {
  const left = rollupTotals(
    sums.filter((s) => s.metric === 'path_abandoned'),
    ['detail'],
  );
  const chosen = new Map<string, Map<string, number>>();
  for (const s of sums) {
    if (s.metric !== 'path_option') continue;
    const { stepKey, option } = parseOptionDetail(s.detail);
    const options = chosen.get(stepKey) ?? new Map<string, number>();
    options.set(option, (options.get(option) ?? 0) + s.count);
    chosen.set(stepKey, options);
  }
  const known = new Map(steps.map((s) => [s.key, s]));
  const stepKeys = [...steps.map((s) => s.key)];
  const countedKeys = [...chosen.keys(), ...sums.filter((s) => s.metric === 'path_abandoned').map((s) => s.detail)];
  for (const key of countedKeys) if (!stepKeys.includes(key)) stepKeys.push(key);
  const rows: BranchRow[] = [];
  const figures: StepFigures[] = [];
  stepKeys.forEach((stepKey, i) => {
    const step = known.get(stepKey);
    const stepTitle = step ? textIn(step.prompts, locale, stepKey) : stepKey;
    const sent = chosen.get(stepKey) ?? new Map<string, number>();
    const branches = (step?.options ?? []).map((o) => ({ o, sent: [] as string[], count: 0 }));
    const unmatched: Array<[string, number]> = [];
    for (const [option, count] of sent) {
      const branch = matchOption(branches, option);
      if (branch) {
        branch.sent.push(option);
        branch.count += count;
      } else unmatched.push([option, count]);
    }
    const reached = [...sent.values()].reduce((a, b) => a + b, 0) + left(stepKey);
    figures.push({ stepKey, title: stepTitle, reached, left: left(stepKey) });
    const row = (
      option: string | null,
      optionLabel: string | null,
      target: BranchTarget,
      to: string | null,
      targetTitle: string | null,
      count: number,
    ): void => {
      const id = `${stepKey}|${target === 'left' ? '' : (option ?? '')}|${rows.length}`;
      rows.push({
        id,
        order: rows.length,
        stepNumber: i + 1,
        stepKey,
        stepTitle,
        option,
        optionLabel,
        target,
        targetKey: to,
        targetTitle,
        count,
        share: rate(count, reached),
      });
    };
    for (const b of branches) {
      const sentAs = b.sent.length ? [...b.sent].sort().join(', ') : (b.o.key ?? textIn(b.o.labels, locale, ''));
      const toTitle =
        b.o.target === 'step'
          ? textIn(known.get(b.o.to ?? '')?.prompts ?? {}, locale, b.o.to ?? '')
          : textIn(b.o.toTitles, locale, b.o.to ?? '') || null;
      row(sentAs, textIn(b.o.labels, locale, sentAs), b.o.target, b.o.to, toTitle, b.count);
    }
    for (const [option, count] of unmatched.sort((a, b) => b[1] - a[1]))
      row(option, option, 'unknown', null, null, count);
    row(null, null, 'left', null, null, left(stepKey));
  });
  return { rows, steps: figures };
}

type Row = Record<string, any>;

const POPULATE = {
  steps: {
    populate: {
      options: { populate: { answer: { fields: ['slug', 'title'] }, partner: { fields: ['slug', 'name'] } } },
    },
  },
} satisfies Modules.Documents.Params.Populate.Any<typeof PATH_UID>;

/** The published structure of a path (Finnish defines it; other locales add prompts and labels by position). */
export async function loadPublishedSteps(strapi: Core.Strapi, documentId: string): Promise<PublishedStep[]> {
  const docs = strapi.documents(PATH_UID);
  const byLocale = new Map<string, Row[]>();
  for (const locale of SEARCH_LOCALES) {
    const doc = await docs.findOne({ documentId, locale, status: 'published', populate: POPULATE });
    if (doc) byLocale.set(locale, (doc.steps ?? []) as Row[]);
  }
  const source = byLocale.get('fi') ?? [...byLocale.values()][0] ?? [];
  return source.map((s) => {
    const prompts: Texts = {};
    const options: PublishedOption[] = ((s.options ?? []) as Row[]).map((o) => {
      const target = o.target as OptionTarget;
      const linked = (target === 'answer' ? o.answer : target === 'partner' ? o.partner : null) as Row | null;
      const to =
        target === 'step' ? (o.step ?? null) : target === 'handoff' ? (o.handoff ?? null) : (linked?.slug ?? null);
      return { key: typeof o.key === 'string' && o.key ? o.key : null, labels: {}, target, to, toTitles: {} };
    });
    for (const [locale, steps] of byLocale) {
      const localized = steps.find((x) => x.key === s.key);
      if (!localized) continue;
      prompts[locale] = String(localized.prompt ?? '');
      ((localized.options ?? []) as Row[]).forEach((o, j) => {
        const option = options[j];
        if (!option) return;
        option.labels[locale] = String(o.label ?? '');
        const linked = (o.answer ?? o.partner) as Row | null;
        if (linked) option.toTitles[locale] = String(linked.title ?? linked.name ?? '');
      });
    }
    return { key: String(s.key), prompts, options };
  });
}

/** The rollup sums a path's branching funnel reads, and its starts, completions and abandonments. */
export async function pathBranchSums(knex: Knex, filter: ReportFilter, slug: string) {
  const metrics = ['path_started', 'path_completed', 'path_abandoned', 'path_option'];
  const sums = (await sumRollups(knex, filter, metrics, ['subject', 'metric', 'detail'])).filter(
    (s) => s.subject === slug,
  );
  const total = rollupTotals(sums, ['metric']);
  return {
    sums,
    starts: total('path_started'),
    completions: total('path_completed'),
    abandonments: total('path_abandoned'),
  };
}
