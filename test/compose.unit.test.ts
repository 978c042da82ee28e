import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envOf, readDockerfile } from './support/dockerfile.js';

// No Docker engine runs on the CI machines, so the Compose file is checked against the spec's rules here
// (test/docker.test.ts boots the image's layout).
interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval: string; retries: number };
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { prettyErrors: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j 5.26 Community with a healthcheck and a named data volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.healthcheck?.test[0]).toMatch(/^CMD(-SHELL)?$/);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    const [volume] = neo4j?.volumes ?? [];
    expect(volume).toBe('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('builds the API from the repo and starts it once Neo4j is healthy, pointed at it', () => {
    expect(api?.build).toBe('.');
    expect(existsSync('Dockerfile')).toBe(true);
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api?.environment?.HOST).toBe('0.0.0.0');
    expect(api?.ports).toContain('127.0.0.1:4000:4000');
  });

  it('gives the API the password Neo4j was created with', () => {
    const auth = String(neo4j?.environment?.NEO4J_AUTH);
    expect(auth.startsWith('neo4j/')).toBe(true);
    expect(auth.slice('neo4j/'.length)).toBe(api?.environment?.NEO4J_PASSWORD);
  });

  it('gives GraphiQL its docs and completion, which NODE_ENV=production in the image turns off', () => {
    const [, final] = readDockerfile();
    expect(final?.instructions.filter((i) => i.keyword === 'ENV').map(envOf)).toContainEqual({ NODE_ENV: 'production' });
    // Quoted: Compose wants strings, and YAML's true is a boolean.
    expect(api?.environment?.GRAPHQL_INTROSPECTION).toBe('true');
  });
});

/** Folders next to src/ that a module opens at run time (`path.resolve(…import.meta.url…, '../../dir')`). */
function foldersReadAtRunTime(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return foldersReadAtRunTime(file);
    if (!file.endsWith('.ts')) return [];
    return [...readFileSync(file, 'utf8').matchAll(/import\.meta\.url\)\), '\.\.\/\.\.\/([^'/]+)/g)].map((m) => m[1]!);
  });
}

// neo4j-launcher/ is used by the embedded Neo4j only (the image runs against a Neo4j server, NEO4J_URI);
// clients/ is written by `npm run clients:generate` for front-ends, never read by the server.
const NOT_IN_IMAGE = ['neo4j-launcher', 'clients'];

describe('Dockerfile', () => {
  const stages = readDockerfile();
  const final = stages.at(-1)!;
  const copied = final.instructions.filter((i) => i.keyword === 'COPY').map((i) => path.posix.normalize(i.args.at(-1)!));

  it('ships in the final stage every folder the server reads at run time, and the build', () => {
    const folders = [...new Set(foldersReadAtRunTime())].sort();
    expect(folders).toEqual(expect.arrayContaining(['cypher', 'operations', 'public', 'schema', 'seeds']));
    for (const dir of folders.filter((d) => !NOT_IN_IMAGE.includes(d))) expect(copied, dir).toContain(dir);
    expect(copied).toContain('dist');
  });

  it('runs the built server in exec form, so that docker stop reaches node itself', () => {
    const cmd = final.instructions.filter((i) => i.keyword === 'CMD');
    expect(cmd).toHaveLength(1);
    expect(cmd[0]).toMatchObject({ json: true, args: ['node', 'dist/main.js'] });
  });
});
