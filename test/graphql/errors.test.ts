import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/db/neo4j.js';
import { formatErrorWith } from '../../src/graphql/errors.js';
import { quietLogger, sharedDatabase } from '../support/graph.js';

// formatError with real driver errors, raised by real Neo4j: none of their text may reach a client.
const db = sharedDatabase();
afterAll(() => db.close());
const format = formatErrorWith(quietLogger());

/** What Apollo hands formatError for an error a resolver threw. */
function asResolverError(err: Error) {
  const wrapped = new GraphQLError(err.message, { path: ['graphStats'], originalError: err });
  return format({ message: err.message, path: ['graphStats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
}

async function realDriverError(): Promise<DatabaseError> {
  try {
    await db.read('RETURN no_such_function_livegraph(1) AS x');
  } catch (err) {
    return err as DatabaseError;
  }
  throw new Error('the bad Cypher was accepted');
}

describe('formatError', () => {
  it('answers a database error with our words and code, never the driver text', async () => {
    const err = await realDriverError();
    expect(err).toBeInstanceOf(DatabaseError);
    expect(String((err.cause as Error).message)).toMatch(/no_such_function_livegraph/);
    const shown = asResolverError(err);
    expect(shown).toEqual({
      message: 'The query could not be answered.',
      path: ['graphStats'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('masks a raw driver error and any other unexpected error', async () => {
    const raw = (await realDriverError()).cause as Error;
    for (const err of [raw, new Error('secret internals at /srv/app.ts:12')]) {
      const shown = asResolverError(err);
      expect(shown).toEqual({ message: 'Internal server error', path: ['graphStats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(shown)).not.toMatch(/no_such_function|secret|Neo\./);
    }
  });
});
