import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Database } from '../../src/db/neo4j.js';

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux, or no os-release: the kernel's name will do
  }
  return `${os.type()} ${os.release()}`;
}

/** Neo4j's version and edition, and its heap and page cache as Neo4j reports them. */
async function neo4jFacts(db: Database): Promise<string> {
  const [component] = await db.read('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
  let memory = '';
  try {
    const settings = await db.read(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value",
    );
    // The heap is the JVM's -Xmx when the setting is unset (null): the caller states it.
    memory = settings
      .filter((s) => s.value !== null)
      .map((s) => `${String(s.name).replace('server.memory.', '')} ${String(s.value)}`)
      .join(', ');
  } catch {
    // SHOW SETTINGS needs a privilege an external server may not grant; the caller states what it set
  }
  return `Neo4j ${String(component?.version)} ${String(component?.edition)}${memory ? ` (${memory})` : ''}`;
}

/** One line per fact about where the numbers were measured. */
export async function describeMachine(db: Database, neo4jMemory: string): Promise<string[]> {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- RAM: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${osName()}`,
    `- Node ${process.version}`,
    `- ${await neo4jFacts(db)}; ${neo4jMemory}`,
  ];
}
