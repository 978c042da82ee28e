import { describe, expect, it } from 'vitest';
import { graphql, useApiServer } from '../support/graph.js';

// The schema has no subscription type: asking for a subscription is the client's mistake, not the server's.
const api = useApiServer();

describe('subscriptions', () => {
  it('are refused with 400 OPERATION_NOT_SUPPORTED, saying this API has none, and run no Cypher', async () => {
    let sent = 0;
    const stop = api.db.onQuery(() => sent++);
    try {
      for (const query of ['subscription { graphStats { nodeCount } }', 'subscription OnChange { __typename }']) {
        const res = await graphql(api.url, query);
        expect(res.status, query).toBe(400);
        expect(res.data, query).toBeUndefined();
        expect(res.errors, query).toEqual([
          { message: 'This API has no subscriptions; send a query or a mutation.', extensions: { code: 'OPERATION_NOT_SUPPORTED' } },
        ]);
      }
    } finally {
      stop();
    }
    expect(sent).toBe(0);
  });

  it('are refused only when chosen: a query next to one in the same document still runs', async () => {
    const document = 'query Stats { graphStats { nodeCount } } subscription Changes { __typename }';
    const run = async (operationName: string) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
      return {
        status: res.status,
        ...((await res.json()) as { data?: { graphStats: { nodeCount: number } }; errors?: { extensions: { code: string } }[] }),
      };
    };
    const stats = await run('Stats');
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.graphStats.nodeCount).toBeGreaterThan(0);
    const changes = await run('Changes');
    expect(changes.status).toBe(400);
    expect(changes.errors?.[0]?.extensions.code).toBe('OPERATION_NOT_SUPPORTED');
  });
});
