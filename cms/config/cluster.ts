import { readEnv } from '../src/config/env-schema';

/** Several CMS instances on one PostgreSQL (src/cluster/change-bus.ts). */
const config = () => {
  const env = readEnv();
  return {
    /** How often an instance reads the change revisions, in case a notification was missed. */
    changePollMs: env.CHANGE_POLL_MS,
    /** On SIGTERM, the longest wait for requests in flight (drain-on-signal.ts). */
    drainMs: env.SHUTDOWN_DRAIN_MS,
  };
};

export default config;
