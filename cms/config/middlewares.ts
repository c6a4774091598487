import type { Core } from '@strapi/strapi';
import logger from './logger';
import { refuseBadJsonBody } from '../src/refuse-bad-json-body';

/** Levels at which Strapi's request log (level `http`) is written. */
const REQUEST_LOG_LEVELS = ['http', 'verbose', 'debug', 'silly'];

// The request logger formats a line per request even when the level drops it
// (≈ 35 µs of every bot request): it is installed only when its lines are kept.
const config = (): Core.Config.Middlewares => [
  ...(REQUEST_LOG_LEVELS.includes(logger().level) ? ['strapi::logger'] : []),
  'strapi::errors',
  // Strapi's own query-parsing 400s get details.errors naming the parameter, like every 400 of the app.
  'global::name-query-field',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::check-content-query',
  // A bad JSON body (invalid, not an object or array, a `__proto__` key) is a 400 naming the field.
  { name: 'strapi::body', config: { jsonLimit: '1mb', onError: refuseBadJsonBody } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
