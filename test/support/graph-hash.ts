import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/neo4j.js';

/**
 * Node and relationship counts with a hash of all labels, types and properties: equal hashes, equal graphs
 * (the :GraphVersion node aside). Nodes are known by their id, or key for a :Metric.
 * `without` leaves out nodes with these labels and their relationships (say, the audit trail's :Change nodes).
 */
export async function graphFingerprint(
  db: Database,
  opts: { without?: string[] } = {},
): Promise<{ nodes: number; relationships: number; hash: string }> {
  // The graph's version changes with every load, even one that changes nothing else: it is not content.
  const without = ['GraphVersion', ...(opts.without ?? [])];
  const nodes = await db.read(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $without)
     RETURN coalesce(n.id, n.key, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props`,
    { without },
  );
  const relationships = await db.read(
    `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $without)
     RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to, properties(r) AS props`,
    { without },
  );
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  // Sorted as text so that ties in ORDER BY cannot change the hash.
  const lines = [...nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort() })), ...relationships]
    .map((row) => JSON.stringify(canonical(row)))
    .sort();
  const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, hash };
}
