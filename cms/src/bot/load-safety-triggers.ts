import type { Core } from '@strapi/strapi';
import type { SearchLocale } from '@botkb/search';
import type { SafetyTrigger } from './safety-trigger-matcher';

import { TRIGGER_UID } from '../content-uids';
type Row = Record<string, any>;

/** Published safety triggers of a locale with their resolved targets. */
export async function loadSafetyTriggers(strapi: Core.Strapi, locale: SearchLocale): Promise<SafetyTrigger[]> {
  const rows: Row[] = await strapi.documents(TRIGGER_UID).findMany({
    locale,
    status: 'published',
    limit: 1000,
    populate: { phrases: true, answer: { fields: ['slug'] }, path: { fields: ['slug'] } },
  });
  const out: SafetyTrigger[] = [];
  for (const r of rows) {
    const target = r.path
      ? { kind: 'path' as const, documentId: r.path.documentId, slug: r.path.slug }
      : r.answer
        ? { kind: 'answer' as const, documentId: r.answer.documentId, slug: r.answer.slug }
        : null;
    if (!target) continue;
    out.push({ slug: r.slug, target, phrases: (r.phrases ?? []).map((p: Row) => p.text) });
  }
  return out;
}
