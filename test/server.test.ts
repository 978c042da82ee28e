import { describe, expect, it } from 'vitest';
import { graphql, useApiServer } from './support/graph.js';

const api = useApiServer();

describe('API server on the seeded Neo4j', () => {
  it('answers /graphql with numbers read from Neo4j', async () => {
    const [direct] = await api.db.read('MATCH (n:Entity) RETURN count(n) AS entities');
    const res = await graphql<{ graphStats: { nodeCount: number; labels: { name: string; count: number }[] } }>(
      api.url,
      '{ graphStats { nodeCount labels { name count } } }',
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const entityCount = res.data!.graphStats.labels.find((l) => l.name === 'Entity')?.count;
    expect(entityCount).toBe(direct!.entities);
    expect(entityCount).toBeGreaterThan(50);
    expect(res.data!.graphStats.nodeCount).toBeGreaterThan(entityCount!);
  });

  it('is live and ready while Neo4j answers', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { neo4j: 'up' } });
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const kept = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names a syntax error as a client error, without a stack trace', async () => {
    const res = await graphql(api.url, '{ graphStats { nodeCount ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('GraphiQL at /', () => {
  it('serves the page and every asset it loads from this server', async () => {
    const page = await (await fetch(`${api.url}/`)).text();
    expect(page).toContain('GraphiQL');
    // What the page loads (scripts, stylesheets), not where its links lead (the explorer).
    const refs = [...page.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      expect(ref, `${ref} must be served locally`).toMatch(/^\/assets\//);
      const asset = await fetch(`${api.url}${ref}`);
      expect(asset.status, ref).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(100);
    }
  });

  it('points GraphiQL at /graphql', async () => {
    const start = await (await fetch(`${api.url}/assets/graphiql-start.js`)).text();
    expect(start).toContain("new URL('/graphql'");
  });
});
