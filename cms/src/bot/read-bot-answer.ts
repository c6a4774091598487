import type { Core } from '@strapi/strapi';
import type { PartnerLink, SearchLocale } from '@botkb/search';
import { ANSWER_UID } from '../content-uids';
import { partnerLink, statusLocales } from '../search/read-knowledge-entries';
import type { Audience } from '@botkb/contract';
import { notPublishedError } from './not-published-error';
import { urgentAnswerIds } from './urgent-answer-ids';

type Row = Record<string, any>;

/** GET /api/bot/answers/:slug: a published answer with what a bot shows besides its text. */
export interface BotAnswer {
  slug: string;
  locale: SearchLocale;
  title: string;
  body: string;
  audience: Audience;
  topic: string | null;
  partners: PartnerLink[];
  handoff: string | null;
  /** A safety trigger leads to this answer: show it at once, before anything else. */
  urgent: boolean;
  /** Locales the answer is published in. */
  translations: SearchLocale[];
}

/** The published answer of a locale; a 404 naming the locales it is published in when it has none there. */
export async function readBotAnswer(strapi: Core.Strapi, slug: string, locale: SearchLocale): Promise<BotAnswer> {
  const row: Row | null = await strapi.documents(ANSWER_UID).findFirst({
    filters: { slug },
    locale,
    status: 'published',
    populate: { topic: { fields: ['slug'] }, partners: { fields: ['slug', 'name', 'url', 'phone', 'kind'] } },
  });
  if (!row) throw await notPublishedError(strapi, ANSWER_UID, 'Answer', slug, locale);
  const documentId = row.documentId as string;
  const translations = (await statusLocales(strapi, 'answer', [documentId], 'published')).get(documentId) ?? [locale];
  return {
    slug: row.slug,
    locale,
    title: row.title,
    body: row.body ?? '',
    audience: row.audience,
    topic: row.topic?.slug ?? null,
    partners: (row.partners ?? []).map(partnerLink),
    handoff: row.handoff ?? null,
    urgent: (await urgentAnswerIds(strapi, [documentId])).has(documentId),
    translations,
  };
}
