import type { EntryKind } from '@botkb/search';

export const ANSWER_UID = 'api::answer.answer';
export const PATH_UID = 'api::guidance-path.guidance-path';
export const PARTNER_UID = 'api::partner-service.partner-service';
export const TOPIC_UID = 'api::topic.topic';
export const VOCABULARY_UID = 'api::search-vocabulary.search-vocabulary';
export const TRIGGER_UID = 'api::safety-trigger.safety-trigger';
export const JOB_UID = 'api::search-job.search-job';
export const ASK_UID = 'api::bot-ask.bot-ask';

export const KIND_UID: Record<EntryKind, string> = { answer: ANSWER_UID, path: PATH_UID };
export const UID_KIND: Record<string, EntryKind> = { [ANSWER_UID]: 'answer', [PATH_UID]: 'path' };

/**
 * Types that are not content: the ask record (every question, session and client id) and the
 * search queue. No role sees them in the content manager, not even the super admin; question
 * texts are read only through the logged reports.
 */
export const INTERNAL_UIDS: readonly string[] = [ASK_UID, JOB_UID];
