import { SEARCH_LOCALES } from '@botkb/search';
import { failValidation } from '../validation-failure';
import { AUDIENCES, CHANNEL_MAX_LENGTH, CHANNEL_PATTERN, CHANNEL_RULE, SLUG_PATTERN } from '../bot/bot-types';
import { redactPersonalData } from '../privacy/redact-personal-data';
import {
  ASK_ID_PATTERN, EVENT_TYPES, HANDOFF_CHANNELS, MAX_EVENTS_PER_BATCH, URGENCIES, type EventType, type UsageEvent,
} from './usage-event';

const COMMON = ['id', 'type', 'sessionId', 'timestamp', 'channel', 'locale', 'audience'] as const;
/** Fields each type requires (r) or allows (o) besides the common ones. */
const TYPE_FIELDS: Record<EventType, Record<string, 'r' | 'o'>> = {
  conversation_started: {},
  message: { role: 'r' },
  path_started: { pathSlug: 'r' },
  path_step: { pathSlug: 'r', stepKey: 'r', option: 'r' },
  path_completed: { pathSlug: 'r', stepKey: 'o' },
  path_abandoned: { pathSlug: 'r', stepKey: 'r' },
  answer_shown: { answerSlug: 'r', askId: 'o' },
  partner_link_clicked: { partnerSlug: 'r' },
  handoff_requested: { handoffChannel: 'r', reason: 'r', urgency: 'r' },
  feedback: { answerSlug: 'o', pathSlug: 'o', helpful: 'r', comment: 'o', askId: 'o' },
  conversation_ended: {},
};
const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const REASON = /^[a-z0-9_]{1,60}$/;
/** Events may arrive late (offline bots), but not from the future beyond clock skew. */
const MAX_FUTURE_MS = 5 * 60_000;
const MAX_AGE_MS = 400 * 86_400_000;


function str(e: Record<string, unknown>, i: number, field: string, pattern: RegExp, what: string, max = 200): string {
  const v = e[field];
  if (typeof v !== 'string' || v.length === 0 || v.length > max || !pattern.test(v)) failValidation(['events', i, field], `must be ${what}`);
  return v;
}

function oneOf<T extends string>(e: Record<string, unknown>, i: number, field: string, values: readonly T[]): T {
  const v = e[field];
  if (!values.includes(v as T)) failValidation(['events', i, field], `must be one of ${values.join(', ')}`);
  return v as T;
}

/**
 * Parses the body of POST /api/bot/events: `{ events: [...] }` with 1–500
 * events. The first problem found is a 400 naming the event index and field;
 * then nothing of the batch is stored. Duplicate ids inside the batch count once.
 */
export function validateEventBatch(body: unknown, opts: { now?: number; maxAgeMs?: number; maxEvents?: number } = {}): UsageEvent[] {
  const now = opts.now ?? Date.now();
  const maxEvents = opts.maxEvents ?? MAX_EVENTS_PER_BATCH;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failValidation(['body'], 'must be a JSON object { "events": [...] }');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (key !== 'events') failValidation([key], 'is not a known field');
  if (!Array.isArray(b.events)) failValidation(['events'], 'is required and must be an array');
  if (b.events.length === 0) failValidation(['events'], 'must contain at least one event');
  if (b.events.length > maxEvents) failValidation(['events'], `must contain at most ${maxEvents} events (got ${b.events.length})`);
  const seen = new Set<string>();
  const out: UsageEvent[] = [];
  b.events.forEach((raw: unknown, i: number) => {
    const event = validateEvent(raw, i, now, opts.maxAgeMs ?? MAX_AGE_MS);
    if (!seen.has(event.id)) { seen.add(event.id); out.push(event); }
  });
  return out;
}

function validateEvent(raw: unknown, i: number, now: number, maxAgeMs: number): UsageEvent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) failValidation(['events', i], 'must be an object');
  const e = raw as Record<string, unknown>;
  const type = oneOf(e, i, 'type', EVENT_TYPES);
  const allowed = TYPE_FIELDS[type];
  for (const key of Object.keys(e)) {
    if (!(COMMON as readonly string[]).includes(key) && !Object.hasOwn(allowed, key)) failValidation(['events', i, key], `is not a field of a ${type} event`);
  }
  for (const [field, need] of Object.entries(allowed)) {
    if (need === 'r' && e[field] === undefined) failValidation(['events', i, field], `is required for a ${type} event`);
  }
  const ts = e.timestamp;
  const occurredAt = typeof ts === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(ts) ? Date.parse(ts) : NaN;
  if (!Number.isFinite(occurredAt)) failValidation(['events', i, 'timestamp'], 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-02T08:15:00Z');
  if (occurredAt > now + MAX_FUTURE_MS) failValidation(['events', i, 'timestamp'], 'is in the future');
  if (occurredAt < now - maxAgeMs) failValidation(['events', i, 'timestamp'], `is more than ${Math.round(maxAgeMs / 86_400_000)} days old`);
  const event: UsageEvent = {
    id: str(e, i, 'id', ID, 'a string of 1–100 characters A–Z a–z 0–9 . _ : -', 100),
    type,
    sessionId: str(e, i, 'sessionId', /^[^\u0000-\u001f]{1,100}$/, 'a string of 1–100 characters', 100),
    occurredAt,
    channel: str(e, i, 'channel', CHANNEL_PATTERN, CHANNEL_RULE, CHANNEL_MAX_LENGTH),
    locale: oneOf(e, i, 'locale', SEARCH_LOCALES),
    audience: oneOf(e, i, 'audience', AUDIENCES),
  };
  if (e.role !== undefined) event.role = oneOf(e, i, 'role', ['user', 'bot'] as const);
  if (e.pathSlug !== undefined) event.pathSlug = str(e, i, 'pathSlug', SLUG_PATTERN, 'a lowercase slug');
  if (e.stepKey !== undefined) event.stepKey = str(e, i, 'stepKey', SLUG_PATTERN, 'a lowercase step key', 60);
  if (e.option !== undefined) event.option = str(e, i, 'option', /^[^\u0000-\u001f]{1,60}$/, 'a string of 1–60 characters', 60);
  if (e.answerSlug !== undefined) event.answerSlug = str(e, i, 'answerSlug', SLUG_PATTERN, 'a lowercase slug');
  if (e.partnerSlug !== undefined) event.partnerSlug = str(e, i, 'partnerSlug', SLUG_PATTERN, 'a lowercase slug');
  if (e.handoffChannel !== undefined) event.handoffChannel = oneOf(e, i, 'handoffChannel', HANDOFF_CHANNELS);
  if (e.reason !== undefined) event.reason = str(e, i, 'reason', REASON, 'a reason code of 1–60 characters a–z 0–9 _', 60);
  if (e.urgency !== undefined) event.urgency = oneOf(e, i, 'urgency', URGENCIES);
  if (e.helpful !== undefined) {
    if (typeof e.helpful !== 'boolean') failValidation(['events', i, 'helpful'], 'must be true or false');
    event.helpful = e.helpful;
  }
  if (e.comment !== undefined) {
    if (typeof e.comment !== 'string' || e.comment.length > 1000) failValidation(['events', i, 'comment'], 'must be a string of at most 1000 characters');
    const comment = redactPersonalData(e.comment.trim());
    if (comment) event.comment = comment;
  }
  if (e.askId !== undefined) event.askId = str(e, i, 'askId', ASK_ID_PATTERN, 'the askId /bot/ask returned', 36);
  // With an askId the server takes the slug from the recorded ask (resolve-ask-references.ts).
  const slugs = Number(event.answerSlug !== undefined) + Number(event.pathSlug !== undefined);
  if (type === 'feedback' && (slugs > 1 || (slugs === 0 && event.askId === undefined))) {
    const rule = 'a feedback event needs exactly one of answerSlug or pathSlug (or an askId)';
    failValidation(['events', i, 'answerSlug'], rule);
  }
  return event;
}
