import type { Database } from '../db/neo4j.js';
import type { Logger } from '../logging/logger.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: the database, this request's loaders, and who is asking. */
export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Server-side timeout of each Neo4j transaction this request runs. */
  queryTimeoutMs: number;
}
