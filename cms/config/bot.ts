import { readEnv } from '../src/config/env-schema';

/** Bot API limits: per-client token bucket, input sizes, caches. */
const config = () => {
  const env = readEnv();
  return {
    rateLimit: { perSecond: env.BOT_RATE_LIMIT_PER_SEC, burst: env.BOT_RATE_LIMIT_BURST },
    maxQuestionLength: env.BOT_MAX_QUESTION_LENGTH,
    answerCacheSize: env.BOT_ANSWER_CACHE_SIZE,
    /** How long a bot token read from the database is trusted; changes made through this instance apply at once. */
    tokenCacheMs: env.BOT_TOKEN_CACHE_MS,
  };
};

export default config;
