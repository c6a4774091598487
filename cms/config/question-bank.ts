import { readEnv } from '../src/config/env-schema';

/**
 * Question bank: a run follows publishing once changes have been quiet for `debounceMs`, and waits up to
 * `syncWaitMs` for the search sync to apply them.
 */
const config = () => {
  const env = readEnv();
  return { debounceMs: env.QUESTION_BANK_DEBOUNCE_MS, syncWaitMs: env.QUESTION_BANK_SYNC_WAIT_MS };
};

export default config;
