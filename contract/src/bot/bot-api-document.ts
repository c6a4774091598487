import { EVENT_TYPES, MAX_EVENTS_PER_BATCH } from '../event-types';
import { LOCALES } from '../locales';
import { componentSchemas, schemaRef } from '../openapi/component-schemas';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slug-pattern';
import { askRequestSchema } from './ask-request';
import { askAnswerSchema, askResponseSchema, askSuggestionSchema, stepSummarySchema } from './ask-response';
import { botAnswerSchema } from './bot-answer';
import {
  askPathRequestExample,
  askRequestExample,
  askResponseExample,
  botAnswerExample,
  eventBatchExamples,
  pathGraphExample,
} from './bot-api-examples';
import { BOT_EVENT_SCHEMAS, botEventSchema } from './bot-event';
import { BOT_INTEGRATION_GUIDE } from './bot-integration-guide';
import { errorSchema, notFoundErrorSchema, validationErrorSchema } from './error-envelopes';
import { eventBatchResultSchema, eventBatchSchema } from './event-batch';
import {
  answerTargetSchema,
  endTargetSchema,
  handoffTargetSchema,
  partnerTargetSchema,
  pathGraphSchema,
  stepTargetSchema,
  targetSchema,
} from './path-graph';
import { partnerLinkSchema } from './partner-link';

const json = (schemaName: string, extra: Record<string, unknown> = {}) => ({
  content: { 'application/json': { schema: schemaRef(schemaName), ...extra } },
});
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** The error answers every bot endpoint may give. */
const GUARDED_ERRORS = {
  '400': response('ValidationError'),
  '401': response('Unauthorized'),
  '403': response('Forbidden'),
  '429': response('RateLimited'),
  '503': response('Unavailable'),
};

const slugParameter = {
  name: 'slug',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: SLUG_PATTERN.source, maxLength: SLUG_MAX_LENGTH },
};
const localeParameter = {
  name: 'locale',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: [...LOCALES], default: 'fi' },
};
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
};

/** The OpenAPI 3.1 document of the bot API (`cms/openapi/bot-api.json`). */
export function buildBotApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Botkb bot API',
      version: '1.1.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description: BOT_INTEGRATION_GUIDE,
    },
    servers: [{ url: 'http://localhost:1337/api' }],
    security: [{ botToken: [] }],
    tags: [{ name: 'bot', description: 'Endpoints a bot token may call' }],
    paths: {
      '/bot/ask': {
        post: {
          operationId: 'ask',
          tags: ['bot'],
          summary: 'Answer what a resident typed',
          description:
            'Finnish/Swedish-aware search over the published knowledge base (inflection, compounds, typos). ' +
            '`answered` is false when no result clears the confidence threshold (BOT_ANSWER_THRESHOLD). The asked ' +
            '`audience` ranks first; a strong match written for another audience is still returned, with its ' +
            '`audience` and `audienceMatch: false`. Emergency or crisis phrases (safety triggers) return their ' +
            'target with `urgent: true`. A Swedish question whose best match has no Swedish version returns the ' +
            'Finnish one with `locale: "fi"`. The response\'s `askId` names the recorded ask: send it with feedback.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaRef('AskRequest'),
                examples: {
                  answer: { summary: 'Answered by an answer', value: askRequestExample },
                  path: { summary: 'Answered by a guidance path', value: askPathRequestExample },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'The answer (or none), up to 3 suggestions and the askId',
              ...json('AskResponse', { example: askResponseExample }),
            },
            ...GUARDED_ERRORS,
          },
        },
      },
      '/bot/paths/{slug}': {
        get: {
          operationId: 'path',
          tags: ['bot'],
          summary: "A guidance path's whole graph with every option's target resolved",
          description:
            'Every option has a stable `key` (send it as `path_step.option`); an `answer` target carries what a ' +
            'bot shows without another call (body, partners, handoff, urgent).',
          parameters: [slugParameter, localeParameter],
          responses: {
            '200': { description: 'The path', ...json('PathGraph', { example: pathGraphExample }) },
            '404': response('NotFound'),
            ...GUARDED_ERRORS,
          },
        },
      },
      '/bot/answers/{slug}': {
        get: {
          operationId: 'answer',
          tags: ['bot'],
          summary: 'One published answer, with everything a bot shows',
          parameters: [slugParameter, localeParameter],
          responses: {
            '200': { description: 'The answer', ...json('BotAnswer', { example: botAnswerExample }) },
            '404': response('NotFound'),
            ...GUARDED_ERRORS,
          },
        },
      },
      '/bot/events': {
        post: {
          operationId: 'sendEvents',
          tags: ['bot'],
          summary: `Send a batch of usage events (1–${MAX_EVENTS_PER_BATCH})`,
          description:
            'The whole batch is validated first: any invalid event is a 400 naming `events[i].field`, and nothing ' +
            'of the batch is stored. A 200 is sent only after the batch is durably committed. Replaying an event ' +
            `id changes nothing. Same token and rate-limit rules as /bot/ask. Event types: ${EVENT_TYPES.join(', ')}` +
            ' (see the description of the API for which to send when).',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaRef('EventBatch'),
                examples: {
                  conversation: {
                    summary: 'A whole conversation: ask, feedback by askId, a path walked by option keys',
                    value: eventBatchExamples.conversation,
                  },
                  otherEvents: {
                    summary: 'The other event types, and feedback without askId',
                    value: eventBatchExamples.otherEvents,
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'Committed', ...json('EventBatchResult') },
            ...GUARDED_ERRORS,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        botToken: { type: 'http', scheme: 'bearer', description: 'A Strapi API token with the bot actions only' },
      },
      schemas: componentSchemas({
        AskRequest: askRequestSchema,
        Partner: partnerLinkSchema,
        StepSummary: stepSummarySchema,
        Answer: askAnswerSchema,
        Suggestion: askSuggestionSchema,
        AskResponse: askResponseSchema,
        Target_step: stepTargetSchema,
        Target_answer: answerTargetSchema,
        Target_partner: partnerTargetSchema,
        Target_handoff: handoffTargetSchema,
        Target_end: endTargetSchema,
        Target: targetSchema,
        PathGraph: pathGraphSchema,
        BotAnswer: botAnswerSchema,
        Error: errorSchema,
        ValidationError: validationErrorSchema,
        NotFoundError: notFoundErrorSchema,
        ...Object.fromEntries(Object.entries(BOT_EVENT_SCHEMAS).map(([type, schema]) => [`Event_${type}`, schema])),
        UsageEvent: botEventSchema,
        EventBatch: eventBatchSchema,
        EventBatchResult: eventBatchResultSchema,
      }),
      responses: {
        ValidationError: {
          description: 'Bad input; `details.errors[0].path` names the field',
          ...json('ValidationError'),
        },
        Unauthorized: { description: 'No or unknown bot token', ...json('Error') },
        Forbidden: { description: 'The token lacks the permission for this endpoint', ...json('Error') },
        NotFound: {
          description: 'Not published in this locale; `details.availableLocales` lists where it is',
          ...json('NotFoundError'),
        },
        RateLimited: {
          description: 'Too many requests; retry after `Retry-After` seconds',
          headers: retryAfter,
          ...json('Error'),
        },
        Unavailable: {
          description: 'Search or the database is starting or unreachable; retry after `Retry-After` seconds',
          headers: retryAfter,
          ...json('Error'),
        },
      },
    },
  };
}
