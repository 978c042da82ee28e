import { loadConfig } from '../config/env.js';
import { connectGraph } from '../graph-connection.js';
import { parseCliArgs } from '../cypher/args.js';
import { errorLine, prepareQuery, readQueryFile } from '../cypher/run.js';
import { renderRows } from '../cypher/output.js';

// `npm run cypher -- FILE [--param key=value]... [--format table|csv|json] [--wide]`: runs one query
// file read-only against the configured database and prints the result as a table (cells cut at 60
// characters unless --wide), CSV or JSON. Progress goes to stderr, the result to stdout.
// Without NEO4J_URI it uses the embedded Neo4j of a running `npm start` on the same data folder, and
// starts one of its own only when none runs (two cannot share a folder).
try {
  const args = parseCliArgs(process.argv.slice(2));
  const { query, params } = prepareQuery(await readQueryFile(args.file), args.params);
  const graph = await connectGraph(loadConfig(), (msg) => console.error(msg), { shareRunning: true });
  try {
    process.stdout.write(renderRows(await graph.db.read(query.cypher, params), args.format, args.wide));
  } finally {
    await graph.close();
  }
} catch (err) {
  console.error(`cypher: ${errorLine(err)}`);
  process.exitCode = 1;
}
