import type { GraphQLResolveInfo } from 'graphql';
import { auditGraph } from '../../audit/checks.js';
import type { AuditCheck as StoredCheck } from '../../audit/findings.js';
import { auditSnapshot } from '../../data/health.js';
import type { GraphQLContext } from '../context.js';
import { loadEntityWithSelectedFacts } from '../entity-facts.js';
import type { AuditCheck, Resolvers } from '../generated/resolvers.js';
import { inRange } from '../inputs.js';
import { queryOptions } from '../query-options.js';
import type { EntityShape } from '../shapes.js';

// graphHealth: the knowledge audit's checks over the graph, read in one read transaction.

const CHECKS: Record<StoredCheck, AuditCheck> = {
  isolated: 'ISOLATED',
  island: 'ISLAND',
  unlinkedStatement: 'UNLINKED_STATEMENT',
  unheldNumber: 'UNHELD_NUMBER',
  oneSidedEvidence: 'ONE_SIDED_EVIDENCE',
};

/** The first `first` of the ids as entities, in order (an id deleted meanwhile is left out). */
async function entitiesOf(ctx: GraphQLContext, info: GraphQLResolveInfo, ids: readonly string[], first: number, max: number) {
  const found = await Promise.all(ids.slice(0, inRange('first', first, 1, max)).map((id) => loadEntityWithSelectedFacts(ctx, id, info)));
  return found.filter((e): e is EntityShape => e !== null);
}

export const healthResolvers = {
  Query: {
    graphHealth: async (_parent, _args, ctx) => auditGraph(await auditSnapshot(ctx.db, queryOptions(ctx, 'graphHealth'))),
  },
  GraphHealth: {
    componentCount: (health) => health.components.length,
    components: (health, args) => health.components.slice(0, inRange('first', args.first, 1, 100)).map((members) => ({ members })),
    isolatedEntities: (health, args, ctx, info) =>
      entitiesOf(
        ctx,
        info,
        health.components.filter((c) => c.length === 1).map(([id]) => id!),
        args.first,
        500,
      ),
    findingCount: (health) => health.findings.length,
    findings: (health, args) => {
      const first = inRange('first', args.first, 1, 1000);
      const checks = args.checks?.length ? new Set(args.checks) : null;
      return health.findings.filter((f) => !checks || checks.has(CHECKS[f.check])).slice(0, first);
    },
  },
  EntityComponent: {
    size: (component) => component.members.length,
    members: (component, args, ctx, info) => entitiesOf(ctx, info, component.members, args.first, 500),
  },
  AuditFinding: {
    check: (finding) => CHECKS[finding.check],
    detail: (finding) => finding.detail ?? null,
  },
} satisfies Resolvers;
