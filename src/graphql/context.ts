import type { Database } from '../db/neo4j.js';
import type { Logger } from '../logging/logger.js';

/** What every resolver gets: the database and who is asking. */
export interface GraphQLContext {
  db: Database;
  log: Logger;
  requestId: string;
}
