/** @botkb/contract: the one typed contract (zod) of the bot API's wire formats and the shared enums. */
export { AUDIENCES, audienceSchema, type Audience } from './audiences';
export { CHANNEL_MAX_LENGTH, CHANNEL_PATTERN, CHANNEL_RULE } from './channel-pattern';
export { EVENT_TYPES, MAX_EVENTS_PER_BATCH, eventTypeSchema, type EventType } from './event-types';
export { HANDOFF_CHANNELS, handoffChannelSchema, type HandoffChannel } from './handoff-channels';
export { HANDOFF_REASONS, type HandoffReason } from './handoff-reasons';
export { LOCALES, localeSchema, type Locale } from './locales';
export { PARTNER_KINDS, type PartnerKind } from './partner-kinds';
export {
  MIN_QUESTION_WORDS,
  PLACEHOLDERS,
  hasPlaceholder,
  phrasingWithoutPlaceholders,
  placeholderFreePhrasing,
  withoutPlaceholders,
} from './placeholders';
export { KEY_MAX_LENGTH, SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug-pattern';
export { URGENCIES, urgencySchema, type Urgency } from './urgencies';
export { MAX_QUESTION_LENGTH, askRequestSchema, createAskRequestSchema, type AskRequest } from './bot/ask-request';
export {
  MAX_SUGGESTIONS,
  askAnswerSchema,
  askResponseSchema,
  askSuggestionSchema,
  entryKindSchema,
  rankedAskSchema,
  stepSummarySchema,
  type AskAnswer,
  type AskResponse,
  type AskSuggestion,
  type EntryKind,
  type RankedAsk,
  type StepSummary,
} from './bot/ask-response';
export { botAnswerSchema, type BotAnswer } from './bot/bot-answer';
export {
  BOT_EVENT_SCHEMAS,
  EVENT_MAX_AGE_DAYS,
  EVENT_MAX_FUTURE_MS,
  EVENT_TIMESTAMP_PATTERN,
  botEventSchema,
  type BotEvent,
} from './bot/bot-event';
export { errorSchema, notFoundErrorSchema, validationErrorSchema, type ErrorEnvelope } from './bot/error-envelopes';
export { eventBatchResultSchema, eventBatchSchema, type EventBatch, type EventBatchResult } from './bot/event-batch';
export { OPTION_TARGETS, optionTargetSchema, type OptionTarget } from './bot/option-targets';
export { partnerLinkSchema, type PartnerLink } from './bot/partner-link';
export { optionKeySchema, pathGraphSchema, targetSchema, type PathGraph, type ResolvedTarget } from './bot/path-graph';
export { buildBotApiDocument } from './bot/bot-api-document';
export * as botApiExamples from './bot/bot-api-examples';
export { OPENAPI_DOCUMENTS, serializeOpenApi } from './openapi-documents';
export { componentSchemas, schemaRef, type JsonSchema } from './openapi/component-schemas';
// The analytics API's report rows, queries and bodies (its shared enums are the ones above).
export * from './analytics';
