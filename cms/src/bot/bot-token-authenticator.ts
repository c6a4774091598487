/** What the authenticator needs to know of a Strapi content-API token. */
export interface BotToken {
  id: number;
  kind: string | null;
  type: 'full-access' | 'read-only' | 'custom' | string;
  /** Action names for custom tokens, e.g. "api::bot.bot.ask". */
  permissions: string[];
  expiresAt: string | Date | null;
  lastUsedAt: string | Date | null;
}

export type BotAuthResult = { ok: true; token: BotToken } | { ok: false; status: 401 | 403; message: string };

export interface BotTokenAuthenticatorOptions {
  /** HMAC of the bearer value, as stored (Strapi's api-token `hash`). */
  hash: (accessKey: string) => string;
  /** Reads a token by its hashed access key (null when none). */
  lookup: (accessKeyHash: string) => Promise<BotToken | null>;
  /** Records use at most hourly, like Strapi does. */
  touch: (token: BotToken, at: Date) => Promise<void>;
  /** How long a looked-up token (or a miss) is trusted without reading it again. */
  ttlMs: number;
  now?: () => number;
}

const HOUR_MS = 3_600_000;

/**
 * Actions a custom token may call because it holds another: `GET /bot/answers` came after bot tokens
 * were issued with `ask`, and an ask already returns answers, so a token holding `ask` reads them too.
 */
const IMPLIED_BY: Record<string, string> = { 'api::bot.bot.answer': 'api::bot.bot.ask' };

function holds(token: BotToken, action: string): boolean {
  const implied = IMPLIED_BY[action];
  return token.permissions.includes(action) || (implied !== undefined && token.permissions.includes(implied));
}
const MAX_ENTRIES = 10_000;

/**
 * Authenticates bot requests with Strapi's content-API tokens, with the same
 * rules as Strapi's own strategy (kind, expiry, full-access or a custom token
 * holding the action; read-only tokens cannot call the bot) but a short-lived
 * cache in front of the token table: the bot's hot path otherwise pays a
 * populated database read per request. Changes to tokens clear the cache
 * (`invalidate`); the TTL bounds how long another instance's change takes.
 */
export class BotTokenAuthenticator {
  private readonly cache = new Map<string, { token: BotToken | null; until: number }>();
  private readonly now: () => number;

  constructor(private readonly opts: BotTokenAuthenticatorOptions) {
    this.now = opts.now ?? Date.now;
  }

  async authenticate(authorization: string | undefined, action: string): Promise<BotAuthResult> {
    if (!authorization)
      return {
        ok: false,
        status: 403,
        message: 'An API token with the bot permissions is required (Authorization: Bearer …)',
      };
    const parts = authorization.trim().split(/\s+/);
    if (parts.length !== 2 || parts[0].toLowerCase() !== 'bearer')
      return { ok: false, status: 401, message: 'Authorization must be "Bearer <API token>"' };
    const token = await this.find(parts[1]);
    if (!token || (token.kind !== null && token.kind !== 'content-api'))
      return { ok: false, status: 401, message: 'Unknown API token' };
    if (token.expiresAt !== null && new Date(token.expiresAt).getTime() < this.now())
      return { ok: false, status: 401, message: 'API token expired' };
    const allowed = token.type === 'full-access' || (token.type === 'custom' && holds(token, action));
    if (!allowed) return { ok: false, status: 403, message: `This API token may not call ${action}` };
    await this.touchHourly(token);
    return { ok: true, token };
  }

  /** Forget every cached token (a token or its permissions changed). */
  invalidate(): void {
    this.cache.clear();
  }

  /**
   * The token of a bearer value, cached by the value itself: its HMAC (what the token table holds) is
   * computed on a miss only (Strapi's builds a SHA-512 HMAC for every call: 0.14 ms of every bot
   * request; CPU profile, see README). The value is kept in this process's memory only as long as the
   * cache keeps the token (ttlMs), as the request that carried it was.
   */
  private async find(accessKey: string): Promise<BotToken | null> {
    const now = this.now();
    const hit = this.cache.get(accessKey);
    if (hit && hit.until > now) return hit.token;
    const token = await this.opts.lookup(this.opts.hash(accessKey));
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(accessKey, { token, until: now + this.opts.ttlMs });
    return token;
  }

  private async touchHourly(token: BotToken): Promise<void> {
    const now = this.now();
    if (token.lastUsedAt !== null && now - new Date(token.lastUsedAt).getTime() < HOUR_MS) return;
    const at = new Date(now);
    token.lastUsedAt = at;
    await this.opts.touch(token, at);
  }
}
