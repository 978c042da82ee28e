import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';

// Keeps the two test layers of README (Tests) honest: a *.unit.test.ts must run without Neo4j or Java
// (`npm run test:unit` runs it with no globalSetup), and a test that needs neither should be one.
// Read as text, following imports within test/: a marker is how a test reaches Neo4j here.

const TEST_DIR = 'test';
// This file names every marker in its patterns, so it is left out of the scan.
const SELF = path.join(TEST_DIR, 'test-layers.unit.test.ts');

/** Ways a test reaches the shared or a private Neo4j, the API server over it, or a JVM. */
const NEEDS_NEO4J: [what: string, pattern: RegExp][] = [
  [
    'a support module that opens Neo4j',
    /from\s+['"][./]*support\/(graph|private-neo4j|graph-hash|global-setup|launch-and-report)(\.js|\.ts)?['"]/,
  ],
  ['inject() (the global setup’s connection or data folder)', /\binject\s*\(/],
  ['a database of its own', /\bnew\s+Database\s*\(/],
  ['the server, an embedded Neo4j or its launcher', /\b(startApiServer|EmbeddedNeo4j|ensureLauncherBuilt|connectGraph)\b/],
  ['the server’s entry point', /src\/main(\.js|\.ts)?['"]/],
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** The file and every module under test/ it imports, directly or not (imports of src/ are not followed). */
function withTestImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.join(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    if (target.startsWith(`${TEST_DIR}${path.sep}`) && existsSync(target)) withTestImports(target, seen);
  }
  return seen;
}

/** What in `file`, or in the test modules it imports, reaches Neo4j: "file: what [in module]" for each. */
function neo4jUses(file: string): string[] {
  return [...withTestImports(file)].flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return NEEDS_NEO4J.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}${f === file ? '' : ` in ${f}`}`);
  });
}

const files = testFiles(TEST_DIR).sort();
const unit = files.filter((f) => f.endsWith('.unit.test.ts') && f !== SELF);
const integration = files.filter((f) => !f.endsWith('.unit.test.ts'));

describe('the test layers', () => {
  it('finds both kinds of test, so that the checks below check something', () => {
    expect(unit.length).toBeGreaterThan(10);
    expect(integration.length).toBeGreaterThan(10);
  });

  it('has no unit test that reaches Neo4j, itself or through a test module it imports', () => {
    expect(unit.flatMap(neo4jUses)).toEqual([]);
  });

  it('has no integration test that could be a unit test: each reaches Neo4j (else rename it *.unit.test.ts)', () => {
    expect(integration.filter((f) => neo4jUses(f).length === 0)).toEqual([]);
  });

  it('recognises each way of reaching Neo4j the integration tests use', () => {
    // The markers above, tried on lines from real tests, so that a loosened pattern cannot pass silently.
    const lines = [
      "import { useApiServer } from '../support/graph.js';",
      "import { startPrivateNeo4j } from '../support/private-neo4j.js';",
      "const { uri } = inject('neo4j');",
      'const db = new Database({ uri, username, password, database: undefined });',
      'const neo4j = new EmbeddedNeo4j({ dataDir });',
      "spawnTs('src/main.ts', [], env);",
    ];
    for (const line of lines)
      expect(
        NEEDS_NEO4J.some(([, p]) => p.test(line)),
        line,
      ).toBe(true);
    for (const line of [
      "import { DatabaseError } from '../../src/db/neo4j.js';",
      "import { fakeDatabase } from '../support/statements.js';",
    ]) {
      expect(
        NEEDS_NEO4J.some(([, p]) => p.test(line)),
        line,
      ).toBe(false);
    }
  });

  it('gives the Neo4j global setup to the integration project only', () => {
    const projects = (config.test?.projects ?? []).map((p) => (typeof p === 'object' && 'test' in p ? p.test : undefined));
    const named = Object.fromEntries(projects.map((t) => [t?.name, t]));
    expect(Object.keys(named).sort()).toEqual(['integration', 'unit']);
    expect(named.unit?.globalSetup ?? []).toEqual([]);
    expect(config.test?.globalSetup ?? []).toEqual([]);
    expect(named.integration?.globalSetup).toEqual(['test/support/global-setup.ts']);
    expect(named.unit?.include).toEqual(['test/**/*.unit.test.ts']);
    expect(named.integration?.exclude).toContain('test/**/*.unit.test.ts');
  });
});
