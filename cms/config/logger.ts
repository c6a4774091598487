type Env = (key: string, fallback?: string) => string;

/** LOG_LEVEL (default `info`) lets tests and scripts quiet Strapi's own log. */
const config = ({ env }: { env: Env }) => ({ level: env('LOG_LEVEL', 'info') });

export default config;
