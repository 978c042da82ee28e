import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { connectGraph } from '../graph-connection.js';
import { SeedValidationError, seedGraph } from '../seed/seed.js';

// `npm run seed [-- --reset] [--dir seeds]`: validate the seed files and load them.
const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, dir: { type: 'string' } } });
const graph = await connectGraph(loadConfig(), (msg) => console.error(msg));
try {
  await seedGraph(graph.db, { reset: values.reset, dir: values.dir, progress: (msg) => console.log(msg) });
} catch (err) {
  if (!(err instanceof SeedValidationError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await graph.close();
}
