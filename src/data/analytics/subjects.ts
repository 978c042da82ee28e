import type { Database, QueryOptions } from '../../db/neo4j.js';

// Entities named by what people type: an exact name or alias, case-insensitive, for filters and
// series that take a name where an id would do.

/**
 * For each of `names` (lower-cased), the ids of the entities whose name or an alias is that name,
 * by id. One pass over the entities for all names: a scan, which the seeds' few hundred entities
 * make cheap (a lower-cased name property with an index would serve a graph of millions).
 */
export async function entitiesNamed(db: Database, names: readonly string[], opts?: QueryOptions): Promise<Map<string, string[]>> {
  const rows = await db.read(
    `MATCH (n:Entity)
     WITH n, [name IN $names WHERE toLower(n.name) = name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = name)] AS hits
     WHERE size(hits) > 0
     UNWIND hits AS name
     WITH name, n.id AS id ORDER BY id
     RETURN name, collect(id) AS ids`,
    { names },
    opts,
  );
  return new Map(rows.map((r) => [String(r.name), r.ids as string[]]));
}
