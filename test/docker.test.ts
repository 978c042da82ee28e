import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readDockerfile } from './support/dockerfile.js';
import { buildLayout, entries, type ImageRun } from './support/image-layout.js';
import { waitForExit, waitForLine } from './support/processes.js';

// `docker compose up`'s API without a Docker engine (none runs on these machines, and podman cannot
// pull node:20-bookworm-slim here): the image's layout is built from the Dockerfile's own
// instructions in a temporary folder, then its CMD runs with its ENV and the compose file's api
// environment, against the run's Neo4j in place of the compose `neo4j` service.

const stages = readDockerfile();
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: { api: { environment: Record<string, string | number> } };
};

/** Compose's `${VAR:-default}` and `${VAR}`, with no variable set (a newcomer's `docker compose up`). */
const interpolate = (value: string | number) =>
  String(value).replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_m, _name, fallback = '') => fallback);

const work = mkdtempSync(path.join(tmpdir(), 'livegraph-image-'));
let run: ImageRun;
let child: ChildProcess | undefined;
let url: string;
const stdout: string[] = [];
let bootMs = 0;

/** npm's own cache, linked rather than copied, under a folder the image's `npm cache clean --force` may empty. */
function npmCache(): string {
  const cache = path.join(work, 'npm-cache');
  const own = path.join(homedir(), '.npm/_cacache');
  mkdirSync(cache, { recursive: true });
  // Hard links: instant, and the files npm reads are never rewritten in place (cacache writes new ones).
  if (existsSync(own) && spawnSync('cp', ['-al', own, cache]).status !== 0) cpSync(own, path.join(cache, '_cacache'), { recursive: true });
  return cache;
}

beforeAll(async () => {
  const cache = npmCache();
  // What a `docker build` on a machine with the registry needs: the network settings and node on PATH.
  const passed = Object.entries(process.env).filter(([k]) => /^(https?_proxy|no_proxy|npm_config_registry)$/i.test(k));
  const buildEnv = {
    ...(Object.fromEntries(passed) as Record<string, string>),
    PATH: `${path.dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    HOME: path.join(work, 'home'),
    npm_config_cache: cache,
    npm_config_prefer_offline: 'true',
  };
  run = buildLayout(stages, process.cwd(), work, buildEnv);

  const neo4j = inject('neo4j');
  const env = {
    PATH: buildEnv.PATH,
    HOME: buildEnv.HOME,
    ...run.env,
    ...Object.fromEntries(Object.entries(compose.services.api.environment).map(([k, v]) => [k, interpolate(v)])),
    // The compose `neo4j` service is the run's Neo4j here; a free port in place of the published 4000.
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    PORT: '0',
  };
  const started = Date.now();
  const [cmd, ...args] = run.cmd;
  child = spawn(cmd === 'node' ? process.execPath : cmd!, args, { cwd: run.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b: Buffer) => stdout.push(b.toString()));
  const port = await waitForLine(child, /"url":"http:\/\/[^"]*:(\d+)".*"msg":"API listening"/, 120_000);
  url = `http://127.0.0.1:${port}`;
  bootMs = Date.now() - started;
  console.log(`image layout booted in ${bootMs} ms`);
}, 1_200_000);

afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    child.kill('SIGTERM');
    await waitForExit(child.pid, 30_000);
  }
  rmSync(work, { recursive: true, force: true });
}, 60_000);

const post = async (query: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] } };
};

describe('the Docker image, its layout built from the Dockerfile', () => {
  it('runs the Node major the image is built FROM, so this test says something about the image', () => {
    for (const stage of stages) expect(stage.image).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}\\b`));
  });

  it('ships production dependencies only, and boots on them', () => {
    const modules = entries(path.join(run.cwd, 'node_modules'));
    expect(modules).toContain('express');
    expect(modules).not.toContain('vitest');
    expect(existsSync(path.join(run.cwd, 'dist/main.js'))).toBe(true);
    expect(stdout.join('')).toContain('graph already seeded');
  });

  it('answers ready once Neo4j answers', async () => {
    const res = await fetch(`${url}/health/ready`);
    expect(res.status).toBe(200);
  });

  it('answers a GraphQL query from the graph', async () => {
    const { status, body } = await post('{ place(id: "place:guangzhou") { id name } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.place).toMatchObject({ id: 'place:guangzhou' });
  });

  it('serves GraphiQL at / with the example operations as tabs', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/graphiql/graphiql.min.js');
    const start = await (await fetch(`${url}/assets/graphiql-start.js`)).text();
    const examples = readdirSync('operations').filter((f) => f.endsWith('.graphql'));
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) expect(start).toContain(JSON.stringify(readFileSync(path.join('operations', file), 'utf8')).slice(1, 60));
    expect((await fetch(`${url}/assets/graphiql/graphiql.min.js`)).status).toBe(200);
  });

  it('answers introspection, which GraphiQL needs for its docs and completion', async () => {
    const { status, body } = await post('{ __schema { queryType { name } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema).toEqual({ queryType: { name: 'Query' } });
  });

  it('serves the graph explorer and its Cytoscape build', async () => {
    const page = await fetch(`${url}/explore`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await fetch(new URL(src, `${url}/explore`))).status, src).toBe(200);
  });

  it('stops with exit 0 on SIGTERM, as `docker stop` sends it', async () => {
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
