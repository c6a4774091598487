import { BotTokenAuthenticator, type BotToken } from '../../cms/src/bot/bot-token-authenticator';

const ASK = 'api::bot.bot.ask';
const HOUR = 3_600_000;

function setup(tokens: Record<string, Partial<BotToken>>, ttlMs = 10_000) {
  let now = Date.UTC(2026, 10, 22, 12);
  const lookups: string[] = [];
  const hashed: string[] = [];
  const touched: Array<[number, Date]> = [];
  const store = new Map(
    Object.entries(tokens).map(([key, t], i) => [
      `h(${key})`,
      {
        id: i + 1,
        kind: 'content-api',
        type: 'custom',
        permissions: [],
        expiresAt: null,
        lastUsedAt: new Date(now).toISOString(),
        ...t,
      } as BotToken,
    ]),
  );
  const auth = new BotTokenAuthenticator({
    hash: (k) => {
      hashed.push(k);
      return `h(${k})`;
    },
    lookup: async (h) => {
      lookups.push(h);
      const t = store.get(h);
      return t ? { ...t } : null;
    },
    touch: async (t, at) => {
      touched.push([t.id, at]);
    },
    ttlMs,
    now: () => now,
  });
  return {
    auth,
    lookups,
    hashed,
    touched,
    store,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('BotTokenAuthenticator', () => {
  it('accepts a custom token holding the action, and a full-access token', async () => {
    const { auth } = setup({ bot: { permissions: [ASK] }, full: { type: 'full-access' } });
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: true, token: { id: 1 } });
    expect(await auth.authenticate('bearer full', ASK)).toMatchObject({ ok: true, token: { id: 2 } });
  });

  it('lets a token holding ask (issued before the answers endpoint) read answers, not a path-only token', async () => {
    const { auth } = setup({ old: { permissions: [ASK] }, paths: { permissions: ['api::bot.bot.path'] } });
    expect(await auth.authenticate('Bearer old', 'api::bot.bot.answer')).toMatchObject({ ok: true });
    expect(await auth.authenticate('Bearer old', 'api::bot.bot.events')).toMatchObject({ ok: false, status: 403 });
    expect(await auth.authenticate('Bearer paths', 'api::bot.bot.answer')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses: no header 403, malformed 401, unknown 401, expired 401, admin kind 401, read-only or missing action 403', async () => {
    const { auth, advance } = setup({
      bot: { permissions: ['api::bot.bot.path'] },
      ro: { type: 'read-only' },
      admin: { kind: 'admin', type: 'full-access' },
      old: { permissions: [ASK], expiresAt: new Date(Date.UTC(2026, 10, 22, 13)).toISOString() },
    });
    expect(await auth.authenticate(undefined, ASK)).toMatchObject({ ok: false, status: 403 });
    expect(await auth.authenticate('Basic abc', ASK)).toMatchObject({ ok: false, status: 401 });
    expect(await auth.authenticate('Bearer a b', ASK)).toMatchObject({ ok: false, status: 401 });
    expect(await auth.authenticate('Bearer nope', ASK)).toMatchObject({ ok: false, status: 401 });
    expect(await auth.authenticate('Bearer admin', ASK)).toMatchObject({ ok: false, status: 401 });
    expect(await auth.authenticate('Bearer ro', ASK)).toMatchObject({ ok: false, status: 403 });
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining(ASK),
    });
    expect(await auth.authenticate('Bearer old', ASK)).toMatchObject({ ok: true });
    advance(2 * HOUR);
    expect(await auth.authenticate('Bearer old', ASK)).toMatchObject({
      ok: false,
      status: 401,
      message: expect.stringMatching(/expired/),
    });
  });

  it('reads a token once per TTL (hits and misses), again after invalidate()', async () => {
    const { auth, lookups, store, advance } = setup({ bot: { permissions: [ASK] } }, 5_000);
    for (let i = 0; i < 5; i++) await auth.authenticate('Bearer bot', ASK);
    for (let i = 0; i < 3; i++) await auth.authenticate('Bearer nope', ASK);
    expect(lookups).toEqual(['h(bot)', 'h(nope)']);
    store.delete('h(bot)');
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: true }); // still cached
    auth.invalidate();
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: false, status: 401 });
    store.set('h(bot)', {
      id: 9,
      kind: 'content-api',
      type: 'custom',
      permissions: [ASK],
      expiresAt: null,
      lastUsedAt: null,
    });
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: false }); // miss cached for the TTL
    advance(5_001);
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: true, token: { id: 9 } });
  });

  it('hashes a bearer value only when it reads the token (the HMAC is not computed per request)', async () => {
    const { auth, hashed, advance } = setup({ bot: { permissions: [ASK] } }, 5_000);
    for (let i = 0; i < 4; i++) await auth.authenticate('Bearer bot', ASK);
    await auth.authenticate('Bearer nope', ASK);
    await auth.authenticate('Bearer nope', ASK);
    expect(hashed).toEqual(['bot', 'nope']);
    advance(5_001);
    expect(await auth.authenticate('Bearer bot', ASK)).toMatchObject({ ok: true, token: { id: 1 } });
    expect(hashed).toEqual(['bot', 'nope', 'bot']);
    // Another value is another key, even when it is a prefix of a cached one.
    expect(await auth.authenticate('Bearer bo', ASK)).toMatchObject({ ok: false, status: 401 });
  });

  it('records use at most hourly, like Strapi', async () => {
    const { auth, touched, advance } = setup({
      fresh: { permissions: [ASK] },
      never: { permissions: [ASK], lastUsedAt: null },
    });
    await auth.authenticate('Bearer fresh', ASK);
    await auth.authenticate('Bearer never', ASK);
    await auth.authenticate('Bearer never', ASK);
    expect(touched.map(([id]) => id)).toEqual([2]);
    advance(HOUR + 1);
    auth.invalidate();
    await auth.authenticate('Bearer fresh', ASK);
    await auth.authenticate('Bearer fresh', ASK);
    expect(touched.map(([id]) => id)).toEqual([2, 1]);
  });
});
