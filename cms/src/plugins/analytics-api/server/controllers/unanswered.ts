import { errors } from '@strapi/utils';
import {
  answerFromGroupSchema,
  unansweredBulkSchema,
  unansweredDetailQuerySchema,
  unansweredMergeSchema,
  unansweredMoveSchema,
  unansweredQuerySchema,
  unansweredUpdateSchema,
  type GroupStatus,
  type EntryKind,
} from '@botkb/contract';
import type { SearchLocale, Vocabulary } from '@botkb/search';
import { pageRows, parseReportQuery } from '../../../../analytics/report-query';
import { unansweredGroups, withGroupDetails } from '../../../../analytics/reports/unanswered';
import { TABLES } from '../../../../analytics/analytics-tables';
import { rowIdParam } from '../../../../http/row-id-param';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';
import { bodyOf } from '../body-of';
import { respondReport } from '../respond-report';
import { withLinks } from '../with-links';
import { similarGroupsOf } from '../../../../analytics/similar-groups-of';
import { groupingSynonyms } from '../../../../analytics/grouping-synonyms';
import { botCandidates } from '../../../../analytics/bot-candidates';
import { titleOf } from '../../../../analytics/content-catalog';

const UNANSWERED_COLUMNS = [
  'id',
  'label',
  'examplesExpired',
  'status',
  'count',
  'totalCount',
  'firstSeen',
  'lastSeen',
  'locales',
  'examples',
  'resolution',
];

const groupId = (ctx: any): number => rowIdParam(ctx, 'group');

/** Unanswered-question groups: the list (logged), one group, and the content experts' triage. */
export function unansweredController({ analytics, bank, bot, search }: AnalyticsDeps) {
  const knex = () => analytics.knex;
  // The vocabulary's synonyms as grouping terms, once per vocabulary the runtime read.
  const synonymMemo = new WeakMap<Vocabulary, ReturnType<typeof groupingSynonyms>>();
  const synonyms = (locale: SearchLocale) => {
    const vocabulary = search.runtime?.vocabularies[locale];
    if (!vocabulary) return [];
    if (!synonymMemo.has(vocabulary)) synonymMemo.set(vocabulary, groupingSynonyms(locale, vocabulary.synonyms));
    return synonymMemo.get(vocabulary)!;
  };
  const candidates = (locale: SearchLocale) => {
    const asker = bot.asker();
    return asker && botCandidates(asker, locale);
  };
  const linked = async (id: number) => (await withLinks(analytics, [await analytics.group(id)]))[0];
  return {
    list: async (ctx) => {
      const sortable = ['count', 'totalCount', 'lastSeen', 'firstSeen', 'label', 'status'];
      const q = parseReportQuery(ctx.query, unansweredQuerySchema, sortable);
      const statuses = q.params.status?.split(',').filter(Boolean) as GroupStatus[] | undefined;
      const text = q.params.q?.trim();
      const rows = await unansweredGroups(knex(), q, { statuses, q: text || undefined });
      const page = pageRows(rows, q, 'count', 'DESC');
      const details = { examples: 3, retentionDays: analytics.config.retentionDays };
      const data = await withLinks(analytics, await withGroupDetails(knex(), page.data, details));
      await analytics.logAccess(
        ctx.state.user.email,
        q.csv ? 'export_unanswered' : 'list_unanswered',
        `${q.from}..${q.to}`,
      );
      respondReport(ctx, 'unanswered', q, { data, total: page.total }, {}, UNANSWERED_COLUMNS);
    },
    get: async (ctx) => {
      const id = groupId(ctx);
      const { from, to } = parseReportQuery(ctx.query, unansweredDetailQuerySchema);
      const group = (await withLinks(analytics, [await analytics.group(id, { from, to })]))[0];
      await analytics.logAccess(ctx.state.user.email, 'view_unanswered_group', group.id);
      ctx.body = { data: group };
    },
    // Open groups of the same language that may be the same question, best first (merge suggestions).
    similar: async (ctx) => {
      const id = groupId(ctx);
      const { locale, rows } = await similarGroupsOf(knex(), id, { synonyms, candidates });
      const { entries } = await analytics.catalog.read();
      const titled = (ref: string | null) => {
        if (!ref) return null;
        const [kind, slug] = ref.split(':') as [EntryKind, string];
        return { kind, slug, title: titleOf(entries.get(ref), slug, locale) };
      };
      // The suggestions show other groups' question texts: the view is logged like a group's, with whose texts.
      const shown = rows.map((s) => s.id).join(',');
      await analytics.logAccess(ctx.state.user.email, 'view_similar_groups', shown ? `${id} → ${shown}` : String(id));
      ctx.body = { data: rows.map((s) => ({ ...s, sameCandidate: titled(s.sameCandidate) })) };
    },
    update: async (ctx) => {
      const id = groupId(ctx);
      const body = bodyOf(ctx, unansweredUpdateSchema);
      const by = ctx.state.user.email as string;
      if (body.status === 'resolved') {
        const { target, phrasing } = body;
        await analytics.resolveGroup(id, target, phrasing?.trim() ? phrasing : null, by);
        // The group's examples become bank questions expecting the entry, so a later change that loses them shows.
        const group = await knex()(TABLES.groups).where({ id }).first('id', 'locale');
        await bank.addResolvedGroup(group, target.slug, by);
      } else {
        await analytics.assertGroupListed(id);
        await analytics.setGroupStatus([id], body.status, by);
      }
      ctx.body = { data: await linked(id) };
    },
    bulk: async (ctx) => {
      const body = bodyOf(ctx, unansweredBulkSchema);
      const by = ctx.state.user.email as string;
      if (body.status !== 'resolved') {
        ctx.body = { data: { updated: await analytics.setGroupStatus(body.ids, body.status, by) } };
        return;
      }
      const updated = await analytics.resolveGroups(body.ids, body.target, by);
      // As a single resolve: each group's examples become bank questions expecting the entry.
      const groups = await knex()(TABLES.groups)
        .whereIn('id', body.ids)
        .where({ status: 'resolved', resolution_slug: body.target.slug })
        .select('id', 'locale');
      for (const group of groups) await bank.addResolvedGroup(group, body.target.slug, by);
      ctx.body = { data: { updated } };
    },
    // Merges groups the grouping kept apart into `into`; their later asks join it.
    merge: async (ctx) => {
      const { into, ids } = bodyOf(ctx, unansweredMergeSchema);
      await analytics.mergeGroups(into, ids, ctx.state.user.email);
      ctx.body = { data: await linked(into) };
    },
    // Moves examples out of a wrong group into another group (`into`) or a new one.
    move: async (ctx) => {
      const id = groupId(ctx);
      const { texts, into } = bodyOf(ctx, unansweredMoveSchema);
      const target = await analytics.moveExamples(id, texts, into ?? null, ctx.state.user.email);
      // A group whose every ask moved out is no longer listed: `from` is then null.
      const from = await analytics
        .group(id)
        .catch((e) => (e instanceof errors.NotFoundError ? null : Promise.reject(e)));
      const moved = await linked(target);
      ctx.body = { data: { from: from && (await withLinks(analytics, [from]))[0], into: moved } };
    },
    // A draft answer made from the group (its label as title, examples as phrasings); resolves the group.
    createAnswer: async (ctx) => {
      const id = groupId(ctx);
      bodyOf(ctx, answerFromGroupSchema);
      await analytics.assertGroupListed(id);
      const answer = await analytics.createAnswerFromGroup(id, ctx.state.user.email);
      ctx.body = { data: { group: await linked(id), answer } };
    },
  } satisfies Record<string, AnalyticsAction>;
}
