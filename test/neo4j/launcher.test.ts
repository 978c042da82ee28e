import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startPrivateNeo4j } from '../support/private-neo4j.js';
import { isRunning, spawnTs, waitForExit, waitForLine } from '../support/processes.js';

describe('embedded Neo4j launcher', () => {
  it('leaves no JVM behind when its parent is killed with SIGKILL', async () => {
    const child = spawnTs('test/support/launch-and-report.ts', [path.join(inject('dataRoot'), 'orphan')]);
    const jvmPid = Number(await waitForLine(child, /^JVM_PID (\d+)$/, 120_000));
    expect(isRunning(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    // The JVM sees its stdin close and shuts down by itself.
    expect(await waitForExit(jvmPid, 30_000)).toBe(true);
  });

  it('npm start from an empty data folder: starts Neo4j, seeds, serves, and exits 0 on SIGTERM with the JVM gone', async () => {
    const server = spawnTs('src/main.ts', [], {
      PORT: '0',
      NEO4J_URI: '',
      NEO4J_BOLT_PORT: '0',
      NEO4J_DATA_DIR: path.join(inject('dataRoot'), 'npm-start'),
      NEO4J_HEAP: '512m',
      LOG_LEVEL: 'info',
    });
    const jvmPid = Number(await waitForLine(server, /Neo4j is listening on \S+ \(pid (\d+)\)/, 120_000));
    const url = await waitForLine(server, /"url":"(http:\/\/[^"]+)"/, 120_000);
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { labels { name count } } }' }),
    });
    const body = (await res.json()) as { data: { graphStats: { labels: { name: string; count: number }[] } } };
    expect(body.data.graphStats.labels.find((l) => l.name === 'Entity')?.count).toBeGreaterThan(50);

    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
    expect(await waitForExit(jvmPid, 5_000)).toBe(true);
  });

  it("stops without waiting out Netty's quiet periods: Bolt's two event loop groups took 5 s each, 10 s a stop at the least", async () => {
    const { neo4j, db } = await startPrivateNeo4j('quick-stop');
    await db.read('RETURN 1');
    await db.close();
    const started = Date.now();
    await neo4j.stop();
    // Not a speed test: the old stop could not take less than 10 s; this one takes about half a second.
    expect(Date.now() - started).toBeLessThan(9_000);
  });
});
