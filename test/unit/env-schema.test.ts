import { ConfigError, readEnv } from '../../cms/src/config/env-schema';

const SECRETS = {
  APP_KEYS: 'a,b',
  API_TOKEN_SALT: 's1',
  ADMIN_JWT_SECRET: 's2',
  TRANSFER_TOKEN_SALT: 's3',
  JWT_SECRET: 's4',
  ENCRYPTION_KEY: 's5',
};

/** The ConfigError readEnv throws for `vars` (with the secrets set). */
function refusal(vars: Record<string, string>): ConfigError {
  try {
    readEnv({ ...SECRETS, ...vars });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`readEnv accepted ${JSON.stringify(vars)}`);
}

describe('environment schema', () => {
  it('gives every setting its default when only the secrets are set', () => {
    const env = readEnv(SECRETS);
    expect(env).toMatchObject({
      PORT: 1337,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_CLIENT: 'sqlite',
      CRON_ENABLED: true,
      BOT_RATE_LIMIT_PER_SEC: 20,
      BOT_RATE_LIMIT_BURST: 40,
      BOT_ANSWER_THRESHOLD_FI: 0.32,
      BOT_ANSWER_THRESHOLD_SV: 0.37,
      ANALYTICS_RETENTION_DAYS: 180,
      SEARCH_SYNC_MAX_ATTEMPTS: 5,
      CORS_ORIGINS: [],
      ANALYTICS_RATE_LIMIT_PER_SEC: 10,
      ANALYTICS_RATE_LIMIT_BURST: 60,
      AUTH_FAILURE_LIMIT: 10,
      AUTH_FAILURE_WINDOW_SEC: 60,
    });
    expect(env.APP_KEYS).toEqual(['a', 'b']);
    expect(env.SESSION_HASH_KEY).toBeUndefined();
  });

  it('parses set values; BOT_ANSWER_THRESHOLD sets both locales unless one is set itself', () => {
    const env = readEnv({
      ...SECRETS,
      PORT: '8080',
      BOT_RATE_LIMIT_PER_SEC: '5',
      CRON_ENABLED: 'false',
      DATABASE_CLIENT: 'postgres',
      BOT_ANSWER_THRESHOLD: '0.5',
      BOT_ANSWER_THRESHOLD_SV: '0.4',
      CORS_ORIGINS: 'https://botti.example.fi, http://localhost:5173',
    });
    expect(env).toMatchObject({ PORT: 8080, BOT_RATE_LIMIT_PER_SEC: 5, CRON_ENABLED: false });
    expect(env.DATABASE_CLIENT).toBe('postgres');
    expect(env).toMatchObject({ BOT_ANSWER_THRESHOLD_FI: 0.5, BOT_ANSWER_THRESHOLD_SV: 0.4 });
    expect(env.CORS_ORIGINS).toEqual(['https://botti.example.fi', 'http://localhost:5173']);
  });

  it('treats a blank value as unset', () => {
    const env = readEnv({ ...SECRETS, PORT: ' ', BOT_ANSWER_THRESHOLD_FI: '' });
    expect(env).toMatchObject({ PORT: 1337, BOT_ANSWER_THRESHOLD_FI: 0.32 });
  });

  it.each([
    ['BOT_RATE_LIMIT_PER_SEC', 'abc', 'whole number'],
    ['BOT_RATE_LIMIT_PER_SEC', '0', '≥ 1'],
    ['BOT_RATE_LIMIT_BURST', '2.5', 'whole number'],
    ['BOT_ANSWER_THRESHOLD_FI', '0,32', 'decimal point'],
    ['BOT_ANSWER_THRESHOLD_SV', '1.5', 'from 0 to 1'],
    ['BOT_ANSWER_THRESHOLD', '-0.1', 'from 0 to 1'],
    ['PORT', '70000', 'from 0 to 65535'],
    ['DATABASE_PORT', '0', 'from 1 to 65535'],
    ['DATABASE_CLIENT', 'mysql', '"sqlite" or "postgres"'],
    ['LOG_LEVEL', 'loud', '"error" or "warn"'],
    ['CRON_ENABLED', 'yes', 'true or false'],
    ['ANALYTICS_RETENTION_DAYS', '0', '≥ 1'],
    ['SEARCH_SYNC_MAX_ATTEMPTS', 'many', 'whole number'],
    ['MEILI_HOST', 'localhost:7700', 'http(s) URL'],
    ['PUBLIC_URL', 'ftp://example.fi', 'http(s) URL'],
    ['MEILI_INDEX_PREFIX', 'kb prefix', 'letters, digits'],
    ['CORS_ORIGINS', 'https://botti.example.fi/chat', 'origins'],
    ['CORS_ORIGINS', 'botti.example.fi', 'origins'],
    ['APP_KEYS', 'a,,b', 'comma-separated keys'],
  ])('refuses %s=%s naming the variable and what it expects', (name, value, expected) => {
    const error = refusal({ [name]: value });
    expect(error.variables).toEqual([name]);
    expect(error.message).toContain(`${name}: expected`);
    expect(error.message).toContain(expected);
  });

  it('names every missing secret without echoing any value', () => {
    const error = refusal({ APP_KEYS: '', JWT_SECRET: '' });
    expect(error.variables.sort()).toEqual(['APP_KEYS', 'JWT_SECRET']);
    expect(error.message).toContain('JWT_SECRET: is not set');
  });

  it('reports every bad variable at once and never repeats a value (it may be a password)', () => {
    const error = refusal({ BOT_RATE_LIMIT_PER_SEC: 'abc', BOT_ANSWER_THRESHOLD_FI: '0,32', DATABASE_PORT: 'hunter2' });
    expect(error.variables.sort()).toEqual(['BOT_ANSWER_THRESHOLD_FI', 'BOT_RATE_LIMIT_PER_SEC', 'DATABASE_PORT']);
    expect(error.message).not.toContain('hunter2');
    expect(error.message.split('\n')).toHaveLength(4);
  });
});
