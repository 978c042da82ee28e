import { describe, expect, it } from 'vitest';
import { entityIdsOf, optionalEntityId } from '../../../src/graphql/analytics/subjects.js';
import type { GraphQLContext } from '../../../src/graphql/context.js';
import { fakeDatabase } from '../../support/statements.js';

// Entity references by id, name or alias, on a stand-in database: the seeds have no name two
// entities share, so an ambiguous one is made up here.

function contextAnswering(named: Record<string, string[]>) {
  const { db, sent } = fakeDatabase((_cypher, params) =>
    (params.names as string[]).flatMap((name) => (named[name] ? [{ name, ids: named[name] }] : [])),
  );
  const ctx = {
    db,
    deadline: Date.now() + 60_000,
    queryTimeoutMs: 10_000,
    requestId: 'test',
    bookmarks: undefined,
  } as unknown as GraphQLContext;
  return { ctx, sent };
}

describe('entityIdsOf', () => {
  it('keeps ids, looks every name up in one statement, case-insensitively, and gives null for a name nothing bears', async () => {
    const { ctx, sent } = contextAnswering({ guangzhou: ['place:guangzhou'], 'mi jie': ['person:sister-mi'] });
    expect(await entityIdsOf(ctx, 'subjects', ['place:hangzhou', 'Guangzhou', ' MI JIE ', 'Atlantis'])).toEqual([
      'place:hangzhou',
      'place:guangzhou',
      'person:sister-mi',
      null,
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params.names).toEqual(['guangzhou', 'mi jie', 'atlantis']);
  });

  it('sends nothing when every reference is an id', async () => {
    const { ctx, sent } = contextAnswering({});
    expect(await entityIdsOf(ctx, 'subjects', ['place:china'])).toEqual(['place:china']);
    expect(sent).toHaveLength(0);
  });

  it('refuses a name several entities bear, naming the argument and listing their ids', async () => {
    const { ctx } = contextAnswering({ 'sister mi': ['base:sister-mi-live-broadcast-room', 'person:sister-mi'] });
    await expect(optionalEntityId(ctx, 'filter.subject', 'Sister Mi')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.subject' },
      message: expect.stringContaining('base:sister-mi-live-broadcast-room, person:sister-mi'),
    });
  });

  it('keeps a name nothing bears as the filter value, which matches no id', async () => {
    const { ctx } = contextAnswering({});
    expect(await optionalEntityId(ctx, 'filter.subject', ' Atlantis ')).toBe('Atlantis');
  });
});
