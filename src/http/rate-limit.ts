import { isIPv6 } from 'node:net';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimits } from '../config/limits.js';
import type { Viewer } from '../curation/token.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';

/** Refused for this window: 429 with Retry-After, as the IETF RateLimit header draft and GitHub do. */
export class RateLimitedError extends GraphQLError {
  constructor(
    cost: number,
    remaining: number,
    limit: number,
    resetSeconds: number,
    /** Where the client stands, for the RateLimit-* headers of the refusal. */
    readonly state: RateState,
  ) {
    super(
      `This operation costs ${cost} points and ${remaining} of your ${limit} remain; the budget refills in ${resetSeconds} s. Ask for less, or wait.`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          cost,
          remaining,
          limit,
          resetSeconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(resetSeconds)]]) },
        },
      },
    );
  }
}

/**
 * Who pays: a valid token's subject, else the address. An IPv6 address counts by its /64, the
 * block one host usually gets whole; an IPv4 address mapped into IPv6 counts as itself.
 */
export function clientKey(viewer: Viewer | null, address: string | undefined): string {
  if (viewer) return `sub:${viewer.subject}`;
  const ip = address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? 'unknown';
  if (!isIPv6(ip)) return `ip:${ip}`;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `ip:${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The counters: in this process, or in Redis, where several API processes share them. */
function store(options: RateLimits, log: Logger): { limiter: RateLimiterAbstract; close: () => Promise<void> } {
  const common = { points: options.points, duration: options.windowSeconds, keyPrefix: 'livegraph:rate' };
  if (!options.redisUrl) return { limiter: new RateLimiterMemory(common), close: async () => {} };
  // No offline queue: while Redis is away a request must not wait for it; the insurance limiter counts instead.
  const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let healthy = false;
  redis.on('ready', () => {
    healthy = true;
    log.info('rate limits: counting in Redis, shared by every API process that uses it');
  });
  redis.on('error', (err: Error) => {
    if (healthy || redis.status !== 'ready')
      log.warn({ err: err.message }, 'rate limits: Redis unreachable, counting in this process meanwhile');
    healthy = false;
  });
  const limiter = new RateLimiterRedis({
    ...common,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    // Each process keeps limiting on its own while Redis is away, rather than refusing or admitting everyone.
    insuranceLimiter: new RateLimiterMemory(common),
  });
  return {
    limiter,
    close: () =>
      redis.quit().then(
        () => undefined,
        () => redis.disconnect(),
      ),
  };
}

/** Where a client stands after a charge: points left in the window, and time until it refills. */
export interface RateState {
  remaining: number;
  resetMs: number;
}

export interface RateLimiter {
  /** Charges the client the operation's cost, or refuses it (RateLimitedError); the analysis plugin calls it before execution. */
  admit(cost: number, context: GraphQLContext): Promise<void>;
  /** Charges `client` a request's cost outside GraphQL (exports), or refuses it (RateLimitedError), charging nothing. */
  charge(client: string, cost: number): Promise<RateState>;
  /** The RateLimit-* headers that tell a client where it stands. */
  headers(state: RateState): [name: string, value: string][];
  /** Sets the RateLimit-* headers on every answer and charges 1 point to requests refused before their cost was known. */
  plugin: ApolloServerPlugin<GraphQLContext>;
}

/**
 * Points per client over a fixed window, an operation costing its estimated cost (GitHub's model:
 * 5,000 points an hour against the cost it reports). A refused operation costs nothing, so a client
 * over budget keeps what it has for cheaper operations.
 */
export function rateLimiter(options: RateLimits, log: Logger): RateLimiter {
  const { limiter, close } = store(options, log);
  const { points: limit } = options;
  // The state each answer reports: the window as it stood after this request's charge.
  const states = new WeakMap<GraphQLContext, RateState>();

  async function charge(client: string, cost: number): Promise<RateState> {
    const points = Math.max(1, Math.ceil(cost));
    try {
      const res = await limiter.consume(client, points);
      return { remaining: res.remainingPoints, resetMs: res.msBeforeNext };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await limiter.reward(client, points);
      const state = { remaining: Math.max(0, limit - (rejection.consumedPoints - points)), resetMs: rejection.msBeforeNext };
      throw new RateLimitedError(points, state.remaining, limit, seconds(state.resetMs), state);
    }
  }

  const headers = (state: RateState): [string, string][] => [
    ['ratelimit-limit', String(limit)],
    ['ratelimit-remaining', String(state.remaining)],
    ['ratelimit-reset', String(seconds(state.resetMs))],
    ['ratelimit-policy', `${limit};w=${options.windowSeconds}`],
  ];

  return {
    charge,
    headers,
    async admit(cost, context) {
      try {
        states.set(context, await charge(context.client, cost));
      } catch (err) {
        if (err instanceof RateLimitedError) states.set(context, err.state);
        throw err;
      }
    },
    plugin: {
      async serverWillStart() {
        return { serverWillStop: close };
      },
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, response }) {
            let state = states.get(contextValue);
            if (!state) {
              // Refused before analysis (syntax, validation, limits): still work done, so still a point.
              const res = await limiter.penalty(contextValue.client, 1);
              state = { remaining: Math.max(0, limit - res.consumedPoints), resetMs: res.msBeforeNext };
            }
            for (const [name, value] of headers(state)) response.http.headers.set(name, value);
          },
        };
      },
    },
  };
}
