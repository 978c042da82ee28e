import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseError } from '../db/neo4j.js';
import { LimitError } from './limits.js';
import type { Logger } from '../logging/logger.js';

export const DATABASE_CODES = {
  unavailable: { code: 'UNAVAILABLE', message: 'The graph database is unavailable right now; try again shortly.' },
  timeout: { code: 'TIMEOUT', message: 'The query took too long and was stopped.' },
  bookmark: { code: 'BAD_USER_INPUT', message: 'The X-Neo4j-Bookmark header names a transaction this database does not know.' },
  client: { code: 'INTERNAL_SERVER_ERROR', message: 'The query could not be answered.' },
  internal: { code: 'INTERNAL_SERVER_ERROR', message: 'The query could not be answered.' },
} as const;

/**
 * Shapes every error a client sees: database failures become stable codes with our own
 * words (the driver's text never leaves the server), and unexpected errors are masked.
 */
export function formatErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Apollo re-codes validation-rule errors as GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
    if (original instanceof GraphQLError && original.originalError instanceof LimitError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: original.originalError.extensions.code } };
    }
    if (original instanceof DatabaseError) {
      const { code, message } = DATABASE_CODES[original.kind];
      if (original.kind !== 'unavailable' && original.kind !== 'bookmark')
        log.error({ err: original.cause, neo4jCode: original.neo4jCode }, 'database error');
      return { message, path: formatted.path, locations: formatted.locations, extensions: { code } };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original }, 'unexpected resolver error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
