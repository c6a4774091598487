import {
  BOT_EVENT_SCHEMAS,
  EVENT_MAX_AGE_DAYS,
  EVENT_MAX_FUTURE_MS,
  MAX_EVENTS_PER_BATCH,
  eventTypeSchema,
} from '@botkb/contract';
import { failOnContractIssues } from '../contract-failure';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { failValidation } from '../validation-failure';
import type { UsageEvent } from './usage-event';

const DAY_MS = 86_400_000;
const MAX_AGE_MS = EVENT_MAX_AGE_DAYS * DAY_MS;

/**
 * Parses the body of POST /api/bot/events: `{ events: [...] }` with 1–500
 * events, each checked with the contract's schema of its type. The first problem
 * found is a 400 naming the event index and field; then nothing of the batch is
 * stored. Duplicate ids inside the batch count once.
 */
export function validateEventBatch(
  body: unknown,
  opts: { now?: number; maxAgeMs?: number; maxEvents?: number } = {},
): UsageEvent[] {
  const now = opts.now ?? Date.now();
  const maxEvents = opts.maxEvents ?? MAX_EVENTS_PER_BATCH;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    failValidation(['body'], 'must be a JSON object { "events": [...] }');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (key !== 'events') failValidation([key], 'is not a known field');
  if (!Array.isArray(b.events)) failValidation(['events'], 'is required and must be an array');
  if (b.events.length === 0) failValidation(['events'], 'must contain at least one event');
  if (b.events.length > maxEvents)
    failValidation(['events'], `must contain at most ${maxEvents} events (got ${b.events.length})`);
  const seen = new Set<string>();
  const out: UsageEvent[] = [];
  b.events.forEach((raw: unknown, i: number) => {
    const event = validateEvent(raw, i, now, opts.maxAgeMs ?? MAX_AGE_MS);
    if (!seen.has(event.id)) {
      seen.add(event.id);
      out.push(event);
    }
  });
  return out;
}

function validateEvent(raw: unknown, i: number, now: number, maxAgeMs: number): UsageEvent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) failValidation(['events', i], 'must be an object');
  const type = eventTypeSchema.safeParse((raw as Record<string, unknown>).type);
  if (!type.success) failValidation(['events', i, 'type'], type.error.issues[0].message);
  const parsed = BOT_EVENT_SCHEMAS[type.data].safeParse(raw);
  if (!parsed.success) {
    failOnContractIssues(parsed.error.issues, raw, ['events', i], {
      unknownField: `is not a field of a ${type.data} event`,
      missingField: `is required for a ${type.data} event`,
    });
  }
  const { timestamp, comment, ...fields } = parsed.data as typeof parsed.data & { comment?: string };
  const occurredAt = Date.parse(timestamp);
  if (occurredAt > now + EVENT_MAX_FUTURE_MS) failValidation(['events', i, 'timestamp'], 'is in the future');
  if (occurredAt < now - maxAgeMs)
    failValidation(['events', i, 'timestamp'], `is more than ${Math.round(maxAgeMs / DAY_MS)} days old`);
  const event: UsageEvent = { ...fields, occurredAt };
  const redacted = comment === undefined ? '' : redactPersonalData(comment.trim());
  if (redacted) event.comment = redacted;
  return event;
}
