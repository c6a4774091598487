import { failValidation } from '../../../validation-failure';
import { isSearchLocale, type SearchLocale } from '@botkb/search';
import { analyticsService, botService } from '../../../services';
import { validateEventBatch } from '../../../analytics/validate-event-batch';
import { validateAskRequest } from '../../../bot/validate-ask-request';
import { readPathGraph } from '../../../bot/read-path-graph';
import { readBotAnswer } from '../../../bot/read-bot-answer';
import { SLUG_PATTERN } from '@botkb/contract';
import { respondSearchUnavailable } from '../../../respond-search-unavailable';

/** The `:slug` and `?locale=` (default fi) of a bot read; a 400 naming the field. */
function slugAndLocale(ctx: any): { slug: string; locale: SearchLocale } {
  const locale = ctx.query.locale ?? 'fi';
  if (!isSearchLocale(locale)) failValidation(['locale'], 'must be "fi" or "sv"');
  const slug = String(ctx.params.slug ?? '');
  if (!SLUG_PATTERN.test(slug) || slug.length > 200) failValidation(['slug'], 'must be a lowercase slug');
  return { slug, locale };
}

export default {
  async ask(ctx: any) {
    const bot = botService(strapi);
    const request = validateAskRequest(ctx.request.body, bot.config.maxQuestionLength);
    const asker = bot.asker();
    if (!asker) return respondSearchUnavailable(ctx);
    ctx.body = await asker.ask(request, ctx.state.botClientId ?? null, ctx.state.botTest === true);
  },

  /** Accepted (200) only after the batch is committed; replayed ids are counted as duplicates and change nothing. */
  async events(ctx: any) {
    const events = validateEventBatch(ctx.request.body);
    const test = ctx.state.botTest === true;
    const sent = ctx.request.body.events as Array<{ id?: unknown }>;
    const indexOf = (e: { id: string }) => sent.findIndex((raw) => raw?.id === e.id);
    const result = await analyticsService(strapi).ingest(events, ctx.state.botClientId ?? null, test, indexOf);
    ctx.body = { data: result };
  },

  async path(ctx: any) {
    const { slug, locale } = slugAndLocale(ctx);
    ctx.body = await readPathGraph(strapi, slug, locale);
  },

  /** A published answer as a bot shows it (body, partners, handoff), e.g. a path's answer option or a suggestion. */
  async answer(ctx: any) {
    const { slug, locale } = slugAndLocale(ctx);
    ctx.body = await readBotAnswer(strapi, slug, locale);
  },
};
