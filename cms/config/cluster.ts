import { hostname } from 'node:os';
import { readEnv } from '../src/config/env-schema';

/** Several CMS instances on one PostgreSQL (src/cluster/change-bus.ts). */
const config = () => {
  const env = readEnv();
  return {
    /** How often an instance reads the change revisions, in case a notification was missed. */
    changePollMs: env.CHANGE_POLL_MS,
    /** Names the instance in shared records; the same after a restart, so it knows which runs were its own. */
    instanceName: env.INSTANCE_NAME ?? `${hostname()}:${env.PORT}`,
    /** On SIGTERM: serving while reported not ready, then the longest wait for requests in flight. */
    delayMs: env.SHUTDOWN_DELAY_MS,
    drainMs: env.SHUTDOWN_DRAIN_MS,
  };
};

export default config;
