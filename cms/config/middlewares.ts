import type { Core } from '@strapi/strapi';
import logger from './logger';
import { readEnv } from '../src/config/env-schema';
import { refuseBadJsonBody } from '../src/refuse-bad-json-body';
import { allowedOrigins } from '../src/config/allowed-origins';

/** Levels at which Strapi's request log (level `http`) is written. */
const REQUEST_LOG_LEVELS = ['http', 'verbose', 'debug', 'silly'];

const config = (): Core.Config.Middlewares => {
  const env = readEnv();
  return [
    // The request logger formats a line per request even when the level drops it
    // (≈ 35 µs of every bot request): it is installed only when its lines are kept.
    ...(REQUEST_LOG_LEVELS.includes(logger().level) ? ['strapi::logger'] : []),
    // Before strapi::errors, so it sees the status of every error response.
    {
      name: 'global::token-failure-limit',
      config: { max: env.AUTH_FAILURE_LIMIT, windowSec: env.AUTH_FAILURE_WINDOW_SEC },
    },
    'strapi::errors',
    // Strapi's own query-parsing 400s get details.errors naming the parameter, like every 400 of the app.
    'global::name-query-field',
    'strapi::security',
    {
      name: 'strapi::cors',
      // Strapi's default reflects any Origin with credentials. The list is read when a request
      // has an Origin, after server.ts has resolved PUBLIC_URL and PORT.
      config: {
        origin: () =>
          allowedOrigins({
            publicUrl: strapi.config.get<string>('server.url'),
            port: strapi.config.get<number>('server.port'),
            extra: env.CORS_ORIGINS,
          }),
      },
    },
    'strapi::poweredBy',
    'strapi::query',
    'global::check-content-query',
    // A bad JSON body (invalid, not an object or array, a `__proto__` key) is a 400 naming the field.
    { name: 'strapi::body', config: { jsonLimit: '1mb', onError: refuseBadJsonBody } },
    // A NUL character anywhere in the path, query or body is a 400 before the database sees it.
    'global::refuse-nul-characters',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
