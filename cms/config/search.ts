import { readEnv } from '../src/config/env-schema';

/**
 * Meilisearch connection and retrieval tuning. MEILI_HOST unset means search
 * is not configured for this process (npm start sets it to the embedded server);
 * changes then wait in the durable queue.
 */
const config = () => {
  const env = readEnv();
  return {
    host: env.MEILI_HOST ?? null,
    masterKey: env.MEILI_MASTER_KEY ?? null,
    indexPrefix: env.MEILI_INDEX_PREFIX,
    /**
     * Minimum relevance (term coverage blended with n-gram similarity) for
     * `answered: true`, per locale: the lowest value with at most 10 % answered
     * out-of-scope questions in npm run eval. BOT_ANSWER_THRESHOLD sets both.
     */
    threshold: { fi: env.BOT_ANSWER_THRESHOLD_FI, sv: env.BOT_ANSWER_THRESHOLD_SV },
    syncIntervalMs: env.SEARCH_SYNC_INTERVAL_MS,
    syncBatchSize: env.SEARCH_SYNC_BATCH_SIZE,
    /** A job that fails this many times (Meilisearch reachable) is parked so later changes flow. */
    syncMaxAttempts: env.SEARCH_SYNC_MAX_ATTEMPTS,
  };
};

export default config;
