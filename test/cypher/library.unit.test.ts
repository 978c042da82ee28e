import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleArgs } from '../../src/cypher/args.js';
import { codeOnly, parseQueryFile, usedParameters } from '../../src/cypher/header.js';
import { readValidSeeds } from '../../src/seed/seed.js';

// The query library's files as text: a header the CLI can use and Cypher that cannot write.
// library.test.ts runs each file's Example against the seeded graph.

const QUERIES = 'cypher/queries';
const files = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.cypher'))
  .sort();
const text = (file: string) => readFileSync(path.join(QUERIES, file), 'utf8');

const seed = readValidSeeds();
const seedIds = new Set([...seed.entities, ...seed.facts, ...seed.documents].map((x) => x.id));

describe('the Cypher library', () => {
  it('has queries to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(files)('%s', (file) => {
    it('has a header: Title, Answers, declared parameters and a runnable Example', () => {
      const query = parseQueryFile(text(file));
      expect(query.title).toMatch(/\S/);
      expect(query.answers).toMatch(/\S/);
      const args = exampleArgs(query.example ?? '');
      expect(args.file).toBe(`${QUERIES}/${file}`);
      expect(usedParameters(query.cypher).sort()).toEqual(query.params.map((p) => p.name).sort());
      // Ids in the example must still exist: a curator may rename them.
      for (const value of Object.values(args.params).filter((v) => /^[a-z]+:[a-z0-9-]+$/.test(v))) expect(seedIds).toContain(value);
    });

    it('is read-only and plugin-free', () => {
      const code = codeOnly(text(file));
      expect(code).not.toMatch(/\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH|LOAD\s+CSV)\b/i);
      expect(code).not.toMatch(/\bapoc\./i);
    });
  });
});
