import { z } from 'zod';
import { audienceSchema } from '../audiences';
import { CHANNEL_MAX_LENGTH, CHANNEL_PATTERN, CHANNEL_RULE } from '../channel-pattern';
import { type EventType } from '../event-types';
import { handoffChannelSchema } from '../handoff-channels';
import { HANDOFF_REASONS } from '../handoff-reasons';
import { localeSchema } from '../locales';
import { KEY_MAX_LENGTH, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slug-pattern';
import { textRule } from '../text-rule';
import { urgencySchema } from '../urgencies';

/** Events may arrive late (offline bots), but not from the future beyond clock skew. */
export const EVENT_MAX_FUTURE_MS = 5 * 60_000;
/** The oldest event POST /api/bot/events takes, in days. */
export const EVENT_MAX_AGE_DAYS = 400;
export const EVENT_TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TIMESTAMP_RULE = 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-02T08:15:00Z';
/** A string without control characters. */
const PRINTABLE = (max: number) => new RegExp(`^[^\\u0000-\\u001f]{1,${max}}$`);

const slug = textRule({ rule: 'a lowercase slug', pattern: SLUG_PATTERN, max: SLUG_MAX_LENGTH });
const askId = z
  .uuid({ error: 'must be the askId of a POST /bot/ask response (a UUID)' })
  .meta({ description: 'The askId of the ask this event is about' });

const common = {
  id: textRule({
    rule: 'a string of 1–100 characters A–Z a–z 0–9 . _ : -',
    pattern: /^[A-Za-z0-9._:-]{1,100}$/,
    max: 100,
  }).meta({ description: 'Client-generated, unique per event; a replayed id is ignored (idempotent)' }),
  sessionId: textRule({ rule: 'a string of 1–100 characters', pattern: PRINTABLE(100), max: 100 }),
  timestamp: z
    .string({ error: TIMESTAMP_RULE })
    .regex(EVENT_TIMESTAMP_PATTERN, { error: TIMESTAMP_RULE })
    .refine((v) => Number.isFinite(Date.parse(v)), { error: TIMESTAMP_RULE })
    .meta({
      format: 'date-time',
      description:
        `ISO 8601 with time zone; at most ${EVENT_MAX_FUTURE_MS / 60_000} min in the future and ` +
        `${EVENT_MAX_AGE_DAYS} days in the past`,
    }),
  channel: textRule({ rule: CHANNEL_RULE, pattern: CHANNEL_PATTERN, max: CHANNEL_MAX_LENGTH }).meta({
    examples: ['web_chat', 'phone_bot', 'professional_chat'],
  }),
  locale: localeSchema,
  audience: audienceSchema,
};

function event<T extends EventType, S extends z.ZodRawShape>(type: T, fields: S) {
  const { id, ...rest } = common;
  return z.strictObject({ id, type: z.literal(type), ...rest, ...fields });
}

const pathSlug = { pathSlug: slug };
const stepKey = textRule({ rule: 'a lowercase step key', pattern: SLUG_PATTERN, max: KEY_MAX_LENGTH });

const option = textRule({
  rule: 'a string of 1–60 characters',
  pattern: PRINTABLE(KEY_MAX_LENGTH),
  max: KEY_MAX_LENGTH,
});
const reason = textRule({ rule: 'a reason code of 1–60 characters a–z 0–9 _', pattern: /^[a-z0-9_]{1,60}$/ });
const FEEDBACK_TARGET = 'a feedback event needs exactly one of answerSlug or pathSlug';
const comment = z
  .string({ error: 'must be a string of at most 1000 characters' })
  .max(1000, { error: 'must be a string of at most 1000 characters' })
  .meta({ description: 'Free text; personal data is redacted before it is stored' });

/** One schema per event type; the comment's personal data is redacted by the server, not here. */
export const BOT_EVENT_SCHEMAS = {
  conversation_started: event('conversation_started', {}).meta({
    description: 'A resident opened the chat (first message or greeting).',
  }),
  message: event('message', { role: z.enum(['user', 'bot'], { error: 'must be one of user, bot' }) }).meta({
    description: 'A message in the conversation (counted only; the text is never sent).',
  }),
  path_started: event('path_started', pathSlug).meta({
    description: 'The bot started a guidance path (it shows the first step).',
  }),
  path_step: event('path_step', {
    ...pathSlug,
    stepKey,
    option: option.meta({
      description:
        "The chosen option's `key` (from GET /bot/paths/{slug}); a label of 1–60 characters from older " +
        'bots is still accepted',
    }),
  }).meta({ description: 'The resident chose an option of a path step.' }),
  path_completed: event('path_completed', { ...pathSlug, stepKey: stepKey.optional() }).meta({
    description: 'The resident reached an option whose target is an answer, partner, handoff or end.',
  }),
  path_abandoned: event('path_abandoned', {
    ...pathSlug,
    stepKey: stepKey.meta({ description: 'The step the user left at' }),
  }).meta({ description: 'The resident left a path before its end (changed topic, timed out, closed the chat).' }),
  answer_shown: event('answer_shown', { answerSlug: slug, askId: askId.optional() }).meta({
    description:
      'The bot showed an answer it did not get from POST /bot/ask (e.g. an answer target of a path). ' +
      'The server records the answers of asks itself: an answer_shown with an askId already recorded is ' +
      'accepted and not counted twice.',
  }),
  partner_link_clicked: event('partner_link_clicked', { partnerSlug: slug }).meta({
    description: 'The resident opened a partner link.',
  }),
  handoff_requested: event('handoff_requested', {
    handoffChannel: handoffChannelSchema,
    reason: reason.meta({ examples: [...HANDOFF_REASONS] }),
    urgency: urgencySchema,
  }).meta({
    description: 'The bot handed the conversation over to people (offer it after an `urgent: true` answer).',
  }),
  feedback: event('feedback', {
    askId: askId.optional(),
    answerSlug: slug.optional(),
    pathSlug: slug.optional(),
    helpful: z.boolean({ error: 'must be true or false' }),
    comment: comment.optional(),
  })
    .refine((e) => e.answerSlug === undefined || e.pathSlug === undefined, {
      path: ['answerSlug'],
      error: FEEDBACK_TARGET,
    })
    .refine((e) => e.askId !== undefined || e.answerSlug !== undefined || e.pathSlug !== undefined, {
      path: ['answerSlug'],
      error: FEEDBACK_TARGET,
    })
    .meta({
      description:
        'Thumbs up or down. With askId it needs neither answerSlug nor pathSlug (the server takes the slug ' +
        'from the recorded ask; a slug given as well must agree with it); without askId exactly one of ' +
        'answerSlug or pathSlug.',
      // Written with not and if/then, not anyOf: openapi-typescript turns anyOf of `required`-only
      // schemas into `| unknown`, which erases the event's type in generated clients.
      not: { required: ['answerSlug', 'pathSlug'] },
      if: { not: { required: ['askId'] } },
      then: { anyOf: [{ required: ['answerSlug'] }, { required: ['pathSlug'] }] },
    }),
  conversation_ended: event('conversation_ended', {}).meta({
    description: 'The conversation ended (closed, or timed out); send it once per session.',
  }),
} as const satisfies Record<EventType, z.ZodType>;

const S = BOT_EVENT_SCHEMAS;
/** One event a bot sends, discriminated on `type`. */
export const botEventSchema = z.discriminatedUnion('type', [
  S.conversation_started,
  S.message,
  S.path_started,
  S.path_step,
  S.path_completed,
  S.path_abandoned,
  S.answer_shown,
  S.partner_link_clicked,
  S.handoff_requested,
  S.feedback,
  S.conversation_ended,
]);
export type BotEvent = z.input<typeof botEventSchema>;
