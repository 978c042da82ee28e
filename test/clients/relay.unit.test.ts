import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// relay-compiler (the npm package ships its Rust binary per platform) compiles a paginated fragment and a
// refetchable node fragment against the published schema, with the published scalar map.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'test-artifacts/clients/relay');
const relayCompiler = path.join(root, 'node_modules/relay-compiler/cli.js');

const FRAGMENTS = `import { graphql } from 'react-relay';

export const placesList = graphql\`
  fragment PlacesList_query on Query
  @refetchable(queryName: "PlacesListPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    places(first: $first, after: $after) @connection(key: "PlacesList_places") {
      totalCount
      edges { node { id name placeType } }
    }
  }
\`;

export const placeCard = graphql\`
  fragment PlaceCard_place on Place @refetchable(queryName: "PlaceCardRefetchQuery") {
    id
    name
    degree
    parent { id node { id name } }
  }
\`;
`;

async function compile(): Promise<{ ok: boolean; output: string }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src/fragments.ts'), FRAGMENTS);
  const config = {
    src: './src',
    schema: path.join(root, 'clients/schema.graphql'),
    language: 'typescript',
    customScalarTypes: JSON.parse(readFileSync(path.join(root, 'clients/scalars.json'), 'utf8')),
  };
  writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify(config, null, 2));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [relayCompiler], { cwd: dir });
    return { ok: true, output: stdout + stderr };
  } catch (e) {
    const { stdout, stderr } = e as { stdout: string; stderr: string };
    return { ok: false, output: stdout + stderr };
  }
}

describe('relay-compiler with clients/schema.graphql and clients/scalars.json', () => {
  it('compiles a @connection on places (first: Int) and a @refetchable node fragment', async () => {
    const { ok, output } = await compile();
    expect(output).not.toMatch(/error/i);
    expect(ok, output).toBe(true);
    const generated = path.join(dir, 'src/__generated__');
    for (const artefact of ['PlacesList_query.graphql.ts', 'PlacesListPaginationQuery.graphql.ts', 'PlaceCardRefetchQuery.graphql.ts'])
      expect(existsSync(path.join(generated, artefact)), artefact).toBe(true);
    // The node refetch goes through Query.node; custom scalars are typed from the map, not `unknown`.
    expect(readFileSync(path.join(generated, 'PlaceCardRefetchQuery.graphql.ts'), 'utf8')).toContain('node(id: $id)');
    const card = readFileSync(path.join(generated, 'PlaceCard_place.graphql.ts'), 'utf8');
    expect(card).toMatch(/readonly degree: number;/);
  }, 120_000);
});
