import type { EntryKind } from '@botkb/search';
import { TRY_FIELDS, validateAskRequest } from '../../../../bot/validate-ask-request';
import { parseKnowledgeContent } from '../../../../search/knowledge-content';
import { respondSearchUnavailable } from '../../../../respond-search-unavailable';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';

/** The workbench: what the bot would answer and why; any analytics role may try. Records nothing. */
export function workbenchController({ analytics, bot }: AnalyticsDeps) {
  return {
    try: async (ctx) => {
      const request = validateAskRequest(ctx.request.body, bot.config.maxQuestionLength, TRY_FIELDS);
      const content = parseKnowledgeContent((ctx.request.body as Record<string, unknown>).content);
      const asker = bot.asker(content);
      if (!asker) return respondSearchUnavailable(ctx);
      const result = await asker.explain(request);
      const { entries } = await analytics.catalog.read();
      const adminUrl = (kind: EntryKind, slug: string, locale: string) => {
        const e = entries.get(`${kind}:${slug}`);
        return e ? analytics.adminUrl(e.kind, e.documentId, locale) : null;
      };
      const linked = <T extends { kind: EntryKind; slug: string; locale: string }>(e: T) => ({
        ...e,
        adminUrl: adminUrl(e.kind, e.slug, e.locale),
      });
      const candidates = result.explanation.candidates.map(linked);
      const explanation = { ...result.explanation, candidates };
      ctx.body = { data: { ...result, content, answer: result.answer && linked(result.answer), explanation } };
    },
  } satisfies Record<string, AnalyticsAction>;
}
