import { entitiesNamed } from '../../data/analytics/subjects.js';
import type { GraphQLContext } from '../context.js';
import { badInput, isGraphId, text } from '../inputs.js';
import { queryOptions } from '../query-options.js';

// Arguments that name an entity by id, or by an exact name or alias as people type it.

/**
 * Each reference as an entity id, in order: an id as given (whether or not it exists), a name or
 * alias looked up case-insensitively, all names in one statement (none when every reference is an
 * id). A name nothing bears gives null; a name several entities bear is refused, listing their ids.
 */
export async function entityIdsOf(ctx: GraphQLContext, argument: string, refs: readonly string[]): Promise<(string | null)[]> {
  const names = refs.filter((r) => !isGraphId(r)).map((r) => text(argument, r, 300).toLowerCase());
  const found = names.length
    ? await entitiesNamed(ctx.db, [...new Set(names)], queryOptions(ctx, 'entitiesNamed'))
    : new Map<string, string[]>();
  return refs.map((ref) => {
    if (isGraphId(ref)) return ref;
    const ids = found.get(ref.trim().toLowerCase()) ?? [];
    if (ids.length > 1)
      throw badInput(argument, `${JSON.stringify(ref.trim())} names ${ids.length} entities: ${ids.join(', ')}; give one id`);
    return ids[0] ?? null;
  });
}

/**
 * One optional reference as the id a filter compares with. A name nothing bears stays as typed: no
 * entity has an id without a prefix, so it matches nothing, as an unknown id does.
 */
export async function optionalEntityId(ctx: GraphQLContext, argument: string, ref: string | null | undefined): Promise<string | undefined> {
  if (ref === null || ref === undefined) return undefined;
  const [id] = await entityIdsOf(ctx, argument, [ref]);
  return id ?? ref.trim();
}
