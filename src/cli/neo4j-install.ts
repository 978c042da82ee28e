import { ensureLauncherBuilt, Neo4jSetupError } from '../neo4j/install.js';

// `npm run neo4j:install`: fetch the Neo4j jars and build the launcher ahead of the first start.
try {
  await ensureLauncherBuilt((msg) => console.log(msg));
  console.log('Embedded Neo4j is ready to start.');
} catch (err) {
  if (!(err instanceof Neo4jSetupError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
