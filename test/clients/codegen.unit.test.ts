import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { beforeAll, describe, expect, it } from 'vitest';

// graphql-codegen's client preset, as a front-end runs it: the published schema and scalar map
// (clients/), the example operations as documents. Written under test-artifacts/ so that the generated
// code resolves its imports from the project's node_modules.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'test-artifacts/clients/codegen');
const scalars = JSON.parse(readFileSync(path.join(root, 'clients/scalars.json'), 'utf8')) as Record<string, string>;

/** Type-checks one file beside the generated code; returns tsc's diagnostics, empty when it compiles. */
async function typeCheck(name: string, source: string): Promise<string> {
  writeFileSync(path.join(dir, name), source);
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
  try {
    await promisify(execFile)(process.execPath, [tsc, ...args, path.join(dir, name)]);
    return '';
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
}

describe('graphql-codegen client preset with clients/schema.graphql and clients/scalars.json', () => {
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    await generate(
      {
        schema: path.join(root, 'clients/schema.graphql'),
        documents: path.join(root, 'operations/*.graphql'),
        // strictScalars: a custom scalar missing from the map fails the generation instead of typing as `any`.
        generates: { [`${dir}/gql/`]: { preset: 'client', config: { scalars, strictScalars: true, useTypeImports: true } } },
        silent: true,
      },
      true,
    );
  }, 120_000);

  it('types every custom scalar: no operation or variables type holds `unknown` or `any`', () => {
    // Every line but the documents' casts (`as unknown as DocumentNode`), the `Exact` helper's constraint
    // and the SDL's descriptions, copied as comments (whose English may say "any").
    const types = readFileSync(path.join(dir, 'gql/graphql.ts'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('export const ') && !line.startsWith('type Exact<') && !/^\s*(\/\*\*|\*)/.test(line));
    expect(types.filter((line) => /\b(unknown|any)\b/.test(line))).toEqual([]);
    // The Date variables of 02-numbers-for-a-place.graphql, which codegen types `unknown` without the scalar map.
    expect(types).toContain('  from?: string | null | undefined;');
  });

  it('types the results and variables of the example operations', async () => {
    const ok = `import type { NumbersForAPlaceQuery, NumbersForAPlaceQueryVariables, PeopleAndAffiliationsQuery } from './gql/graphql.js';
export const variables: NumbersForAPlaceQueryVariables = { place: 'place:shenzhen', from: '2023-01-01', to: '2024-12-31' };
export const total = (d: NumbersForAPlaceQuery): number => (d.facts?.totalCount ?? 0) + (d.facts?.nodes[0]?.rank ?? 0);
export const firstDay = (d: NumbersForAPlaceQuery): string | undefined => d.facts?.nodes[0]?.period?.start;
export const people = (d: PeopleAndAffiliationsQuery): number => d.people?.totalCount ?? 0;
`;
    expect(await typeCheck('typed.ts', ok)).toBe('');
  }, 60_000);

  it('refuses a wrong variable type: a number for a Date', async () => {
    const wrong = `import type { NumbersForAPlaceQueryVariables } from './gql/graphql.js';
export const variables: NumbersForAPlaceQueryVariables = { place: 'place:shenzhen', to: 123 };
`;
    expect(await typeCheck('wrong.ts', wrong)).toMatch(/wrong\.ts\(2,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  }, 60_000);
});
