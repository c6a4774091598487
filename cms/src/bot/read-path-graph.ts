import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PathGraph, ResolvedTarget } from '@botkb/contract';
import type { SearchLocale } from '@botkb/search';

import { PATH_UID } from '../content-uids';

type Row = Record<string, any>;

function resolveTarget(o: Row): ResolvedTarget {
  switch (o.target) {
    case 'step': return { type: 'step', step: o.step };
    case 'answer': return o.answer ? { type: 'answer', slug: o.answer.slug, title: o.answer.title } : { type: 'end' };
    case 'partner': return o.partner ? { type: 'partner', slug: o.partner.slug, name: o.partner.name, url: o.partner.url, phone: o.partner.phone ?? null } : { type: 'end' };
    case 'handoff': return { type: 'handoff', channel: o.handoff };
    default: return { type: 'end' };
  }
}

/** A published guidance path with every option's target resolved; 404 (naming the locales it exists in) when missing. */
export async function readPathGraph(strapi: Core.Strapi, slug: string, locale: SearchLocale): Promise<PathGraph> {
  const docs = strapi.documents(PATH_UID as never) as unknown as { findFirst(p: Row): Promise<Row | null> };
  const row = await docs.findFirst({
    filters: { slug }, locale, status: 'published',
    populate: {
      topic: { fields: ['slug'] },
      steps: { populate: { options: { populate: { answer: { fields: ['slug', 'title'] }, partner: { fields: ['slug', 'name', 'url', 'phone'] } } } } },
    },
  });
  if (!row) {
    const available = (await strapi.db.query(PATH_UID as never).findMany({ where: { slug, publishedAt: { $notNull: true } }, select: ['locale'] })) as Row[];
    const locales = [...new Set(available.map((r) => r.locale as string))].sort();
    const message = locales.length ? `Guidance path "${slug}" has no published ${locale} version (available: ${locales.join(', ')})` : `Guidance path "${slug}" not found`;
    throw new errors.NotFoundError(message, { slug, locale, availableLocales: locales });
  }
  const steps = (row.steps ?? []) as Row[];
  return {
    slug: row.slug, locale, name: row.name, description: row.description ?? null, audience: row.audience,
    topic: row.topic?.slug ?? null, firstStep: steps[0]?.key ?? null,
    steps: steps.map((s) => ({ key: s.key, prompt: s.prompt, options: (s.options ?? []).map((o: Row) => ({ label: o.label, target: resolveTarget(o) })) })),
  };
}
