import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { DEFAULT_CONNECTION_LIMITS, DEFAULT_LIMITS, DEFAULT_RATE_LIMITS } from '../../src/config/limits.js';

describe('loadConfig', () => {
  it('defaults to port 4000 and an embedded Neo4j on 7687', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toEqual({
      kind: 'embedded',
      boltPort: 7687,
      dataDir: '.data/neo4j',
      heap: '1g',
      startTimeoutMs: 120_000,
      restart: { attempts: 5, backoffMs: 1_000, maxBackoffMs: 30_000, crashLimit: 5, crashWindowMs: 600_000 },
    });
  });

  it('reads when to restart the embedded Neo4j and when to give up, and refuses a cap below the first wait', () => {
    const config = loadConfig({
      NEO4J_RESTART_ATTEMPTS: '0',
      NEO4J_RESTART_BACKOFF_MS: '250',
      NEO4J_RESTART_BACKOFF_MAX_MS: '4000',
      NEO4J_CRASH_LIMIT: '3',
      NEO4J_CRASH_WINDOW_MS: '60000',
    });
    expect(config.neo4j).toMatchObject({
      restart: { attempts: 0, backoffMs: 250, maxBackoffMs: 4_000, crashLimit: 3, crashWindowMs: 60_000 },
    });
    expect(() => loadConfig({ NEO4J_RESTART_ATTEMPTS: '-1' })).toThrow('NEO4J_RESTART_ATTEMPTS');
    expect(() => loadConfig({ NEO4J_CRASH_LIMIT: '0' })).toThrow('NEO4J_CRASH_LIMIT');
    expect(() => loadConfig({ NEO4J_RESTART_BACKOFF_MS: '5000', NEO4J_RESTART_BACKOFF_MAX_MS: '1000' })).toThrow(
      'NEO4J_RESTART_BACKOFF_MAX_MS: must be at least NEO4J_RESTART_BACKOFF_MS',
    );
  });

  it('passes NEO4J_PAGECACHE to the embedded Neo4j (the launcher keeps 256m when unset) and refuses sizes it cannot read', () => {
    expect(loadConfig({ NEO4J_PAGECACHE: '2g' }).neo4j).toMatchObject({ kind: 'embedded', pagecache: '2g' });
    expect(loadConfig({}).neo4j).toMatchObject({ pagecache: undefined });
    expect(() => loadConfig({ NEO4J_PAGECACHE: 'lots' })).toThrow('NEO4J_PAGECACHE: must look like 512m or 2g');
  });

  it('uses an external Neo4j when NEO4J_URI is set, including neo4j:// routing', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'pw',
      database: 'graph',
    });
  });

  it('reports every invalid variable at once, by name, with the value it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_START: 'maybe', NEO4J_HEAP: 'lots' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'NEO4J_URI', 'SEED_ON_START', 'NEO4J_HEAP']) expect(message).toContain(name);
    expect(message).toContain('"eighty"');
    expect(message).toContain('bolt:// or neo4j://');
  });

  it('reads the request limits, defaulting to DEFAULT_LIMITS, and refuses ones that are not positive whole numbers', () => {
    expect(loadConfig({}).limits).toEqual({ ...DEFAULT_LIMITS, ...DEFAULT_CONNECTION_LIMITS });
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_DIRECTIVES: '4',
      GRAPHQL_MAX_TOKENS: '900',
      GRAPHQL_MAX_COST: '777',
      HTTP_MAX_BODY_BYTES: '2048',
      NEO4J_QUERY_TIMEOUT_MS: '1500',
    });
    expect(config.limits).toMatchObject({
      maxDepth: 8,
      maxAliases: 5,
      maxDirectives: 4,
      maxTokens: 900,
      maxCost: 777,
      maxBodyBytes: 2048,
      queryTimeoutMs: 1500,
    });
    const bad = { GRAPHQL_MAX_DEPTH: '0', GRAPHQL_MAX_COST: 'lots', GRAPHQL_INTROSPECTION: 'maybe' };
    for (const name of Object.keys(bad)) expect(() => loadConfig(bad)).toThrow(`${name}: `);
  });

  it('reads the HTTP connection limits, defaulting to DEFAULT_CONNECTION_LIMITS, and refuses a headers timeout longer than the request timeout', () => {
    const config = loadConfig({
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '3000',
      HTTP_MAX_CONNECTIONS: '50',
    });
    expect(config.limits).toMatchObject({
      httpHeadersTimeoutMs: 2000,
      httpRequestTimeoutMs: 4000,
      httpKeepAliveTimeoutMs: 3000,
      httpMaxConnections: 50,
    });
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: '0' })).toThrow('HTTP_MAX_CONNECTIONS: ');
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      'HTTP_REQUEST_TIMEOUT_MS: must be at least HTTP_HEADERS_TIMEOUT_MS, since the request includes its headers (got "10000")',
    );
  });

  it('reads the curator token settings, and never shows the secret in a message', () => {
    expect(loadConfig({}).curator).toBeUndefined();
    const secret = 's'.repeat(32);
    expect(loadConfig({ CURATOR_JWT_SECRET: secret, CURATOR_JWT_ISSUER: 'livegraph' }).curator).toEqual({
      secret,
      issuer: 'livegraph',
      audience: undefined,
    });
    const short = 'short-but-secret';
    let message = '';
    try {
      loadConfig({ CURATOR_JWT_SECRET: short });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('CURATOR_JWT_SECRET: must be at least 32 characters (got 16 characters)');
    expect(message).not.toContain(short);
  });

  it('reads the CORS allow-list (none by default) and refuses what is not an origin', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'http://localhost:5173, https://app.example.org' }).corsOrigins).toEqual([
      'http://localhost:5173',
      'https://app.example.org',
    ]);
    for (const bad of ['*', 'localhost:5173', 'https://app.example.org/', 'https://app.example.org/path', 'http://a.example,nonsense']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS: must be comma-separated origins/);
    }
  });

  it('reads the max-age of cacheable answers (60 s by default; 0 allowed, to make caches revalidate every time)', () => {
    expect(loadConfig({}).cacheMaxAgeSeconds).toBe(60);
    expect(loadConfig({ GRAPHQL_CACHE_MAX_AGE: '0' }).cacheMaxAgeSeconds).toBe(0);
    expect(() => loadConfig({ GRAPHQL_CACHE_MAX_AGE: '-1' })).toThrow(/GRAPHQL_CACHE_MAX_AGE/);
  });

  it('reads TRUST_PROXY as hops or a list of addresses, trusting no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone!' })).toThrow(/TRUST_PROXY/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.kind).toBe('embedded');
  });

  it('rate-limits by default, in memory; RATE_LIMIT_POINTS=0 turns it off; REDIS_URL shares it and never shows in a message', () => {
    expect(loadConfig({}).rateLimit).toEqual({ ...DEFAULT_RATE_LIMITS, redisUrl: undefined });
    expect(loadConfig({ RATE_LIMIT_POINTS: '0' }).rateLimit).toBeUndefined();
    expect(loadConfig({ RATE_LIMIT_POINTS: '2000000', RATE_LIMIT_WINDOW_S: '60', REDIS_URL: 'redis://cache:6379/0' }).rateLimit).toEqual({
      points: 2_000_000,
      windowSeconds: 60,
      redisUrl: 'redis://cache:6379/0',
    });
    expect(() => loadConfig({ REDIS_URL: 'http://user:hunter2@cache' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL \(got \d+ characters\)/,
    );
  });

  it('refuses a rate limit below the cost one operation may have, which would refuse that operation for ever', () => {
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '500', GRAPHQL_MAX_COST: '1000' })).toThrow(
      'RATE_LIMIT_POINTS: must be 0 (off) or at least GRAPHQL_MAX_COST',
    );
    expect(loadConfig({ RATE_LIMIT_POINTS: '1000', GRAPHQL_MAX_COST: '1000' }).rateLimit?.points).toBe(1000);
  });

  it('reads LOG_FORMAT, leaving the choice to the terminal when unset', () => {
    expect(loadConfig({}).logFormat).toBeUndefined();
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT');
  });
});
