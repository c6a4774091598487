import type { Core } from '@strapi/strapi';
import type { PathGraph, ResolvedTarget } from '@botkb/contract';
import type { SearchLocale } from '@botkb/search';

import { PATH_UID } from '../content-uids';
import { partnerLink } from '../search/read-knowledge-entries';
import { notPublishedError } from './not-published-error';
import { urgentAnswerIds } from './urgent-answer-ids';
type Row = Record<string, any>;

type AnswerTarget = Extract<ResolvedTarget, { type: 'answer' }>;

function answerTarget(a: Row, urgent: Set<string>): AnswerTarget {
  return {
    type: 'answer',
    slug: a.slug,
    title: a.title,
    body: a.body ?? '',
    partners: (a.partners ?? []).map(partnerLink),
    handoff: a.handoff ?? null,
    urgent: urgent.has(a.documentId),
  };
}

function resolveTarget(o: Row, urgent: Set<string>): ResolvedTarget {
  switch (o.target) {
    case 'step':
      return { type: 'step', step: o.step };
    case 'answer':
      return o.answer ? answerTarget(o.answer, urgent) : { type: 'end' };
    case 'partner':
      return o.partner
        ? {
            type: 'partner',
            slug: o.partner.slug,
            name: o.partner.name,
            url: o.partner.url,
            phone: o.partner.phone ?? null,
          }
        : { type: 'end' };
    case 'handoff':
      return { type: 'handoff', channel: o.handoff };
    default:
      return { type: 'end' };
  }
}

/** A published guidance path with every option's target resolved; 404 (naming the locales it exists in) when missing. */
export async function readPathGraph(strapi: Core.Strapi, slug: string, locale: SearchLocale): Promise<PathGraph> {
  const row: Row | null = await strapi.documents(PATH_UID).findFirst({
    filters: { slug },
    locale,
    status: 'published',
    populate: {
      topic: { fields: ['slug'] },
      steps: {
        populate: {
          options: {
            populate: {
              answer: {
                fields: ['slug', 'title', 'body', 'handoff'],
                populate: { partners: { fields: ['slug', 'name', 'url', 'phone', 'kind'] } },
              },
              partner: { fields: ['slug', 'name', 'url', 'phone'] },
            },
          },
        },
      },
    },
  });
  if (!row) throw await notPublishedError(strapi, PATH_UID, 'Guidance path', slug, locale);
  const steps = (row.steps ?? []) as Row[];
  const options = steps.flatMap((s) => (s.options ?? []) as Row[]);
  const answerIds = options.flatMap((o) => (o.answer ? [o.answer.documentId as string] : []));
  const urgent = await urgentAnswerIds(strapi, answerIds);
  return {
    slug: row.slug,
    locale,
    name: row.name,
    description: row.description ?? null,
    audience: row.audience,
    topic: row.topic?.slug ?? null,
    firstStep: steps[0]?.key ?? null,
    steps: steps.map((s) => ({
      key: s.key,
      prompt: s.prompt,
      options: (s.options ?? []).map((o: Row) => ({ key: o.key, label: o.label, target: resolveTarget(o, urgent) })),
    })),
  };
}
