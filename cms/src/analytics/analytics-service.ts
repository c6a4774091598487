import type { Core } from '@strapi/strapi';
import type { ResolutionTarget } from '@botkb/contract';
import { phrasingWithoutPlaceholders, placeholderFreePhrasing, withoutPlaceholders } from '@botkb/contract';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { failValidation } from '../validation-failure';
import { SEARCH_LOCALES, type Analyzer, type EntryKind } from '@botkb/search';
import { ANSWER_UID, KIND_UID } from '../content-uids';
import { askTable, type AskRecord } from '../bot/ask-recorder';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { hashSessionId, sessionHashKey } from '../privacy/hash-session-id';
import { scrubStoredPersonalData, type ScrubResult } from '../privacy/scrub-stored-personal-data';
import { buildAnalyzer } from '../search/search-runtime';
import { questionKey } from './question-key';
import { TABLES } from './analytics-tables';
import { ContentCatalog } from './content-catalog';
import { contentHealth, type ContentHealthSources, type TestQuestion } from './reports/content-health';
import type { HealthRow } from './health/content-health-rows';
import { loadPublishedSteps, type PublishedStep } from './reports/path-branches';
import { defaultRange, type ReportFilter } from './report-query';
import { helsinkiDay } from './helsinki-day';
import { ingestEvents } from './ingest-events';
import { resolveAskReferences, type ReferencedAsk } from './resolve-ask-references';
import { recordShownAnswers } from './record-shown-answers';
import {
  attributeShownAnswers,
  CLOCK_SKEW_MS,
  needsAttribution,
  SHOWN_AFTER_ASK_MS,
  type SessionAsk,
} from './attribute-shown-answers';
import { writeInTurn } from '../db/write-gate';
import { purgeExpiredTexts, type PurgeResult } from './purge-expired-texts';
import { RollupDelta } from './rollup-delta';
import { updateConversations, type ConversationUpdate } from './conversation-outcomes';
import { DEFAULT_SAVINGS_PARAMETERS, type SavingsParameters } from './savings-parameters';
import { MAX_EXAMPLES, UnansweredGroups, groupingKey } from './unanswered-groups';
import { mergeGroups } from './merge-groups';
import { phrasingForm } from './phrasing-form';
import { moveExamples } from './move-examples';
import { AskRollups } from './ask-rollups';
import { createClientRateLimit, type ClientRateLimit } from '../cluster/client-rate-limit';
import type { ChangeBus } from '../cluster/change-bus';
import { TestClients } from './test-clients';
import { SimulationScenarios } from './simulation-scenarios';
import { knownChannel } from './known-channel';
import {
  GROUP_STATUSES,
  groupTrend,
  unansweredGroups,
  withGroupDetails,
  type GroupRow,
  type GroupStatus,
} from './reports/unanswered';
import type { UsageEvent } from './usage-event';
import { conversationRephrasings } from './conversation-rephrasings';
import { mergeRephrasedGroups } from './merge-rephrased-groups';
import { rephraseLinks } from './rephrase-links';
import { importUsageHistory, type HistoryItem, type ImportProgress } from './import-usage-history';

/** What the ask rollup reads back of each recorded ask. */
export type RecordedAsk = Pick<
  AskRecord,
  | 'askedAt'
  | 'locale'
  | 'audience'
  | 'channel'
  | 'sessionId'
  | 'question'
  | 'normalized'
  | 'answered'
  | 'urgent'
  | 'test'
  | 'askId'
  | 'answerSlug'
  | 'answerKind'
  | 'clientId'
> & {
  /** The ask record's row id. */
  rowId: number;
};

export interface AnalyticsConfig {
  retentionDays: number;
  uiDir: string | null;
  rateLimit: { perSecond: number; burst: number };
  sessionHashKey: string;
}

const SETTINGS_KEY = 'savings-parameters';

/** Analytics: event ingestion, ask rollups, unanswered-question groups, settings, retention. Reports read through it. */
export class AnalyticsService {
  readonly groups = new UnansweredGroups();
  readonly catalog: ContentCatalog;
  readonly askRollups: AskRollups;
  readonly config: AnalyticsConfig;
  /** Report requests per logged-in user (config/analytics.ts). */
  readonly limiter: ClientRateLimit;
  private readonly sessionKey: Buffer;
  /** Bot tokens marked as test (test-clients.ts). */
  readonly testClients = new TestClients(() => this.knex);
  /** Managers' named resource-simulation scenarios. */
  readonly scenarios = new SimulationScenarios(() => this.knex);

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly changes: ChangeBus,
  ) {
    this.catalog = new ContentCatalog(strapi);
    changes.on('catalog', () => {
      this.catalog.revision += 1;
    });
    this.askRollups = new AskRollups(strapi, (trx, asks) => this.recordAsks(trx, asks));
    // config/analytics.ts (always loaded) holds the defaults.
    this.config = { ...(strapi.config.get('analytics') as AnalyticsConfig) };
    this.limiter = createClientRateLimit(strapi, { name: 'analytics', ...this.config.rateLimit });
    const encryptionKey = strapi.config.get('admin.secrets.encryptionKey') as string;
    this.sessionKey = sessionHashKey(this.config.sessionHashKey, encryptionKey);
  }

  /** What is stored instead of a bot's session id (see privacy/hash-session-id.ts). */
  hashSessionId(sessionId: string): string {
    return hashSessionId(sessionId, this.sessionKey);
  }

  get knex(): Knex {
    return this.strapi.db.connection;
  }

  async init(): Promise<void> {
    // Finds the asks still to roll up without scanning the ask record (Strapi leaves untracked indexes alone).
    // Not a migration: migrations run before Strapi creates its own tables on a fresh database.
    const { table, col } = askTable(this.strapi);
    await this.knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
      `${table}_rollup_idx`,
      table,
      col('rolledUp'),
      'id',
    ]);
    // Events name asks by askId (resolve-ask-references.ts).
    const askIdIndex = [`${table}_ask_id_idx`, table, col('askId')];
    await this.knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??)', askIdIndex);
    // answer_shown events without an askId find their ask by session (attribute-shown-answers.ts).
    const sessionIndex = [`${table}_session_idx`, table, col('sessionId'), col('askedAt')];
    await this.knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', sessionIndex);
    this.askRollups.schedule(); // asks recorded before a crash or restart
  }

  /** Brings question counts and unanswered groups up to date with the ask record (reports call it first). */
  catchUp(): Promise<void> {
    return this.askRollups.catchUp();
  }

  async stop(): Promise<void> {
    await this.askRollups.catchUp();
  }

  /** Stores a validated batch; events naming an askId are checked against the ask record first (400 if wrong). */
  async ingest(
    events: UsageEvent[],
    clientId: string | null,
    test = false,
    indexOf = (e: UsageEvent) => events.indexOf(e),
  ) {
    const hash = (id: string) => this.hashSessionId(id);
    const attributed = attributeShownAnswers(events, await this.sessionAsks(events), hash);
    const original = new Map(attributed.map((e, i) => [e, events[i]]));
    const at = (e: UsageEvent) => indexOf(original.get(e) ?? e);
    const resolved = resolveAskReferences(attributed, await this.referencedAsks(attributed), at);
    const opts = { clientId, hashSession: (id: string) => this.hashSessionId(id), test };
    return writeInTurn(this.strapi, this.knex, () => ingestEvents(this.knex, resolved, opts));
  }

  /** The recorded asks events name (by askId). */
  private async referencedAsks(events: UsageEvent[]): Promise<Map<string, ReferencedAsk>> {
    const ids = [...new Set(events.flatMap((e) => (e.askId === undefined ? [] : [e.askId])))];
    if (ids.length === 0) return new Map();
    const { table, col } = askTable(this.strapi);
    const rows = (await this.knex(table)
      .select({ askId: col('askId'), answerSlug: col('answerSlug'), answerKind: col('answerKind') })
      .whereIn(col('askId'), ids)) as ReferencedAsk[];
    return new Map(rows.map((r) => [r.askId, r]));
  }

  /** The answered asks of the sessions whose `answer_shown` events name no ask (attribute-shown-answers.ts). */
  private async sessionAsks(events: UsageEvent[]): Promise<SessionAsk[]> {
    const loose = events.filter(needsAttribution);
    if (loose.length === 0) return [];
    const sessions = [...new Set(loose.map((e) => this.hashSessionId(e.sessionId)))];
    const times = loose.map((e) => e.occurredAt);
    const { table, col } = askTable(this.strapi);
    const rows = await this.knex(table)
      .select({
        askId: col('askId'),
        sessionId: col('sessionId'),
        answerSlug: col('answerSlug'),
        askedAt: col('askedAt'),
      })
      .whereIn(col('sessionId'), sessions)
      .where(col('answerKind'), 'answer')
      .whereNotNull(col('askId'))
      .where(col('askedAt'), '>=', new Date(Math.min(...times) - SHOWN_AFTER_ASK_MS))
      .where(col('askedAt'), '<=', new Date(Math.max(...times) + CLOCK_SKEW_MS));
    return (rows as Array<Record<string, string | number | Date>>).map((r) => ({
      askId: String(r.askId),
      sessionId: String(r.sessionId),
      answerSlug: String(r.answerSlug),
      askedAt: new Date(r.askedAt).getTime(),
    }));
  }

  /** Loads a usage history (demo seed, benchmarks) through the live ingestion paths. */
  importHistory(
    items: Iterable<HistoryItem>,
    opts: { batchSize?: number; onProgress?: (p: ImportProgress) => void } = {},
  ): Promise<ImportProgress> {
    return importUsageHistory(this.strapi, items, opts);
  }

  /**
   * Backdates when existing published answers and paths were first published
   * (imported history: the demo shows content growing month by month).
   * `firstPublished` maps "answer:slug" / "path:slug" to an instant.
   */
  async importPublicationDates(firstPublished: Map<string, number>): Promise<number> {
    const rows: Array<Record<string, unknown>> = [];
    for (const [kind, uid] of Object.entries(KIND_UID) as Array<[EntryKind, (typeof KIND_UID)[EntryKind]]>) {
      const published = (await this.strapi.db.query(uid).findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId', 'slug', 'locale', 'audience'],
      })) as Array<Record<string, string>>;
      for (const p of published) {
        const at = firstPublished.get(`${kind}:${p.slug}`);
        if (at !== undefined)
          rows.push({
            document_id: p.documentId,
            kind,
            locale: p.locale,
            audience: p.audience ?? '',
            action: 'publish',
            at: Math.round(at),
          });
      }
    }
    for (let i = 0; i < rows.length; i += 200) await this.knex(TABLES.publications).insert(rows.slice(i, i + 200));
    await this.changes.changed('catalog');
    return rows.length;
  }

  /** Whether a usage history was already imported (the demo seed loads it once). */
  async hasImportedHistory(): Promise<boolean> {
    return Boolean(await this.knex(TABLES.events).where('client_id', 'import').first('event_id'));
  }

  /**
   * Question counts and unanswered groups of recorded asks, inside the
   * rollup's transaction. Test asks count in the test rollups only and never
   * join an unanswered group (no triage work from test traffic).
   */
  async recordAsks(trx: Knex.Transaction, asks: RecordedAsk[]): Promise<void> {
    const test = asks.filter((a) => a.test);
    if (test.length) await this.rollUpAsks(trx, test, true);
    await this.rollUpAsks(
      trx,
      asks.filter((a) => !a.test),
      false,
    );
  }

  private async rollUpAsks(trx: Knex.Transaction, asks: RecordedAsk[], test: boolean): Promise<void> {
    const delta = new RollupDelta(test);
    const unanswered = [];
    const conversations: ConversationUpdate[] = [];
    for (const a of asks) {
      const at = a.askedAt.getTime();
      const day = helsinkiDay(at);
      // An ask recorded by an older release may carry free text as its channel: counted as unknown.
      const dims = { locale: a.locale, audience: a.audience, channel: knownChannel(a.channel) };
      delta.add(day, dims, 'questions');
      delta.add(day, dims, a.answered ? 'answered' : 'unanswered');
      if (a.urgent) delta.add(day, dims, 'urgent_questions');
      if (!a.answered && !test) unanswered.push({ ...dims, question: a.question, key: a.normalized, askedAt: at, day });
      const signal = { kind: 'question' as const, at, answered: a.answered };
      if (a.sessionId) conversations.push({ sessionId: a.sessionId, signal });
    }
    await this.groups.add(trx, unanswered);
    if (!test) await this.mergeRephrasings(trx, asks);
    await updateConversations(trx, conversations, delta);
    await recordShownAnswers(trx, asks, delta, test);
    await delta.apply(trx);
  }

  /**
   * Residents' rewordings (rephrase-links.ts): the unanswered asks of the batch that reword the conversation's
   * preceding ask add evidence to their pair of groups; pairs the rule calls for merge (merge-rephrased-groups.ts).
   */
  private async mergeRephrasings(trx: Knex.Transaction, asks: RecordedAsk[]): Promise<void> {
    const rephrasing = asks.filter((a) => !a.answered && a.sessionId);
    if (rephrasing.length === 0) return;
    const batch = new Set(asks.map((a) => a.rowId));
    const sessions = [...new Set(rephrasing.map((a) => a.sessionId!))];
    const first = Math.min(...rephrasing.map((a) => a.askedAt.getTime()));
    const since = new Date(first - rephraseLinks.conversationMs);
    const found = await conversationRephrasings(trx, { asks: askTable(this.strapi), sessions, since });
    const evidence = found
      .filter((r) => batch.has(r.askId))
      .map((r) => ({ locale: r.locale, group_a: r.a, group_b: r.b, conversations: 1, last_seen: r.askedAt }));
    if (evidence.length === 0) return;
    const merges = await mergeRephrasedGroups(trx, evidence);
    // Groups and keys changed: the grouping reloads them (also if this transaction rolls back).
    if (merges.length) this.groups.reset();
  }

  async savingsParameters(): Promise<SavingsParameters> {
    const row = await this.knex(TABLES.settings).where('key', SETTINGS_KEY).first('value');
    return row ? (JSON.parse(row.value) as SavingsParameters) : DEFAULT_SAVINGS_PARAMETERS;
  }

  async saveSavingsParameters(p: SavingsParameters, by: string): Promise<void> {
    await this.knex(TABLES.settings)
      .insert({ key: SETTINGS_KEY, value: JSON.stringify(p), updated_at: Date.now(), updated_by: by })
      .onConflict('key')
      .merge(['value', 'updated_at', 'updated_by']);
  }

  /** Marks a content-API token's bot traffic as test (or not); a 404 for an unknown token. Returns its client id. */
  async markTestToken(tokenId: number, test: boolean, by: string): Promise<string> {
    const token = await this.strapi.db.query('admin::api-token').findOne({ where: { id: tokenId }, select: ['id'] });
    if (!token) throw new errors.NotFoundError(`API token ${tokenId} not found`);
    const clientId = `token:${tokenId}`;
    await this.testClients.mark(clientId, test, by);
    return clientId;
  }

  async logAccess(email: string, action: string, target: string | null): Promise<void> {
    await this.knex(TABLES.accessLog).insert({ at: Date.now(), user_email: email, action, target });
  }

  /**
   * A group's stored row, or a 404. `listed`: only a group that group() and
   * the reports show (asked at least once).
   */
  private async groupRow(id: number, listed = false): Promise<Record<string, any>> {
    const q = this.knex(TABLES.groups).where({ id });
    if (listed) q.whereNot('total_count', 0);
    const row = await q.first();
    if (!row) throw new errors.NotFoundError(`unanswered-question group ${id} not found`);
    return row;
  }

  /** A 404 unless group(id) would find the group; cheaper than reading it. */
  async assertGroupListed(id: number): Promise<void> {
    await this.groupRow(id, true);
  }

  /**
   * One group with its count and monthly trend (every month, 0 included) in `period`: by default the list's
   * default period (defaultRange), so that the detail's "asked" is the list's.
   */
  async group(
    id: number,
    period: { from: string; to: string } = defaultRange(),
  ): Promise<
    GroupRow & {
      period: { from: string; to: string };
      trend: Array<{ month: string; count: number }>;
      rephraseConversations: number;
    }
  > {
    const rows = await unansweredGroups(this.knex, period, { ids: [id], countInRange: true });
    const details = { examples: MAX_EXAMPLES, retentionDays: this.config.retentionDays };
    const [row] = await withGroupDetails(this.knex, rows, details);
    if (!row) throw new errors.NotFoundError(`unanswered-question group ${id} not found`);
    const stored = await this.knex(TABLES.groups).where({ id }).first('rephrase_conversations');
    const rephraseConversations = Number(stored?.rephrase_conversations ?? 0);
    return { ...row, period, trend: await groupTrend(this.knex, id, period), rephraseConversations };
  }

  /**
   * A triage write that changes groups, their keys or examples: in turn with
   * the ask rollup (SQLite), in one transaction; the grouping's caches are
   * reloaded afterwards.
   */
  private async triageWrite<T>(write: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    try {
      return await writeInTurn(this.strapi, this.knex, () => this.knex.transaction(write));
    } finally {
      this.groups.reset();
    }
  }

  /** Merges groups into one (merge-groups.ts); later asks of their questions join it. */
  async mergeGroups(into: number, ids: number[], by: string): Promise<void> {
    await this.triageWrite((trx) => mergeGroups(trx, { into, ids, by }));
    await this.logAccess(by, 'merge_unanswered_groups', `${ids.join(',')} -> ${into}`.slice(0, 200));
  }

  /** Moves examples into another group or a new one (move-examples.ts); returns that group's id. */
  async moveExamples(from: number, texts: string[], into: number | null, by: string): Promise<number> {
    const { analyzer } = await buildAnalyzer(this.strapi, (await this.groupRow(from)).locale);
    const keyOf = (text: string) => groupingKey(questionKey(analyzer, text), text);
    const asks = askTable(this.strapi);
    const target = await this.triageWrite((trx) => moveExamples(trx, { from, texts, into, by, keyOf, asks }));
    await this.logAccess(by, 'move_unanswered_examples', `${from} -> ${target} (${texts.length})`);
    return target;
  }

  async setGroupStatus(ids: number[], status: GroupStatus, by: string): Promise<number> {
    if (!GROUP_STATUSES.includes(status) || status === 'resolved')
      failValidation(['status'], 'must be new, in_progress or ignored (resolve with a target)');
    return this.knex(TABLES.groups)
      .whereIn('id', ids)
      .update({
        status,
        updated_at: Date.now(),
        resolution_kind: null,
        resolution_slug: null,
        resolution_phrasing: null,
        resolved_by: null,
        resolved_at: null,
        ...(status === 'ignored' ? { resolved_by: by, resolved_at: Date.now() } : {}),
      });
  }

  /**
   * Links a group to a published answer or path; a phrasing is added to the
   * entry's alternative phrasings in the group's locale and published, so the
   * bot answers the question from then on.
   */
  async resolveGroup(id: number, target: ResolutionTarget, phrasing: string | null, by: string): Promise<void> {
    const group = await this.groupRow(id);
    const { entries } = await this.catalog.read();
    const entry = entries.get(`${target.kind}:${target.slug}`);
    if (!entry) failValidation(['target', 'slug'], `no published ${target.kind} with slug "${target.slug}"`);
    let added: string | null = null;
    if (phrasing !== null) {
      const redacted = redactPersonalData(phrasing.trim());
      if (!redacted) failValidation(['phrasing'], 'must not be empty');
      // A placeholder of personal data never becomes content: taken out when a question is left, else refused.
      added = phrasingWithoutPlaceholders(redacted)?.slice(0, 200) ?? null;
      if (!added)
        failValidation(
          ['phrasing'],
          'holds a placeholder of personal data (such as [PUHELIN]) and is no question without it: type the phrasing',
        );
      await this.addPhrasings(target.kind, entry.documentId, group.locale, [added]);
    }
    await this.knex(TABLES.groups).where({ id }).update({
      status: 'resolved',
      resolution_kind: target.kind,
      resolution_slug: target.slug,
      resolution_phrasing: added,
      resolved_by: by,
      resolved_at: Date.now(),
      updated_at: Date.now(),
    });
  }

  /**
   * The phrasings of an answer's or a path's published version in `locale`, once it is known that phrasings can be
   * added there: a published version exists and its draft holds no unpublished edits (else a 400 on target.slug).
   */
  private async publishedPhrasings(
    kind: EntryKind,
    documentId: string,
    locale: string,
  ): Promise<Array<{ text: string }>> {
    const docs = this.strapi.documents(KIND_UID[kind]);
    const published = (await docs.findOne({
      documentId,
      locale,
      status: 'published',
      populate: { phrasings: true },
    })) as { phrasings?: Array<{ text: string }>; updatedAt?: string | Date | null } | null;
    if (!published)
      failValidation(
        ['target', 'slug'],
        `the ${kind} has no published ${locale === 'sv' ? 'Swedish' : 'Finnish'} version to add the phrasing to`,
      );
    // Publishing below would also publish an expert's unfinished draft edits (Strapi's "modified": the draft
    // saved after the published version): refuse instead, so nothing goes live unseen and nothing is lost.
    const draft = (await docs.findOne({ documentId, locale, status: 'draft', fields: ['updatedAt'] })) as {
      updatedAt?: string | Date | null;
    } | null;
    const time = (d: { updatedAt?: string | Date | null } | null) =>
      d?.updatedAt ? new Date(d.updatedAt).getTime() : 0;
    if (time(draft) > time(published))
      failValidation(
        ['target', 'slug'],
        `the ${kind} has unpublished changes in its ${locale === 'sv' ? 'Swedish' : 'Finnish'} draft: publish or ` +
          'discard them first, or resolve without a phrasing',
      );
    return (published.phrasings ?? []).map((p) => ({ text: p.text }));
  }

  /**
   * Adds phrasings (new ones by phrasingForm: case and punctuation aside) to an answer's or a path's published version in `locale` and
   * republishes it; `current`: its phrasings as publishedPhrasings read them (checked beforehand).
   */
  private async addPhrasings(
    kind: EntryKind,
    documentId: string,
    locale: string,
    texts: string[],
    current?: Array<{ text: string }>,
  ): Promise<void> {
    const docs = this.strapi.documents(KIND_UID[kind]);
    const phrasings = current ?? (await this.publishedPhrasings(kind, documentId, locale));
    const known = new Set(phrasings.map((p) => phrasingForm(p.text)));
    const added = texts.filter((t) => !known.has(phrasingForm(t)) && known.add(phrasingForm(t)));
    if (added.length === 0) return;
    await docs.update({
      documentId,
      locale,
      data: { phrasings: [...phrasings, ...added.map((text) => ({ text }))] },
    });
    await docs.publish({ documentId, locale });
  }

  /**
   * Resolves several groups with one published answer or path (bulk). Each
   * group's most typical example without a placeholder of personal data
   * (placeholderFreePhrasing) becomes a phrasing of the answer or path in the
   * group's language, so the bot answers those questions from then on; a group
   * whose every example is no question without its placeholders adds none.
   */
  async resolveGroups(ids: number[], target: ResolutionTarget, by: string): Promise<number> {
    const { entries } = await this.catalog.read();
    const entry = entries.get(`${target.kind}:${target.slug}`);
    if (!entry) failValidation(['target', 'slug'], `no published ${target.kind} with slug "${target.slug}"`);
    const listed = await unansweredGroups(this.knex, { from: '0000-01-01', to: '9999-12-31' }, { ids });
    const details = { examples: MAX_EXAMPLES, retentionDays: this.config.retentionDays };
    const rows = (await withGroupDetails(this.knex, listed, details)).map((r) => ({
      ...r,
      phrasing: placeholderFreePhrasing(r.examples)?.slice(0, 200) ?? null,
    }));
    const byLocale = new Map<string, string[]>();
    for (const r of rows)
      if (r.phrasing) byLocale.set(r.locales[0], [...(byLocale.get(r.locales[0]) ?? []), r.phrasing]);
    // Every language is checked before any is written: a refusal leaves content and groups as they were.
    const current = new Map<string, Array<{ text: string }>>();
    for (const locale of byLocale.keys())
      current.set(locale, await this.publishedPhrasings(target.kind, entry.documentId, locale));
    for (const [locale, labels] of byLocale)
      await this.addPhrasings(target.kind, entry.documentId, locale, labels, current.get(locale));
    for (const r of rows) {
      await this.knex(TABLES.groups)
        .where({ id: Number(r.id) })
        .update({
          status: 'resolved',
          resolution_kind: target.kind,
          resolution_slug: target.slug,
          resolution_phrasing: r.phrasing,
          resolved_by: by,
          resolved_at: Date.now(),
          updated_at: Date.now(),
        });
    }
    await this.logAccess(
      by,
      'resolve_unanswered_groups',
      `${rows.map((r) => r.id).join(',')} -> ${target.kind}:${target.slug}`.slice(0, 200),
    );
    return rows.length;
  }

  /**
   * Creates a draft answer from a group through the Document Service, in the
   * group's language: its label as title, its examples as phrasings. The
   * group is resolved with it; the expert writes the body in the admin panel
   * and publishes it.
   */
  async createAnswerFromGroup(
    id: number,
    by: string,
  ): Promise<{ documentId: string; slug: string; locale: string; adminUrl: string }> {
    const group = await this.group(id);
    if (!group.label) failValidation(['id'], 'the group has no examples left to make an answer from');
    const locale = group.locales[0];
    const docs = this.strapi.documents(ANSWER_UID);
    // Examples without placeholders of personal data, one per normalised form ("Onko…wifi?" = "onko…wifi").
    const seen = new Set<string>();
    const phrasings = group.examples
      .map((text) => phrasingWithoutPlaceholders(text)?.slice(0, 200))
      .filter((text): text is string => Boolean(text))
      .filter((text) => {
        const form = phrasingForm(text);
        return form !== '' && !seen.has(form) && Boolean(seen.add(form));
      })
      .map((text) => ({ text }));
    const title = placeholderFreePhrasing(group.examples) ?? withoutPlaceholders(group.label);
    if (!title) failValidation(['id'], 'the group has only placeholders of personal data to make an answer from');
    const created = (await docs.create({
      locale,
      data: { title: title.slice(0, 200), body: '', phrasings },
      // The input type asks for slug and audience: the shared-slug middleware and the default fill them.
    } as never)) as { documentId: string; slug: string };
    await this.knex(TABLES.groups).where({ id }).update({
      status: 'resolved',
      resolution_kind: 'answer',
      resolution_slug: created.slug,
      resolution_phrasing: null,
      resolved_by: by,
      resolved_at: Date.now(),
      updated_at: Date.now(),
    });
    await this.logAccess(by, 'create_answer_from_group', `${id} -> answer:${created.slug}`);
    return {
      documentId: created.documentId,
      slug: created.slug,
      locale,
      adminUrl: this.adminUrl('answer', created.documentId, locale),
    };
  }

  async purgeExpired(now = Date.now()): Promise<PurgeResult> {
    const result = await purgeExpiredTexts(
      this.knex,
      askTable(this.strapi),
      now - this.config.retentionDays * 86_400_000,
    );
    this.groups.reset(); // its example counts and texts may name deleted examples
    return result;
  }

  /**
   * Re-redacts residents' stored free text and hashes raw session ids stored
   * before redaction and hashing improved (see privacy/scrub-stored-personal-data.ts).
   */
  async scrubStoredPersonalData(): Promise<ScrubResult> {
    await this.catchUp();
    const analyzers = new Map<string, Analyzer>();
    for (const locale of SEARCH_LOCALES) analyzers.set(locale, (await buildAnalyzer(this.strapi, locale)).analyzer);
    const result = await scrubStoredPersonalData(this.knex, {
      asks: askTable(this.strapi),
      hashSession: (id) => this.hashSessionId(id),
      questionKey: (locale, text) => questionKey(analyzers.get(locale) ?? analyzers.get('fi')!, text),
    });
    this.groups.reset(); // it caches group keys and example texts
    return result;
  }

  /** The content team's work list (reports/content-health.ts); `rank` ranks test questions. */
  contentHealth(filter: ReportFilter, tests: TestQuestion[], rank: ContentHealthSources['rank']): Promise<HealthRow[]> {
    const adminUrl = (kind: EntryKind, documentId: string, locale: string) => this.adminUrl(kind, documentId, locale);
    return contentHealth({ strapi: this.strapi, knex: this.knex, adminUrl, rank }, filter, tests);
  }

  /** The published structure of a guidance path, for its branching funnel (reports/path-branches.ts). */
  publishedPathSteps(documentId: string): Promise<PublishedStep[]> {
    return loadPublishedSteps(this.strapi, documentId);
  }

  /** The unpublished drafts of these slugs of one kind in one locale, by slug: one query for a whole page of groups. */
  async draftsOf(
    kind: EntryKind,
    slugs: readonly string[],
    locale: string,
  ): Promise<Map<string, { documentId: string; title: string }>> {
    if (slugs.length === 0) return new Map();
    const drafts = (await this.strapi.documents(KIND_UID[kind]).findMany({
      locale,
      status: 'draft',
      filters: { slug: { $in: [...new Set(slugs)] } },
      fields: ['title', 'slug'],
    } as never)) as Array<{ documentId: string; slug: string; title?: string | null }>;
    return new Map(drafts.map((d) => [d.slug, { documentId: d.documentId, title: d.title || d.slug }]));
  }

  adminUrl(kind: EntryKind, documentId: string, locale: string): string {
    return `/admin/content-manager/collection-types/${KIND_UID[kind]}/${documentId}?plugins[i18n][locale]=${locale}`;
  }
}
