import type { Knex } from 'knex';
import type { AskTable } from '../bot/ask-recorder';
import { TABLES } from '../analytics/analytics-tables';
import { redactPersonalData } from './redact-personal-data';
import { isHashedSessionId } from './hash-session-id';

export interface ScrubOptions {
  /** The ask record's table (askTable(strapi)); absent when the database has none yet. */
  asks?: AskTable;
  /** AnalyticsService.hashSessionId. */
  hashSession: (sessionId: string) => string;
  /** The grouping key of a redacted question (questionKey, locale's analyzer); else keys are redacted as text. */
  questionKey?: (locale: string, text: string) => string;
}

/** How many rows of each kind the scrub changed. */
export interface ScrubResult {
  asks: number;
  events: number;
  sessionFlags: number;
  groups: number;
  examples: number;
  keys: number;
}

const BATCH = 500;
/** Widths of the columns a redacted text is written back to (it may be longer than what it replaces). */
const WIDTH = { normalized: 500, option: 60, label: 500, example: 500, key: 500 } as const;

const rehash = (id: string | null, hash: (id: string) => string) => (id && !isHashedSessionId(id) ? hash(id) : id);

/**
 * Brings data stored before the current redaction and session-id hashing up
 * to them: re-redacts residents' free text (ask questions, feedback comments,
 * path options, unanswered-group labels, examples and phrasings), recomputes
 * the grouping keys of questions that changed, and hashes session ids that are
 * not hashes yet. Idempotent: a second run changes nothing. Runs in one
 * transaction; callers reset caches that hold stored texts (UnansweredGroups).
 */
export function scrubStoredPersonalData(knex: Knex, opts: ScrubOptions): Promise<ScrubResult> {
  return knex.transaction(async (trx) => {
    const { asks, keyChanges } = opts.asks
      ? await scrubAsks(trx, opts.asks, opts)
      : { asks: 0, keyChanges: new Map<string, string>() };
    return {
      asks,
      events: await scrubEvents(trx, opts.hashSession),
      sessionFlags: await scrubSessionFlags(trx, opts.hashSession),
      groups: await scrubGroups(trx),
      examples: await scrubExamples(trx),
      keys: await scrubKeys(trx, keyChanges),
    };
  });
}

/** A grouping key redacted: from its question when that is kept, else as text. */
function scrubbedKey(opts: ScrubOptions, locale: string, question: string, newQuestion: string, key: string): string {
  if (question !== newQuestion && opts.questionKey) return opts.questionKey(locale, newQuestion);
  return redactPersonalData(key).slice(0, WIDTH.normalized);
}

async function scrubAsks(trx: Knex.Transaction, { table, col }: AskTable, opts: ScrubOptions) {
  const [id, locale, question, normalized, session] = [
    'id',
    col('locale'),
    col('question'),
    col('normalized'),
    col('sessionId'),
  ];
  const keyChanges = new Map<string, string>();
  let changed = 0;
  for (let after = 0; ;) {
    const rows = await trx(table)
      .select(id, locale, question, normalized, session)
      .where(id, '>', after)
      .orderBy(id)
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows[rows.length - 1][id];
    for (const r of rows) {
      const q = String(r[question] ?? '');
      const newQuestion = redactPersonalData(q);
      const key = String(r[normalized] ?? '');
      const newKey = scrubbedKey(opts, r[locale], q, newQuestion, key);
      const newSession = rehash(r[session], opts.hashSession);
      if (newQuestion === q && newKey === key && newSession === r[session]) continue;
      if (newKey !== key) keyChanges.set(`${r[locale]}|${key}`, newKey);
      const update = { [question]: newQuestion, [normalized]: newKey, [session]: newSession };
      await trx(table).where(id, r[id]).update(update);
      changed += 1;
    }
  }
  return { asks: changed, keyChanges };
}

async function scrubEvents(trx: Knex.Transaction, hashSession: (id: string) => string): Promise<number> {
  let changed = 0;
  for (let after = ''; ;) {
    const rows = await trx(TABLES.events)
      .select('event_id', 'session_id', 'comment', 'option_key')
      .where('event_id', '>', after)
      .orderBy('event_id')
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].event_id;
    for (const r of rows) {
      const update = {
        session_id: rehash(r.session_id, hashSession),
        comment: r.comment === null ? null : redactPersonalData(r.comment),
        option_key: r.option_key === null ? null : redactPersonalData(r.option_key).slice(0, WIDTH.option),
      };
      const same = update.session_id === r.session_id && update.comment === r.comment;
      if (same && update.option_key === r.option_key) continue;
      await trx(TABLES.events).where('event_id', r.event_id).update(update);
      changed += 1;
    }
  }
  return changed;
}

/** Flags are keyed by session: the hashed key replaces the raw one (once, if both exist). */
async function scrubSessionFlags(trx: Knex.Transaction, hashSession: (id: string) => string): Promise<number> {
  const raw = (await trx(TABLES.sessionFlags).select('session_id', 'flag')).filter(
    (r: { session_id: string }) => !isHashedSessionId(r.session_id),
  );
  for (const r of raw) {
    await trx(TABLES.sessionFlags)
      .insert({ session_id: hashSession(r.session_id), flag: r.flag })
      .onConflict(['session_id', 'flag'])
      .ignore();
    await trx(TABLES.sessionFlags).where({ session_id: r.session_id, flag: r.flag }).delete();
  }
  return raw.length;
}

async function scrubGroups(trx: Knex.Transaction): Promise<number> {
  let changed = 0;
  for (const g of await trx(TABLES.groups).select('id', 'label', 'resolution_phrasing')) {
    const label = redactPersonalData(g.label).slice(0, WIDTH.label);
    const phrasing = g.resolution_phrasing === null ? null : redactPersonalData(g.resolution_phrasing);
    if (label === g.label && phrasing === g.resolution_phrasing) continue;
    await trx(TABLES.groups).where('id', g.id).update({ label, resolution_phrasing: phrasing });
    changed += 1;
  }
  return changed;
}

/** Examples are keyed by text: the redacted one replaces the raw one (once, if both exist). */
async function scrubExamples(trx: Knex.Transaction): Promise<number> {
  let changed = 0;
  for (const e of await trx(TABLES.groupExamples).select('group_id', 'text', 'asked_at')) {
    const text = redactPersonalData(e.text).slice(0, WIDTH.example);
    if (text === e.text) continue;
    await trx(TABLES.groupExamples)
      .insert({ group_id: e.group_id, text, asked_at: e.asked_at })
      .onConflict(['group_id', 'text'])
      .ignore();
    await trx(TABLES.groupExamples).where({ group_id: e.group_id, text: e.text }).delete();
    changed += 1;
  }
  return changed;
}

/** Group keys: as their asks' keys were changed, else redacted as text; the new key keeps the group. */
async function scrubKeys(trx: Knex.Transaction, keyChanges: Map<string, string>): Promise<number> {
  let changed = 0;
  for (const k of await trx(TABLES.groupKeys).select('locale', 'key', 'group_id')) {
    const key = keyChanges.get(`${k.locale}|${k.key}`) ?? redactPersonalData(k.key).slice(0, WIDTH.key);
    if (key === k.key) continue;
    await trx(TABLES.groupKeys)
      .insert({ locale: k.locale, key, group_id: k.group_id })
      .onConflict(['locale', 'key'])
      .ignore();
    await trx(TABLES.groupKeys).where({ locale: k.locale, key: k.key }).delete();
    changed += 1;
  }
  return changed;
}
