import type { EntryKind } from '@botkb/search';
import type { ContentHealthRow as HealthRow, HealthLink } from '@botkb/contract';
import type { CompetingPair } from './competing-pairs';
import { HEALTH_KINDS, HEALTH_RULES, HEALTH_SEVERITY, type HealthKind, type HealthRules } from './content-health-rules';

/** A published entry as content health reads it (dates as ISO strings). */
export interface HealthEntry {
  kind: EntryKind;
  slug: string;
  documentId: string;
  title: string;
  owner: string | null;
  /** YYYY-MM-DD */
  reviewDue: string | null;
  /** When the Finnish text last changed (text-changes.ts; its last publish when that was never recorded). */
  fiTextChangedAt: string;
  /** The Swedish version: when it was last edited and whether it is published; null when there is none. */
  sv: { updatedAt: string; published: boolean } | null;
}

/** An answer's use in the period. */
export interface AnswerUsage {
  shown: number;
  answeredAsks: number;
  helpful: number;
  unhelpful: number;
}

export type { HealthLink, ContentHealthRow as HealthRow } from '@botkb/contract';

export interface HealthInput {
  entries: HealthEntry[];
  /** Per answer slug; an answer missing here was never shown. */
  usage: Map<string, AnswerUsage>;
  pairs: CompetingPair[];
  /** YYYY-MM-DD, Helsinki time. */
  today: string;
  adminUrl: (kind: EntryKind, documentId: string) => string;
  rules?: HealthRules;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY);
const MAGNITUDE = 1_000_000;
/** Severity, then the kind's place in HEALTH_KINDS, then the magnitude. */
const rankOf = (kind: HealthKind, magnitude: number) =>
  (HEALTH_SEVERITY[kind] * HEALTH_KINDS.length + HEALTH_KINDS.length - HEALTH_KINDS.indexOf(kind)) * MAGNITUDE +
  Math.max(0, Math.min(MAGNITUDE - 1, magnitude));

/**
 * The content team's work list: reviews overdue or due soon, Swedish missing
 * or older than the Finnish version, answers never shown or with a low helpful
 * rate, and competing pairs; most severe first.
 */
export function contentHealthRows(input: HealthInput): HealthRow[] {
  const rules = input.rules ?? HEALTH_RULES;
  const rows: HealthRow[] = [];
  const byKey = new Map(input.entries.map((e) => [`${e.kind}:${e.slug}`, e]));
  const link = (e: HealthEntry): HealthLink => ({
    entryKind: e.kind,
    slug: e.slug,
    title: e.title,
    adminUrl: input.adminUrl(e.kind, e.documentId),
  });
  const add = (kind: HealthKind, e: HealthEntry, magnitude: number, extra: Partial<HealthRow> = {}) => {
    const severity = HEALTH_SEVERITY[kind];
    rows.push({
      ...link(e),
      id: `${kind}:${e.kind}:${e.slug}`,
      kind,
      severity,
      rank: rankOf(kind, magnitude),
      owner: e.owner,
      reviewDue: e.reviewDue,
      days: null,
      shown: null,
      feedback: null,
      helpfulRate: null,
      other: null,
      count: null,
      examples: [],
      ...extra,
    });
  };
  for (const e of input.entries) {
    if (e.reviewDue) {
      const late = daysBetween(e.reviewDue, input.today);
      if (late > 0) add('review_overdue', e, late, { days: late });
      else if (-late <= rules.reviewDueSoonDays) add('review_due', e, rules.reviewDueSoonDays + late, { days: late });
    }
    if (!e.sv?.published) add('missing_sv', e, 0);
    else if (e.sv.updatedAt < e.fiTextChangedAt) {
      const behind = daysBetween(e.sv.updatedAt, e.fiTextChangedAt);
      add('sv_outdated', e, behind, { days: behind });
    }
    if (e.kind !== 'answer') continue;
    const use = input.usage.get(e.slug) ?? { shown: 0, answeredAsks: 0, helpful: 0, unhelpful: 0 };
    const feedback = use.helpful + use.unhelpful;
    const shown = Math.max(use.shown, use.answeredAsks);
    if (shown === 0 && feedback === 0) add('never_shown', e, 0, { shown });
    else if (feedback >= rules.lowHelpfulMinFeedback && use.helpful / feedback < rules.lowHelpfulRate) {
      const helpfulRate = Math.round((use.helpful / feedback) * 10_000) / 10_000;
      add('low_helpful', e, use.unhelpful, { shown, feedback, helpfulRate });
    }
  }
  for (const p of input.pairs) {
    const [a, b] = [byKey.get(`${p.a.kind}:${p.a.slug}`), byKey.get(`${p.b.kind}:${p.b.slug}`)];
    const sideA = a ? link(a) : { entryKind: p.a.kind, slug: p.a.slug, title: p.a.slug, adminUrl: null };
    const sideB = b ? link(b) : { entryKind: p.b.kind, slug: p.b.slug, title: p.b.slug, adminUrl: null };
    const count = p.asks + p.tests;
    rows.push({
      ...sideA,
      id: `competing:${p.id}`,
      kind: 'competing',
      severity: HEALTH_SEVERITY.competing,
      rank: rankOf('competing', count),
      owner: a?.owner ?? null,
      reviewDue: a?.reviewDue ?? null,
      days: null,
      shown: null,
      feedback: null,
      helpfulRate: null,
      other: sideB,
      count,
      examples: p.examples,
    });
  }
  return rows.sort((x, y) => y.rank - x.rank || x.id.localeCompare(y.id));
}
