import { readEnv } from '../src/config/env-schema';

/** LOG_LEVEL (default `info`) lets tests and scripts quiet Strapi's own log. */
const config = () => ({ level: readEnv().LOG_LEVEL });

export default config;
