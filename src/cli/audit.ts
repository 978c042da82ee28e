import { parseArgs } from 'node:util';
import { runAudit } from '../audit/audit.js';
import { renderAudit } from '../audit/render.js';
import { loadConfig } from '../config/env.js';
import { auditSnapshot } from '../data/health.js';
import { connectGraph } from '../graph-connection.js';
import { readAuditExceptions, SeedValidationError } from '../seed/seed.js';

// `npm run audit [-- --dir seeds]`: audits the knowledge in the configured graph (read-only) against
// the exceptions the seed files accept; exits 1 when a finding is not accepted or an exception is stale.
const { values } = parseArgs({ options: { dir: { type: 'string' } } });
try {
  const exceptions = readAuditExceptions(values.dir);
  const graph = await connectGraph(loadConfig(), (msg) => console.error(msg), { shareRunning: true });
  try {
    const report = runAudit(await auditSnapshot(graph.db), exceptions);
    console.log(renderAudit(report));
    if (!report.passed) process.exitCode = 1;
  } finally {
    await graph.close();
  }
} catch (err) {
  if (!(err instanceof SeedValidationError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
