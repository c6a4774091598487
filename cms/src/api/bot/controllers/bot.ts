import { failValidation } from '../../../validation-failure';
import { isSearchLocale } from '@botkb/search';
import { analyticsService, botService } from '../../../services';
import { validateEventBatch } from '../../../analytics/validate-event-batch';
import { validateAskRequest } from '../../../bot/validate-ask-request';
import { readPathGraph } from '../../../bot/read-path-graph';
import { SLUG_PATTERN } from '@botkb/contract';
import { respondSearchUnavailable } from '../../../respond-search-unavailable';

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
    const result = await analyticsService(strapi).ingest(events, ctx.state.botClientId ?? null, test);
    ctx.body = { data: result };
  },

  async path(ctx: any) {
    const locale = ctx.query.locale ?? 'fi';
    if (!isSearchLocale(locale)) failValidation(['locale'], 'must be "fi" or "sv"');
    const slug = String(ctx.params.slug ?? '');
    if (!SLUG_PATTERN.test(slug) || slug.length > 200) failValidation(['slug'], 'must be a lowercase slug');
    ctx.body = await readPathGraph(strapi, slug, locale);
  },
};
