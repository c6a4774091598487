import { z } from 'zod';

/**
 * Every environment variable the CMS reads, with its type, range and default:
 * the one place a setting is declared. `cms/config/*.ts` read `readEnv()`;
 * a bad value stops the boot with a message naming the variable.
 */

/** winston's npm levels, which Strapi's logger uses. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;

const MAX_PORT = 65_535;

type Parse<T> = (text: string) => T | undefined;

/** A variable parsed by `parse`; unset or blank gives `undefined`, anything `parse` refuses fails naming `expected`. */
function optional<T>(expected: string, parse: Parse<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      const text = raw?.trim();
      if (text === undefined || text === '') return undefined;
      const value = parse(text);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${expected}` });
        return z.NEVER;
      }
      return value;
    });
}

function withDefault<T>(expected: string, parse: Parse<T>, fallback: T) {
  return optional(expected, parse).transform((value): T => value ?? fallback);
}

/** A secret without a default: `npm start` generates it into cms/.env. */
function secret<T = string>(expected = 'a secret', parse: Parse<T> = text as Parse<T>) {
  return optional(expected, parse).transform((value, ctx): T => {
    if (value !== undefined) return value;
    ctx.addIssue({ code: 'custom', message: 'is not set. Run "npm start" once to generate cms/.env, or set it' });
    return z.NEVER;
  });
}

const text: Parse<string> = (s) => s;

function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): [string, Parse<number>] {
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
  const parse = (s: string) => (/^\d+$/.test(s) && Number(s) >= min && Number(s) <= max ? Number(s) : undefined);
  return [`a whole number ${range}`, parse];
}

/** A share from 0 to 1 written with a decimal point ("0,32" is refused, not read as 0). */
const share: [string, Parse<number>] = [
  'a number from 0 to 1 with a decimal point, e.g. 0.32',
  (s) => (/^(0|1)(\.\d+)?$/.test(s) && Number(s) <= 1 ? Number(s) : undefined),
];

const flag: [string, Parse<boolean>] = [
  'true or false',
  (s) => (s === 'true' ? true : s === 'false' ? false : undefined),
];

function oneOf<const T extends string>(values: readonly T[]): [string, Parse<T>] {
  return [values.map((v) => `"${v}"`).join(' or '), (s) => values.find((v) => v === s)];
}

function httpUrl(s: string): URL | undefined {
  if (!URL.canParse(s)) return undefined;
  const url = new URL(s);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

const url: [string, Parse<string>] = ['an http(s) URL', (s) => (httpUrl(s) ? s : undefined)];

/** Comma-separated origins such as `https://botti.example.fi` (scheme, host, port; no path). */
const origins: [string, Parse<string[]>] = [
  'comma-separated origins such as https://botti.example.fi (no path or trailing slash)',
  (s) => {
    const list = s
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    return list.every((o) => httpUrl(o)?.origin === o) ? list : undefined;
  },
];

const keyList: [string, Parse<string[]>] = [
  'comma-separated keys',
  (s) => {
    const list = s.split(',').map((v) => v.trim());
    return list.every(Boolean) ? list : undefined;
  },
];

/** The longest instance name (the column that stores it is this wide). */
export const MAX_INSTANCE_NAME = 200;

const instanceName: [string, Parse<string>] = [
  `a name of at most ${MAX_INSTANCE_NAME} characters`,
  (s) => (s.length <= MAX_INSTANCE_NAME ? s : undefined),
];

const indexPrefix: [string, Parse<string>] = [
  'letters, digits, "-" or "_"',
  (s) => (/^[A-Za-z0-9_-]+$/.test(s) ? s : undefined),
];

const fields = z.object({
  // Server
  HOST: withDefault('a host name or address', text, '127.0.0.1'),
  /** 0 = any free port (tests). */
  PORT: withDefault(...wholeNumber(0, MAX_PORT), 1337),
  PUBLIC_URL: withDefault(...url, ''),
  LOG_LEVEL: withDefault(...oneOf(LOG_LEVELS), 'info'),
  CRON_ENABLED: withDefault(...flag, true),
  SERVE_ADMIN: withDefault(...flag, true),
  FLAG_NPS: withDefault(...flag, false),
  FLAG_PROMOTE_EE: withDefault(...flag, false),
  CORS_ORIGINS: withDefault(...origins, []),
  // Failed token authentications per IP within the window before every /api request from it gets a 429.
  AUTH_FAILURE_LIMIT: withDefault(...wholeNumber(1), 10),
  AUTH_FAILURE_WINDOW_SEC: withDefault(...wholeNumber(1), 60),
  // Secrets
  APP_KEYS: secret(...keyList),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  SESSION_HASH_KEY: optional('a secret', text),
  // Database
  DATABASE_CLIENT: withDefault(...oneOf(['sqlite', 'postgres'] as const), 'sqlite'),
  DATABASE_FILENAME: withDefault('a file path', text, '.tmp/data.db'),
  DATABASE_URL: optional('a postgres:// connection string', text),
  DATABASE_HOST: withDefault('a host name or address', text, '127.0.0.1'),
  DATABASE_PORT: withDefault(...wholeNumber(1, MAX_PORT), 5432),
  DATABASE_NAME: withDefault('a database name', text, 'botkb'),
  DATABASE_USERNAME: withDefault('a user name', text, 'botkb'),
  DATABASE_PASSWORD: withDefault('a password', text, ''),
  DATABASE_SSL: withDefault(...flag, false),
  DATABASE_SSL_REJECT_UNAUTHORIZED: withDefault(...flag, true),
  DATABASE_SCHEMA: withDefault('a schema name', text, 'public'),
  DATABASE_POOL_MIN: withDefault(...wholeNumber(0), 2),
  DATABASE_POOL_MAX: withDefault(...wholeNumber(1), 10),
  DATABASE_CONNECTION_TIMEOUT: withDefault(...wholeNumber(1), 60_000),
  // Several instances on one PostgreSQL: how often each checks the change revisions (the NOTIFY fallback).
  CHANGE_POLL_MS: withDefault(...wholeNumber(50), 1000),
  // This instance's name in shared records (question-bank runs); unset: the host name and PORT.
  INSTANCE_NAME: optional(...instanceName),
  // On SIGTERM: how long the instance keeps serving while reporting not ready (≥ the load balancer's
  // check interval × fall), then how long requests in flight may take before it shuts down anyway.
  SHUTDOWN_DELAY_MS: withDefault(...wholeNumber(0), 2_000),
  SHUTDOWN_DRAIN_MS: withDefault(...wholeNumber(0), 10_000),
  // Search
  MEILI_HOST: optional(...url),
  MEILI_MASTER_KEY: optional('a secret', text),
  MEILI_INDEX_PREFIX: withDefault(...indexPrefix, 'kb_'),
  SEARCH_SYNC_INTERVAL_MS: withDefault(...wholeNumber(1), 250),
  SEARCH_SYNC_BATCH_SIZE: withDefault(...wholeNumber(1), 500),
  SEARCH_SYNC_MAX_ATTEMPTS: withDefault(...wholeNumber(1), 5),
  // Bot API
  BOT_ANSWER_THRESHOLD: optional(...share),
  BOT_ANSWER_THRESHOLD_FI: optional(...share),
  BOT_ANSWER_THRESHOLD_SV: optional(...share),
  BOT_RATE_LIMIT_PER_SEC: withDefault(...wholeNumber(1), 20),
  BOT_RATE_LIMIT_BURST: withDefault(...wholeNumber(1), 40),
  BOT_MAX_QUESTION_LENGTH: withDefault(...wholeNumber(1), 500),
  BOT_ANSWER_CACHE_SIZE: withDefault(...wholeNumber(0), 5000),
  BOT_TOKEN_CACHE_MS: withDefault(...wholeNumber(0), 10_000),
  // Analytics
  ANALYTICS_RETENTION_DAYS: withDefault(...wholeNumber(1), 180),
  ANALYTICS_RATE_LIMIT_PER_SEC: withDefault(...wholeNumber(1), 10),
  ANALYTICS_RATE_LIMIT_BURST: withDefault(...wholeNumber(1), 60),
  ANALYTICS_UI_DIR: optional('a directory', text),
  // Question bank
  QUESTION_BANK_DEBOUNCE_MS: withDefault(...wholeNumber(0), 5_000),
  QUESTION_BANK_SYNC_WAIT_MS: withDefault(...wholeNumber(0), 60_000),
});

/** Defaults chosen with `npm run eval` (README, "Bot API"). */
const DEFAULT_THRESHOLD = { fi: 0.32, sv: 0.37 } as const;

export const envSchema = fields.transform((env) => ({
  ...env,
  BOT_ANSWER_THRESHOLD_FI: env.BOT_ANSWER_THRESHOLD_FI ?? env.BOT_ANSWER_THRESHOLD ?? DEFAULT_THRESHOLD.fi,
  BOT_ANSWER_THRESHOLD_SV: env.BOT_ANSWER_THRESHOLD_SV ?? env.BOT_ANSWER_THRESHOLD ?? DEFAULT_THRESHOLD.sv,
}));

export type AppEnv = z.output<typeof envSchema>;

/** Configuration that cannot be used; `message` names every bad variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
  }
}

/** Parses and checks the environment; throws a ConfigError naming every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ name: String(issue.path[0]), message: issue.message }));
  const lines = problems.map((p) => `  ${p.name}: ${p.message}`);
  const message = ['Invalid configuration (environment or cms/.env):', ...lines].join('\n');
  throw new ConfigError(
    problems.map((p) => p.name),
    message,
  );
}
