type Env = ((key: string, fallback?: string) => string | undefined) & {
  int(key: string, fallback?: number): number;
  float(key: string, fallback?: number): number;
};

/**
 * Meilisearch connection and retrieval tuning. MEILI_HOST unset means search
 * is not configured for this process (npm start sets it to the embedded server);
 * changes then wait in the durable queue.
 */
const config = ({ env }: { env: Env }) => ({
  host: env('MEILI_HOST') ?? null,
  masterKey: env('MEILI_MASTER_KEY') ?? null,
  indexPrefix: env('MEILI_INDEX_PREFIX', 'kb_'),
  /**
   * Minimum relevance (term coverage blended with n-gram similarity) for
   * `answered: true`, per locale: the lowest value with at most 10 % answered
   * out-of-scope questions in npm run eval. BOT_ANSWER_THRESHOLD sets both.
   */
  threshold: {
    fi: env.float('BOT_ANSWER_THRESHOLD_FI', env.float('BOT_ANSWER_THRESHOLD', 0.32)),
    sv: env.float('BOT_ANSWER_THRESHOLD_SV', env.float('BOT_ANSWER_THRESHOLD', 0.37)),
  },
  syncIntervalMs: env.int('SEARCH_SYNC_INTERVAL_MS', 250),
  syncBatchSize: env.int('SEARCH_SYNC_BATCH_SIZE', 500),
});

export default config;
