import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { graphql, useApiServer } from '../support/graph.js';

// Production settings: schema details hidden, CSRF prevention on, no stack traces.
const open = useApiServer();
const production = useApiServer({ introspection: false, fieldSuggestions: false });

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ graphStat { nodeCount } }';

describe('production mode', () => {
  it('is the default under NODE_ENV=production, and each setting can be turned back on', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(loadConfig({})).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      introspection: true,
      fieldSuggestions: false,
    });
  });

  it('refuses introspection when it is off, and answers it when on', async () => {
    const refused = await graphql(production.url, INTROSPECTION);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await graphql(open.url, INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('leaves field suggestions out of validation messages when they are off', async () => {
    expect((await graphql(open.url, TYPO)).errors?.[0]?.message).toMatch(/Did you mean "graphStats"/);
    const hidden = (await graphql(production.url, TYPO)).errors?.[0]?.message;
    expect(hidden).toMatch(/Cannot query field "graphStat"/);
    expect(hidden).not.toMatch(/Did you mean|graphStats/);
  });

  it('sends no stack trace with any kind of error', async () => {
    for (const query of [TYPO, '{ graphStats {', '{ places(first: 0) { nodes { id } } }', '{ node(id: 5) { id } }']) {
      const text = await (
        await fetch(`${production.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).text();
      expect(text, query).toMatch(/"errors"/);
      expect(text, query).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    }
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ graphStats { nodeCount } }');

  it('answers a GET query without a preflight header (a GET cannot write), and refuses a mutation over GET', async () => {
    const simple = await fetch(`${production.url}/graphql?query=${query}`);
    expect(simple.status).toBe(200);
    expect(((await simple.json()) as { data: unknown }).data).toMatchObject({ graphStats: { nodeCount: expect.any(Number) } });
    const mutation = encodeURIComponent('mutation { __typename }');
    const write = await fetch(`${production.url}/graphql?query=${mutation}`);
    expect(write.status).toBe(405);
    expect(await write.text()).toMatch(/GET/);
  });

  it('refuses a simple POST (text/plain or form content type) that a browser may send cross-site', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
      });
      expect(res.status, type).toBe(400);
      expect(await res.text(), type).not.toMatch(/nodeCount/);
    }
  });

  it('runs on Apollo Server 5.5 or later (its GET content-type CSRF fix)', () => {
    const { version } = JSON.parse(readFileSync('node_modules/@apollo/server/package.json', 'utf8')) as { version: string };
    const [major, minor] = version.split('.').map(Number);
    expect(major! > 5 || (major === 5 && minor! >= 5), version).toBe(true);
  });
});
