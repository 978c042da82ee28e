import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag } from '../../src/http/cache.js';

const parts = { schema: 's', version: 'v1', query: '{ a }', variables: '{"x":1}', operationName: undefined, accept: 'application/json' };

describe('ETags of GET queries', () => {
  it('is strong, and changes with each part the answer depends on', () => {
    const etag = etagOf(parts);
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(etagOf({ ...parts })).toBe(etag);
    for (const change of [
      { schema: 't' },
      { version: 'v2' },
      { query: '{ b }' },
      { variables: '{"x":2}' },
      { operationName: 'A' },
      { accept: 'application/graphql-response+json' },
    ]) {
      expect(etagOf({ ...parts, ...change }), JSON.stringify(change)).not.toBe(etag);
    }
  });

  it('cannot be made equal by moving text between parts', () => {
    expect(etagOf({ ...parts, query: '{ a }', variables: 'b' })).not.toBe(etagOf({ ...parts, query: '{ a }b', variables: '' }));
  });

  it('matches If-None-Match by weak comparison, in a list, or `*`', () => {
    const etag = '"abc"';
    expect(matchesEtag(undefined, etag)).toBe(false);
    expect(matchesEtag('"abc"', etag)).toBe(true);
    expect(matchesEtag('W/"abc"', etag)).toBe(true);
    expect(matchesEtag('"x", "abc"', etag)).toBe(true);
    expect(matchesEtag(' * ', etag)).toBe(true);
    expect(matchesEtag('"abcd", abc', etag)).toBe(false);
  });
});
