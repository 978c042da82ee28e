import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs on the CI machines, so the Compose file is checked against the spec's rules here.
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

  it('ships in the image everything the server reads at run time', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    for (const dir of ['schema', 'cypher', 'seeds', 'dist']) expect(dockerfile).toMatch(new RegExp(`COPY .*\\b${dir}\\b`));
    expect(dockerfile).toContain('CMD ["node", "dist/main.js"]');
  });
});
