import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/audit.js';
import { seedSnapshot } from '../../src/audit/seed-snapshot.js';
import { auditSnapshot } from '../../src/data/health.js';
import { readSeeds } from '../../src/seed/read.js';
import { validateSeeds } from '../../src/seed/validate.js';
import { sharedDatabase } from '../support/graph.js';

// The knowledge audit over the shared seeded database: what `npm run audit` runs.
const db = sharedDatabase();
afterAll(() => db.close());

const validation = validateSeeds(readSeeds());
if (!validation.ok) throw new Error('the seeds do not validate');
const { seed, auditExceptions } = validation;

const sortedBy = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe('the audit snapshot of the seeded graph', () => {
  it('reads what the seed files say: every entity, relationship with its quotes, and fact with its entities', async () => {
    const fromGraph = await auditSnapshot(db);
    const fromSeeds = seedSnapshot(seed);
    const normalise = (s: typeof fromGraph) => ({
      entities: sortedBy(s.entities, (e) => e.id).map((e) => ({ ...e, aliases: [...e.aliases].sort(), dates: [...e.dates].sort() })),
      relationships: sortedBy(s.relationships, (r) => r.key).map((r) => ({ ...r, quotes: [...r.quotes].sort() })),
      facts: sortedBy(s.facts, (f) => f.id).map((f) => ({
        id: f.id,
        statement: f.statement,
        statedBy: f.statedBy,
        entities: [...f.entities].sort(),
        // As text, the way the unheld-number check reads them: 100 is "100" from either side.
        values: f.values,
      })),
    });
    expect(normalise(fromGraph)).toEqual(normalise(fromSeeds));
  });

  it('passes the audit: every finding is accepted with a reason and no exception is stale', async () => {
    const report = runAudit(await auditSnapshot(db), auditExceptions);
    expect(report.open).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.passed).toBe(true);
  });
});
