import type { UID } from '@strapi/strapi';
import type { EntryKind } from '@botkb/search';

export const ANSWER_UID = 'api::answer.answer' satisfies UID.ContentType;
export const PATH_UID = 'api::guidance-path.guidance-path' satisfies UID.ContentType;
export const PARTNER_UID = 'api::partner-service.partner-service' satisfies UID.ContentType;
export const TOPIC_UID = 'api::topic.topic' satisfies UID.ContentType;
export const VOCABULARY_UID = 'api::search-vocabulary.search-vocabulary' satisfies UID.ContentType;
export const TRIGGER_UID = 'api::safety-trigger.safety-trigger' satisfies UID.ContentType;
export const JOB_UID = 'api::search-job.search-job' satisfies UID.ContentType;
export const ASK_UID = 'api::bot-ask.bot-ask' satisfies UID.ContentType;

export const KIND_UID: Record<EntryKind, typeof ANSWER_UID | typeof PATH_UID> = { answer: ANSWER_UID, path: PATH_UID };
export const UID_KIND: Record<string, EntryKind> = { [ANSWER_UID]: 'answer', [PATH_UID]: 'path' };

/**
 * Types that are not content: the ask record (every question, session and client id) and the
 * search queue. No role sees them in the content manager, not even the super admin; question
 * texts are read only through the logged reports.
 */
export const INTERNAL_UIDS: readonly string[] = [ASK_UID, JOB_UID];
