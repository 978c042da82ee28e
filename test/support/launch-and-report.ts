import { EmbeddedNeo4j } from '../../src/neo4j/launcher.js';

// Child process for the launcher tests: starts Neo4j, reports the JVM's pid, then waits to be killed.
const neo4j = new EmbeddedNeo4j({ dataDir: process.argv[2]!, boltPort: 0, heap: '512m', startTimeoutMs: 120_000 });
await neo4j.start();
console.log(`JVM_PID ${neo4j.pid}`);
setInterval(() => {}, 1_000);
