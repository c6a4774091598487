import type { AskRequest } from './ask-request';
import type { AskResponse } from './ask-response';
import type { BotAnswer } from './bot-answer';
import type { BotEvent } from './bot-event';
import type { EventBatch } from './event-batch';
import type { PathGraph } from './path-graph';

/** The example conversation of the bot API's description; every example of the spec comes from here. */
const SESSION = 'c1b2-7d4e';
const ASK_ID = '9b2f4c1e-5a7d-4e3b-8c6f-2d1a0e9b7c55';
const PATH_ASK_ID = '4e7a1c2b-3d5f-4a6b-9c8d-7e0f1a2b3c4d';
const common = { sessionId: SESSION, channel: 'web_chat', locale: 'fi', audience: 'resident' } as const;

export const askRequestExample = {
  question: 'mistä saa ajan hammaslääkärille',
  locale: 'fi',
  audience: 'resident',
  sessionId: SESSION,
  channel: 'web_chat',
} satisfies AskRequest;

export const askResponseExample = {
  askId: ASK_ID,
  answered: true,
  answer: {
    slug: 'hammashoito-ajanvaraus',
    kind: 'answer',
    title: 'Hammashoidon ajanvaraus',
    body: 'Varaa aika suun terveydenhuollon ajanvarauksesta arkisin klo 8–15.',
    locale: 'fi',
    partners: [],
    score: 0.97,
    audience: 'resident',
    audienceMatch: true,
  },
  suggestions: [
    { slug: 'hammashoito-tarve', kind: 'path', title: 'Hammashoidon tarve', score: 0.61, audience: 'resident' },
  ],
} satisfies AskResponse;

export const pathGraphExample = {
  slug: 'hammashoito-tarve',
  locale: 'fi',
  name: 'Hammashoidon tarve',
  description: 'Ohjaa hammasvaivan mukaan oikeaan paikkaan.',
  audience: 'resident',
  topic: 'suun-terveys',
  firstStep: 'start',
  steps: [
    {
      key: 'start',
      prompt: 'Millainen hammasvaiva sinulla on?',
      options: [
        {
          key: 'kova-sarky',
          label: 'Kova särky, turvotus tai hammastapaturma',
          target: { type: 'handoff', channel: 'phone' },
        },
        { key: 'tarkastus', label: 'Tarkastus tai muu kiireetön hoito', target: { type: 'step', step: 'ajanvaraus' } },
      ],
    },
    {
      key: 'ajanvaraus',
      prompt: 'Haluatko varata ajan?',
      options: [
        {
          key: 'varaan-ajan',
          label: 'Haluan varata ajan',
          target: {
            type: 'answer',
            slug: 'hammashoito-ajanvaraus',
            title: 'Hammashoidon ajanvaraus',
            body: 'Varaa aika suun terveydenhuollon ajanvarauksesta arkisin klo 8–15.',
            partners: [],
            handoff: null,
            urgent: false,
          },
        },
        {
          key: 'peru-aika',
          label: 'Haluan perua ajan',
          target: {
            type: 'partner',
            slug: 'omapalvelu',
            name: 'OmaPalvelu',
            url: 'https://omapalvelu.fi',
            phone: null,
          },
        },
      ],
    },
  ],
} satisfies PathGraph;

export const botAnswerExample = {
  slug: 'hammashoito-ajanvaraus',
  locale: 'fi',
  title: 'Hammashoidon ajanvaraus',
  body: 'Varaa aika suun terveydenhuollon ajanvarauksesta arkisin klo 8–15.',
  audience: 'resident',
  topic: 'suun-terveys',
  partners: [],
  handoff: null,
  urgent: false,
  translations: ['fi', 'sv'],
} satisfies BotAnswer;

const event = (n: number, time: string) => ({ id: `${SESSION}-${n}`, timestamp: `2026-11-02T08:${time}Z`, ...common });

/**
 * A whole conversation, in the order a bot sends its events: the resident asks (POST /bot/ask → ASK_ID; the
 * server records the answer as shown), thumbs it up, asks again and gets a guidance path (→ PATH_ASK_ID),
 * walks it by option keys to an answer target, thumbs the path up, and closes the chat.
 */
export const conversationEvents = [
  { ...event(1, '15:00'), type: 'conversation_started' },
  { ...event(2, '15:05'), type: 'message', role: 'user' },
  { ...event(3, '15:06'), type: 'message', role: 'bot' },
  { ...event(4, '15:20'), type: 'feedback', askId: ASK_ID, helpful: true },
  { ...event(5, '15:40'), type: 'message', role: 'user' },
  { ...event(6, '15:41'), type: 'message', role: 'bot' },
  { ...event(7, '15:41'), type: 'path_started', pathSlug: 'hammashoito-tarve' },
  { ...event(8, '15:50'), type: 'path_step', pathSlug: 'hammashoito-tarve', stepKey: 'start', option: 'tarkastus' },
  {
    ...event(9, '16:02'),
    type: 'path_step',
    pathSlug: 'hammashoito-tarve',
    stepKey: 'ajanvaraus',
    option: 'varaan-ajan',
  },
  { ...event(10, '16:02'), type: 'answer_shown', answerSlug: 'hammashoito-ajanvaraus' },
  { ...event(11, '16:02'), type: 'path_completed', pathSlug: 'hammashoito-tarve', stepKey: 'ajanvaraus' },
  { ...event(12, '16:30'), type: 'feedback', askId: PATH_ASK_ID, helpful: true },
  { ...event(13, '17:00'), type: 'conversation_ended' },
] as const satisfies readonly BotEvent[];

/** The event types the conversation above does not need, and feedback without an askId (older bots). */
export const otherEvents = [
  { ...event(20, '18:00'), type: 'partner_link_clicked', partnerSlug: 'omakanta' },
  {
    ...event(21, '18:10'),
    type: 'handoff_requested',
    handoffChannel: 'callback',
    reason: 'user_request',
    urgency: 'normal',
  },
  { ...event(22, '18:20'), type: 'path_abandoned', pathSlug: 'hammashoito-tarve', stepKey: 'ajanvaraus' },
  { ...event(23, '18:30'), type: 'answer_shown', answerSlug: 'hammashoito-ajanvaraus', askId: ASK_ID },
  {
    ...event(24, '18:40'),
    type: 'feedback',
    pathSlug: 'hammashoito-tarve',
    helpful: false,
    comment: 'En löytänyt puhelinnumeroa',
  },
] as const satisfies readonly BotEvent[];

export const eventBatchExamples = {
  conversation: { events: [...conversationEvents] },
  otherEvents: { events: [...otherEvents] },
} satisfies Record<string, EventBatch>;

/** The ask behind PATH_ASK_ID in the conversation: a guidance path is the answer. */
export const askPathRequestExample = { ...askRequestExample, question: 'hammasta särkee' } satisfies AskRequest;
export const EXAMPLE_ASK_IDS = { answer: ASK_ID, path: PATH_ASK_ID } as const;
