import { RateLimiter } from '../../cms/src/bot/rate-limiter';

describe('RateLimiter.peek', () => {
  it('says how long a client must wait without taking from its allowance', () => {
    let now = 0;
    const limiter = new RateLimiter(0.5, 2, () => now);
    expect(limiter.peek('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.peek('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.peek('a')).toBe(2);
    expect(limiter.peek('a')).toBe(2);
    now = 2_000;
    expect(limiter.peek('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.peek('b')).toBe(0);
  });
});
