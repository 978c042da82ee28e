import { afterAll, beforeAll, expect, inject } from 'vitest';
import { Database } from '../../src/db/neo4j.js';
import { createLogger } from '../../src/logging/logger.js';
import { startApiServer, type ApiServer } from '../../src/server.js';

/** A driver on the run's shared, seeded Neo4j. Close it in afterAll. */
export function sharedDatabase(): Database {
  return new Database(inject('neo4j'));
}

export const quietLogger = () => createLogger('silent');

/** Settings of startApiServer that a test may change (limits, schema exposure). */
export type ServerOptions = Omit<Parameters<typeof startApiServer>[0], 'db' | 'log' | 'host' | 'port'>;

/** The real API server on a free loopback port, over the given database. */
export function startTestServer(db: Database, options: ServerOptions = {}): Promise<ApiServer> {
  return startApiServer({ ...options, db, log: quietLogger(), host: '127.0.0.1', port: 0 });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
  extensions?: { cost?: { requested: number; limit: number }; [k: string]: unknown };
}

/** POSTs one GraphQL operation and returns the HTTP status with the parsed body. */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/**
 * The API server over the shared database for one test file: started before its tests,
 * closed after them. Read `api.url` and `api.db` inside tests.
 */
export function useApiServer(options: ServerOptions = {}): { readonly url: string; readonly db: Database } {
  let db: Database | undefined;
  let server: ApiServer | undefined;
  beforeAll(async () => {
    db = sharedDatabase();
    server = await startTestServer(db, options);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get db() {
      return db!;
    },
  };
}

/** Runs one operation and counts the Cypher statements it sent, expecting no errors. */
export async function countRoundTrips(api: { url: string; db: Database }, query: string): Promise<number> {
  let sent = 0;
  const stop = api.db.onQuery(() => sent++);
  try {
    const res = await graphql(api.url, query);
    if (res.errors) throw new Error(`${query}\n${JSON.stringify(res.errors)}`);
  } finally {
    stop();
  }
  return sent;
}

/** Asserts that `field(args)` answers BAD_USER_INPUT naming `argument`, for each [args, argument] case. */
export async function expectBadArguments(
  url: string,
  field: string,
  selection: string,
  cases: [args: string, argument: string][],
): Promise<void> {
  for (const [args, argument] of cases) {
    const res = await graphql(url, `{ ${field}(${args}) ${selection} }`);
    expect(res.errors?.[0]?.extensions, `${field}(${args})`).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    // Root fields are nullable: the refused field alone is null, the response is not.
    expect(res.data, `${field}(${args})`).toEqual({ [field]: null });
  }
}
