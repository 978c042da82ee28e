import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { allowListed, ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import { evidencedBy, ifAsOf } from './as-of.js';
import { RELATIONSHIP_EVIDENCE } from './evidence.js';
import { entityFactParams, entityFactsSubquery, type EntityFactSpec } from './facts.js';
import { entityMap, type EntityProjection } from './projection.js';

/** Which relationships of an entity to follow. */
export interface RelationSpec {
  types: readonly RelationshipType[];
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Only related entities of these kinds; any kind when null. */
  kinds: readonly EntityKind[] | null;
  /** At most this many per entity. */
  limit: number;
  /** The related entity's properties to return. */
  projection: EntityProjection;
  /** Also the Evidence nodes of each relationship (otherwise only their ids, in `props.evidenceIds`). */
  withEvidence: boolean;
  /** Also the related entity's facts of this spec, as `facts` in each row; none when null. */
  nodeFacts: EntityFactSpec | null;
  /** Only relationships a document published by this day (YYYY-MM-DD) evidences; all when null. */
  asOf: string | null;
  /**
   * Also the relationships of the entities located in it (LOCATED_IN, at any depth up to
   * WITHIN_DEPTH), as if its own: a place's policies include those its bureaus issued.
   */
  within?: boolean;
}

/** How deep `within` follows LOCATED_IN: village, street, district, city, province, country, and a body in the village. */
const WITHIN_DEPTH = 6;

// `s` is the entity itself, or with `within` also each entity located in it.
const PATTERNS = {
  OUTGOING: '(s)-[r:TYPES]->(m:Entity)',
  INCOMING: '(s)<-[r:TYPES]-(m:Entity)',
  BOTH: '(s)-[r:TYPES]-(m:Entity)',
} as const;

/**
 * The relationships of many entities at once, with the related entity, the relationship's
 * properties and, when the spec asks, its evidence and the related entity's facts: one statement
 * for all the ids.
 */
export async function relationsOf(
  db: Database,
  ids: readonly string[],
  spec: RelationSpec,
  opts?: QueryOptions,
): Promise<Map<string, Row[]>> {
  const types = spec.types.map((t) => allowListed(t, RELATIONSHIP_TYPE_NAMES)).join('|');
  const kinds = spec.kinds?.map((k) => allowListed(k, ENTITY_KIND_NAMES)) ?? null;
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       ${spec.within ? `MATCH (n)<-[:LOCATED_IN*0..${WITHIN_DEPTH}]-(s:Entity)` : 'WITH n, n AS s'}
       MATCH ${PATTERNS[spec.direction].replace('TYPES', types)}
       WHERE (m.kind IN $kinds OR $kinds IS NULL) AND m <> n AND ${ifAsOf(spec.asOf, evidencedBy('r', '$asOf'))}
       WITH DISTINCT n, s, r, m ORDER BY type(r), m.name, m.id, s <> n LIMIT $limit
       ${spec.nodeFacts ? entityFactsSubquery(spec.nodeFacts, 'm') : ''}
       RETURN collect({type: type(r), outgoing: startNode(r) = s, props: properties(r), node: ${entityMap('m', spec.projection)}${
         spec.withEvidence ? `, evidence: ${RELATIONSHIP_EVIDENCE}` : ''
       }${spec.nodeFacts ? ', facts: facts' : ''}}) AS relations
     }
     RETURN id, relations`,
    { ids, kinds, limit: spec.limit, asOf: spec.asOf, ...(spec.nodeFacts && entityFactParams(spec.nodeFacts)) },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.relations as Row[]]));
}
