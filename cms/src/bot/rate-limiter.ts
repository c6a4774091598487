interface Bucket {
  tokens: number;
  at: number;
}

/** Per-client token bucket: `perSecond` sustained, `burst` at once. In memory, per process. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; returns 0 when allowed, otherwise the seconds to wait. */
  take(client: string): number {
    const b = this.refill(this.buckets.get(client) ?? { tokens: this.burst, at: this.now() });
    if (this.buckets.size > 100_000) this.buckets.clear();
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return this.secondsToWait(b);
  }

  /** The seconds until `client` may take a token (0: now), without taking one. */
  peek(client: string): number {
    const b = this.buckets.get(client);
    return b && this.refill(b).tokens < 1 ? this.secondsToWait(b) : 0;
  }

  private refill(b: Bucket): Bucket {
    const now = this.now();
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    return b;
  }

  private secondsToWait(b: Bucket): number {
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
}
