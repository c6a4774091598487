import type { Core } from '@strapi/strapi';
import { TRIGGER_UID } from '../content-uids';

/** Of the given answers (documentIds), those a published safety trigger leads to: a bot shows them as urgent. */
export async function urgentAnswerIds(strapi: Core.Strapi, answerIds: string[]): Promise<Set<string>> {
  if (answerIds.length === 0) return new Set();
  const rows = (await strapi.db.query(TRIGGER_UID).findMany({
    where: { publishedAt: { $notNull: true }, answer: { documentId: { $in: answerIds } } },
    populate: { answer: { select: ['documentId'] } },
  })) as Array<{ answer?: { documentId: string } | null }>;
  return new Set(rows.flatMap((r) => (r.answer ? [r.answer.documentId] : [])));
}
