import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RUNNING_FILE } from '../../src/neo4j/launcher.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// `npm run cypher` without NEO4J_URI beside a running server: it must use that server's Neo4j (a
// second one cannot open the same data folder), and start its own only when none runs.

const run = promisify(execFile);
const queryDir = mkdtempSync(path.join(tmpdir(), 'cypher-cli-'));
const QUERY = path.join(queryDir, 'marker.cypher');
writeFileSync(QUERY, '// Title: the marker node\nMATCH (m:CliMarker) RETURN m.name AS name\n');
afterAll(() => rmSync(queryDir, { recursive: true, force: true }));

/** The CLI as `npm run cypher -- FILE` runs it, on the embedded Neo4j of `dataDir`. */
const cypherCli = (dataDir: string) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/cypher.ts', QUERY], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '512m' },
    timeout: 180_000,
  });

describe('npm run cypher beside a running server', () => {
  it("uses the running server's Neo4j, and starts its own on the same folder once that one has stopped", async () => {
    const dataDir = path.join(inject('dataRoot'), 'cypher-cli');
    const server = await startPrivateNeo4j('cypher-cli');
    try {
      await server.db.write("CREATE (:CliMarker {name: 'written by the server'})");
      const running = JSON.parse(readFileSync(path.join(dataDir, RUNNING_FILE), 'utf8')) as unknown;
      expect(running).toEqual({ uri: server.neo4j.uri, pid: server.neo4j.pid });

      const shared = await cypherCli(dataDir);
      expect(shared.stdout).toContain('written by the server');
      expect(shared.stderr).toContain(`Using the Neo4j already serving ${dataDir} at ${server.neo4j.uri}`);
      expect(shared.stderr).not.toContain('Neo4j is listening');
    } finally {
      await server.close();
    }
    expect(existsSync(path.join(dataDir, RUNNING_FILE))).toBe(false);

    const own = await cypherCli(dataDir);
    expect(own.stderr).toMatch(/Neo4j is listening on bolt:\/\/\S+ \(pid \d+\)/);
    expect(own.stdout).toContain('written by the server');
    // It stopped the Neo4j it started, and took its file away with it.
    expect(existsSync(path.join(dataDir, RUNNING_FILE))).toBe(false);
  });
});

// --format and --wide on the shared seeded graph: facts about Guangzhou with their whole statements
// (well over the table's 60 characters), dates, integers and a node, compared with the seeds.
const FACTS = path.join(queryDir, 'facts.cypher');
writeFileSync(
  FACTS,
  `// Title: facts about Guangzhou
MATCH (f:Fact)-[:ABOUT]->(n:Entity {id: 'place:guangzhou'})
RETURN f.id AS id, f.statement AS statement, f.periodStart AS start, size(f.statement) AS length, n AS subject
ORDER BY id
`,
);

/** The CLI on the shared database, given as NEO4J_URI. */
function cypherOnShared(...args: string[]) {
  const { uri, username, password } = inject('neo4j');
  return run(process.execPath, ['--import', 'tsx', 'src/cli/cypher.ts', FACTS, ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    timeout: 60_000,
  });
}

describe('npm run cypher --format and --wide', () => {
  const facts = readValidSeeds()
    .facts.filter((f) => f.subjects.some((s) => s.entity === 'place:guangzhou'))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const expected = facts.map((f) => ({ id: f.id, statement: f.statement, start: f.period?.start ?? null, length: f.statement.length }));

  it('json: an array of row objects, integers as numbers, dates as ISO text, a node as its properties', async () => {
    const rows = JSON.parse((await cypherOnShared('--format', 'json')).stdout) as Record<string, unknown>[];
    expect(rows.map(({ subject: _subject, ...rest }) => rest)).toEqual(expected);
    expect(rows[0]!.subject).toMatchObject({ id: 'place:guangzhou', kind: 'Place', name: 'Guangzhou' });
  });

  it('csv: RFC 4180 that a CSV parser reads back whole', async () => {
    const rows = parse((await cypherOnShared('--format', 'csv')).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.statement, r.start, r.length])).toEqual(
      expected.map((f) => [f.id, f.statement, f.start ?? '', String(f.length)]),
    );
    expect(JSON.parse(rows[0]!.subject!)).toMatchObject({ id: 'place:guangzhou' });
  });

  it('table: statements cut at 60 characters, whole with --wide', async () => {
    const long = expected.find((f) => f.length > 80)!;
    const oneLine = long.statement.replace(/\s+/g, ' ');
    expect((await cypherOnShared()).stdout).not.toContain(oneLine);
    const wide = (await cypherOnShared('--wide')).stdout;
    expect(wide).toContain(oneLine);
    expect(wide).toContain(`(${expected.length} rows)`);
  });
});
