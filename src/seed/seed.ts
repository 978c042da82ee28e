import type { AuditException } from '../audit/exceptions.js';
import type { Database } from '../db/neo4j.js';
import { loadSeedSet, type LoadOptions, type LoadSummary } from './load.js';
import { readSeeds, SEEDS_DIR } from './read.js';
import { applySchema } from './schema.js';
import { formatProblem, validateSeeds, type SeedProblem, type SeedSet } from './validate.js';

/** The seeds failed validation; nothing was written. The message lists every problem. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(`The seeds have ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** Reads and validates a seeds folder, throwing every problem at once: the seed set and the audit findings it accepts. */
function readValidSeedFolder(dir: string): { seed: SeedSet; auditExceptions: AuditException[] } {
  const result = validateSeeds(readSeeds(dir));
  if (!result.ok) throw new SeedValidationError(result.problems);
  return result;
}

/** Reads and validates a seeds folder, throwing every problem at once. */
export const readValidSeeds = (dir = SEEDS_DIR): SeedSet => readValidSeedFolder(dir).seed;

/** The audit findings a seeds folder accepts, each with its reason (seeds/README.md, Knowledge audit). */
export const readAuditExceptions = (dir = SEEDS_DIR): AuditException[] => readValidSeedFolder(dir).auditExceptions;

/** Validates, then applies the schema and loads: the whole path of `npm run seed`. */
export async function seedGraph(db: Database, opts: LoadOptions & { dir?: string } = {}): Promise<LoadSummary> {
  const seed = readValidSeeds(opts.dir);
  await applySchema(db);
  return loadSeedSet(db, seed, opts);
}

/** Loads the seeds only when the graph holds no entity yet (first start). */
export async function seedIfEmpty(db: Database, opts: LoadOptions = {}): Promise<LoadSummary | undefined> {
  const [row] = await db.read('MATCH (n:Entity) RETURN count(n) > 0 AS seeded');
  if (row?.seeded) return undefined;
  return seedGraph(db, opts);
}
