import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('embedded Neo4j set-up', () => {
  it('says what to install, or to set NEO4J_URI, when Java is missing', () => {
    // A PATH with node on it but no java or mvn.
    const bin = mkdtempSync(path.join(tmpdir(), 'no-java-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/neo4j-install.ts'], {
      env: { ...process.env, PATH: bin },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Java was not found on PATH. Install Java 17+ and Maven 3.8+ (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use a Neo4j server of your own.',
    );
  });
});
