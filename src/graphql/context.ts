import type { Viewer } from '../curation/token.js';
import type { Bookmarks, Database } from '../db/neo4j.js';
import type { Logger } from '../logging/logger.js';
import type { OperationSelections } from './analysis/selection.js';
import type { Loaders } from './loaders.js';
import type { OperationOutcome } from './outcome.js';

/** What every resolver gets: the database, this request's loaders, and who is asking. */
export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Server-side timeout of each Neo4j transaction this request runs. */
  queryTimeoutMs: number;
  /** When the request must be answered (ms since the epoch): Neo4j work still outstanding then is stopped. */
  deadline: number;
  /** What the operation selects, from its one analysis: projection and lookahead read it. */
  selections?: OperationSelections;
  /** The caller of a valid bearer token; null for anonymous callers and refused tokens (reads never need one). */
  viewer: Viewer | null;
  /** Why the bearer token was refused (expired, bad signature, …), for writes to report; null otherwise. */
  credentialProblem: string | null;
  /** False when the server has no curator secret configured: nobody can write. */
  writesEnabled: boolean;
  /** The request's causal chain: every transaction sees the writes its bookmarks name (X-Neo4j-Bookmark); writes advance it. */
  bookmarks: Bookmarks;
  /** The ETag of this GET query's answer, computed before it ran (src/http/cache.ts); undefined when the answer is not cacheable. */
  etag?: string;
  /** Who pays for the request in the rate limit: `sub:<token subject>` for a valid token, else `ip:<address>`. */
  client: string;
  /** The operation's estimated cost, once analysed. */
  cost?: number;
  /** What became of the operation (name, code, cost), filled as it is answered, for the request's log line and metrics. */
  outcome: OperationOutcome;
}
