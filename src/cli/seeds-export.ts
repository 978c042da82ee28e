import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { connectGraph } from '../graph-connection.js';
import { exportGraph } from '../seed/export.js';
import { checkTarget, ExportError, seedFiles, writeSeedFolder } from '../seed/export-files.js';
import { CURATOR_ORIGIN } from '../seed/rows.js';

// `npm run seeds:export -- DIR [--force]`: the whole graph, curators' items included, as a seeds
// folder that `npm run seed -- --dir DIR` loads into an empty database as the same graph.
const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
const [dir] = positionals;
if (!dir || positionals.length > 1) {
  console.error('Usage: npm run seeds:export -- DIR [--force]');
  process.exit(2);
}
try {
  // Refuse a bad target before starting or reading a database.
  checkTarget(dir, values.force);
} catch (err) {
  if (!(err instanceof ExportError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const graph = await connectGraph(loadConfig(), (msg) => console.error(msg));
try {
  const started = performance.now();
  const exported = await exportGraph(graph.db);
  for (const warning of exported.warnings) console.error(`warning: ${warning}`);
  const files = seedFiles(exported);
  writeSeedFolder(dir, files, { force: values.force });
  const items = [...exported.documents, ...exported.entities, ...exported.relationships, ...exported.facts];
  const curated = items.filter((i) => i.origin === CURATOR_ORIGIN).length;
  const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `Exported ${exported.documents.length} documents, ${exported.entities.length} entities, ${exported.relationships.length} relationships ` +
      `and ${exported.facts.length} facts (${curated} of them curators') to ${dir}: ${files.size} files, ${bytes} bytes, ` +
      `in ${Math.round(performance.now() - started)} ms. The graph holds ${exported.nodes} nodes and ${exported.relationshipCount} ` +
      `relationships; its ${exported.changes} audit records (:Change) are not exported.`,
  );
} catch (err) {
  if (!(err instanceof ExportError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await graph.close();
}
