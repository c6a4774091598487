import type { Core } from '@strapi/strapi';
import logger from './logger';

/** Levels at which Strapi's request log (level `http`) is written. */
const REQUEST_LOG_LEVELS = ['http', 'verbose', 'debug', 'silly'];

// The request logger formats a line per request even when the level drops it
// (≈ 35 µs of every bot request): it is installed only when its lines are kept.
const config = (): Core.Config.Middlewares => [
  ...(REQUEST_LOG_LEVELS.includes(logger().level) ? ['strapi::logger'] : []),
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { jsonLimit: '1mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
