import type { AuditRelationship } from './snapshot.js';

// Connected components of entities over entity–entity relationships (direction ignored).

/** The components, largest first, each with its members sorted by id; ties by their first member. */
export function connectedComponents(ids: readonly string[], relationships: readonly Pick<AuditRelationship, 'from' | 'to'>[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const { from, to } of relationships) {
    if (parent.has(from) && parent.has(to)) parent.set(root(from), root(to));
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = root(id);
    const members = groups.get(r);
    if (members) members.push(id);
    else groups.set(r, [id]);
  }
  return [...groups.values()].map((members) => members.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
