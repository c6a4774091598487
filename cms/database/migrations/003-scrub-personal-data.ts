import type { Knex } from 'knex';
import { ASK_UID } from '../../src/content-uids';
import { readEnv } from '../../src/config/env-schema';
import { hashSessionId, sessionHashKey } from '../../src/privacy/hash-session-id';
import { scrubStoredPersonalData } from '../../src/privacy/scrub-stored-personal-data';

/** What Strapi passes a migration besides the transaction: its database, whose model metadata is loaded. */
interface MigrationDb {
  metadata: { get(uid: string): { tableName: string; attributes: Record<string, { columnName?: string }> } };
  logger: { info(message: string): void };
}

/**
 * Migration 3: data stored by release 0.1 is brought up to today's privacy
 * rules: residents' free text re-redacted (formats the old redactor missed)
 * and session ids replaced by their keyed hash. Grouping keys of changed
 * questions are redacted as text (the analyzers need the knowledge base,
 * which is not loaded while migrations run). On a fresh database the tables are empty (or, for the
 * ask record, not created yet) and nothing changes.
 */
export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const meta = db.metadata.get(ASK_UID);
  const env = readEnv();
  const key = sessionHashKey(env.SESSION_HASH_KEY, env.ENCRYPTION_KEY);
  const asks = {
    table: meta.tableName,
    col: (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute,
  };
  const result = await scrubStoredPersonalData(knex, {
    asks: (await knex.schema.hasTable(meta.tableName)) ? asks : undefined,
    hashSession: (id) => hashSessionId(id, key),
  });
  db.logger.info(`personal data scrubbed: ${JSON.stringify(result)}`);
}
