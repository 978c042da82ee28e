import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { graphql, useApiServer } from '../support/graph.js';

const api = useApiServer();
const published = buildSchema(readFileSync(new URL('../../clients/schema.graphql', import.meta.url), 'utf8'));

describe('custom scalars as the running API introspects them', () => {
  it('carry the @specifiedBy URL and description of the SDL (clients/schema.graphql)', async () => {
    const res = await graphql<{ __schema: { types: { name: string; kind: string; specifiedByURL: string | null; description: string }[] } }>(
      api.url,
      '{ __schema { types { name kind specifiedByURL description } } }',
    );
    const scalars = res.data!.__schema.types.filter((t) => t.kind === 'SCALAR' && published.getType(t.name)?.astNode);
    expect(scalars.map((s) => s.name).sort()).toEqual(['Date', 'NonNegativeInt', 'PartialDate', 'PositiveInt']);
    for (const scalar of scalars) {
      const sdl = published.getType(scalar.name) as { specifiedByURL?: string | null; description?: string | null };
      expect({ url: scalar.specifiedByURL, description: scalar.description }, scalar.name).toEqual({
        url: sdl.specifiedByURL,
        description: sdl.description,
      });
    }
  });
});
