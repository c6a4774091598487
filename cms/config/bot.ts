type Env = ((key: string, fallback?: string) => string | undefined) & { int(key: string, fallback?: number): number };

/** Bot API limits: per-client token bucket, input sizes, caches. */
const config = ({ env }: { env: Env }) => ({
  rateLimit: { perSecond: env.int('BOT_RATE_LIMIT_PER_SEC', 20), burst: env.int('BOT_RATE_LIMIT_BURST', 40) },
  maxQuestionLength: env.int('BOT_MAX_QUESTION_LENGTH', 500),
  answerCacheSize: env.int('BOT_ANSWER_CACHE_SIZE', 5000),
  /** How long a bot token read from the database is trusted; changes made through this instance apply at once. */
  tokenCacheMs: env.int('BOT_TOKEN_CACHE_MS', 10_000),
});

export default config;
