import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNNING_FILE, runningNeo4j } from '../../src/neo4j/launcher.js';

const dir = mkdtempSync(path.join(tmpdir(), 'running-neo4j-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (text: string) => writeFileSync(path.join(dir, RUNNING_FILE), text);

describe('runningNeo4j', () => {
  it('reads the Bolt URI of a Neo4j whose process runs', () => {
    write(JSON.stringify({ uri: 'bolt://127.0.0.1:7687', pid: process.pid }));
    expect(runningNeo4j(dir)).toEqual({ uri: 'bolt://127.0.0.1:7687', pid: process.pid });
  });

  it('ignores a file left by a process that has gone (a server killed before it could remove it)', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    write(JSON.stringify({ uri: 'bolt://127.0.0.1:7687', pid: gone }));
    expect(runningNeo4j(dir)).toBeUndefined();
  });

  it('ignores a missing or unreadable file', () => {
    expect(runningNeo4j(path.join(dir, 'nowhere'))).toBeUndefined();
    write('not json');
    expect(runningNeo4j(dir)).toBeUndefined();
    write(JSON.stringify({ uri: 'http://127.0.0.1:7474', pid: process.pid }));
    expect(runningNeo4j(dir)).toBeUndefined();
  });
});
