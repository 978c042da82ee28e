import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { clientKey, rateLimiter, RateLimitedError } from '../../src/http/rate-limit.js';
import { createLogger } from '../../src/logging/logger.js';

describe('clientKey', () => {
  it('names a token holder by subject, whatever the address', () => {
    expect(clientKey({ subject: 'alice', roles: ['curator'] }, '10.0.0.1')).toBe('sub:alice');
  });

  it('names an anonymous caller by IPv4 address, an IPv4-mapped IPv6 address as the IPv4 one', () => {
    expect(clientKey(null, '203.0.113.7')).toBe('ip:203.0.113.7');
    expect(clientKey(null, '::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it('counts IPv6 callers by their /64, however the address is written', () => {
    const a = clientKey(null, '2001:db8:0:1::5');
    expect(a).toBe('ip:2001:db8:0:1::/64');
    expect(clientKey(null, '2001:0DB8:0000:0001:ffff:1:2:3')).toBe(a);
    expect(clientKey(null, '2001:db8:0:2::5')).not.toBe(a);
    expect(clientKey(null, '::1')).toBe('ip:0:0:0:0::/64');
  });
});

describe('rateLimiter (memory store)', () => {
  const context = (client: string) => ({ client }) as GraphQLContext;

  it('charges each operation its cost and refuses one over what remains, charging it nothing', async () => {
    const limiter = rateLimiter({ points: 100, windowSeconds: 60 }, createLogger('silent'));
    const alice = context('ip:alice');
    await limiter.admit(60, alice);
    const refusal = await limiter.admit(50, alice).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect((refusal as RateLimitedError).extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 50, remaining: 40, limit: 100 });
    const { resetSeconds } = (refusal as RateLimitedError).extensions as { resetSeconds: number };
    expect(resetSeconds).toBeGreaterThan(0);
    expect(resetSeconds).toBeLessThanOrEqual(60);
    // The refused 50 were given back: 40 remain, enough for a cheaper operation.
    await expect(limiter.admit(40, alice)).resolves.toBeUndefined();
    await expect(limiter.admit(1, alice)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('keeps a budget per client', async () => {
    const limiter = rateLimiter({ points: 10, windowSeconds: 60 }, createLogger('silent'));
    await limiter.admit(10, context('ip:a'));
    await expect(limiter.admit(1, context('ip:a'))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limiter.admit(10, context('ip:b'))).resolves.toBeUndefined();
  });

  it('charges fractional and zero costs as whole points, at least one', async () => {
    const limiter = rateLimiter({ points: 2, windowSeconds: 60 }, createLogger('silent'));
    const c = context('ip:c');
    await limiter.admit(0, c);
    await limiter.admit(0.5, c);
    await expect(limiter.admit(0, c)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
