import type { Core } from '@strapi/strapi';
import type { ContentLocale } from '@botkb/contract';
import type { Knex } from 'knex';
import type { EntryKind } from '@botkb/search';
import { ANSWER_UID, PATH_UID } from '../../content-uids';
import { askTable } from '../../bot/ask-recorder';
import type { RankedAsk } from '@botkb/contract';
import { redactPersonalData } from '../../privacy/redact-personal-data';
import { rollupTotals, sumRollups } from '../sum-rollups';
import { helsinkiDay, helsinkiDayStart } from '../helsinki-day';
import { readFinnishTextChanges } from '../text-changes';
import type { ReportFilter } from '../report-query';
import { HEALTH_RULES } from '../health/content-health-rules';
import { findCompetingPairs, type RankedCandidate, type RankedQuestion } from '../health/competing-pairs';
import { contentHealthRows, type AnswerUsage, type HealthEntry, type HealthRow } from '../health/content-health-rows';

/** A question to rank besides the real asks (the question bank's test questions). */
export interface TestQuestion {
  question: string;
  locale: ContentLocale;
}

export interface ContentHealthSources {
  strapi: Core.Strapi;
  knex: Knex;
  adminUrl: (kind: EntryKind, documentId: string, locale: string) => string;
  /** The bot's ranking without recording (AskService.rank), or null while search is down. */
  rank: ((q: TestQuestion) => Promise<RankedAsk>) | null;
}

const DAY = 86_400_000;
type Row = Record<string, unknown>;
const iso = (v: unknown) => new Date(v as string).toISOString();

/** The content-health rows for a period: see health/content-health-rows.ts for the rules. */
export async function contentHealth(
  src: ContentHealthSources,
  filter: ReportFilter,
  tests: TestQuestion[] = [],
  now = Date.now(),
): Promise<HealthRow[]> {
  const entries = await readHealthEntries(src.strapi);
  const usage = await readAnswerUsage(src, filter);
  const ranked = [...(await readCompetingAsks(src, filter)), ...(await rankTests(src, tests))];
  return contentHealthRows({
    entries,
    usage,
    pairs: findCompetingPairs(ranked),
    today: helsinkiDay(now),
    adminUrl: (kind, documentId) => src.adminUrl(kind, documentId, 'fi'),
  });
}

/** Published answers and paths with when their Finnish text last changed and their Swedish version. */
async function readHealthEntries(strapi: Core.Strapi): Promise<HealthEntry[]> {
  const entries: HealthEntry[] = [];
  const textChanged = await readFinnishTextChanges(strapi.db.connection);
  for (const [kind, uid, titleField] of [
    ['answer', ANSWER_UID, 'title'],
    ['path', PATH_UID, 'name'],
  ] as const) {
    const docs = strapi.documents(uid as 'api::answer.answer');
    const find = (locale: string, status: 'draft' | 'published', fields: string[]) =>
      docs.findMany({ locale, status, fields, limit: 10_000 } as never) as Promise<Row[]>;
    const fi = await find('fi', 'published', ['slug', titleField, 'owner', 'reviewDue', 'publishedAt']);
    const svPublished = new Set((await find('sv', 'published', ['slug'])).map((r) => r.documentId));
    const svEdited = new Map(
      (await find('sv', 'draft', ['slug', 'updatedAt'])).map((r) => [r.documentId, iso(r.updatedAt)]),
    );
    for (const r of fi) {
      const documentId = String(r.documentId);
      const changedAt = textChanged.get(documentId);
      const svUpdated = svEdited.get(documentId);
      entries.push({
        kind,
        slug: String(r.slug),
        documentId,
        title: String(r[titleField]),
        owner: (r.owner as string | null) || null,
        reviewDue: (r.reviewDue as string | null) ?? null,
        fiTextChangedAt: changedAt === undefined ? iso(r.publishedAt) : new Date(changedAt).toISOString(),
        sv: svUpdated ? { updatedAt: svUpdated, published: svPublished.has(documentId) } : null,
      });
    }
  }
  return entries;
}

/** Answered asks of the period (Helsinki days) matching the report filter. */
function answeredAsks(src: ContentHealthSources, filter: ReportFilter): Knex.QueryBuilder {
  const { table, col } = askTable(src.strapi);
  const dayAfter = new Date(Date.parse(filter.to) + DAY).toISOString().slice(0, 10);
  const q = src
    .knex(table)
    .where(col('answered'), true)
    .where(col('askedAt'), '>=', new Date(helsinkiDayStart(filter.from)))
    .where(col('askedAt'), '<', new Date(helsinkiDayStart(dayAfter)));
  if (filter.locale) q.where(col('locale'), filter.locale);
  if (filter.audience) q.where(col('audience'), filter.audience);
  if (filter.channel) q.where(col('channel'), filter.channel);
  return q;
}

/** Per answer: shown (events), asks answered with it and feedback in the period. */
async function readAnswerUsage(src: ContentHealthSources, filter: ReportFilter): Promise<Map<string, AnswerUsage>> {
  const sums = await sumRollups(
    src.knex,
    filter,
    ['answer_shown', 'content_feedback'],
    ['subject', 'metric', 'detail'],
  );
  const count = rollupTotals(sums, ['subject', 'metric', 'detail']);
  const { col } = askTable(src.strapi);
  const q = answeredAsks(src, filter)
    .select({ slug: col('answerSlug') })
    .count({ n: '*' })
    .where(col('answerKind'), 'answer');
  const asked = new Map(((await q.groupBy(col('answerSlug'))) as Row[]).map((r) => [String(r.slug), Number(r.n)]));
  const slugs = new Set([...asked.keys(), ...sums.filter((s) => s.metric === 'answer_shown').map((s) => s.subject)]);
  for (const s of sums)
    if (s.metric === 'content_feedback' && s.subject.startsWith('answer:')) slugs.add(s.subject.slice(7));
  return new Map(
    [...slugs].map((slug) => [
      slug,
      {
        shown: count(slug, 'answer_shown'),
        answeredAsks: asked.get(slug) ?? 0,
        helpful: count(`answer:${slug}`, 'content_feedback', 'helpful'),
        unhelpful: count(`answer:${slug}`, 'content_feedback', 'unhelpful'),
      },
    ]),
  );
}

/** Answered asks of the period whose runner-up scored within the margin (slugs, scores and the redacted text). */
async function readCompetingAsks(src: ContentHealthSources, filter: ReportFilter): Promise<RankedQuestion[]> {
  const { col } = askTable(src.strapi);
  const q = answeredAsks(src, filter)
    .select({
      question: col('question'),
      locale: col('locale'),
      slug: col('answerSlug'),
      kind: col('answerKind'),
      score: col('score'),
      runnerUpSlug: col('runnerUpSlug'),
      runnerUpKind: col('runnerUpKind'),
      runnerUpScore: col('runnerUpScore'),
    })
    .whereNotNull(col('runnerUpSlug'))
    .whereNotNull(col('score'))
    .whereRaw('?? - ?? <= ?', [col('score'), col('runnerUpScore'), HEALTH_RULES.competingMargin + 1e-9]);
  return ((await q) as Row[]).map((r) => ({
    question: String(r.question ?? ''),
    locale: String(r.locale),
    source: 'ask' as const,
    candidates: [
      { kind: r.kind as EntryKind, slug: String(r.slug), score: Number(r.score) },
      { kind: r.runnerUpKind as EntryKind, slug: String(r.runnerUpSlug), score: Number(r.runnerUpScore) },
    ],
  }));
}

/** Test questions ranked by the bot (answer first, then its suggestions). */
async function rankTests(src: ContentHealthSources, tests: TestQuestion[]): Promise<RankedQuestion[]> {
  const ranked: RankedQuestion[] = [];
  for (const t of tests) {
    if (!src.rank) break;
    const r = await src.rank(t);
    const candidates: RankedCandidate[] = [...(r.answer ? [r.answer] : []), ...r.suggestions].map((c) => ({
      kind: c.kind,
      slug: c.slug,
      score: c.score,
    }));
    ranked.push({ question: redactPersonalData(t.question), locale: t.locale, source: 'test', candidates });
  }
  return ranked;
}
