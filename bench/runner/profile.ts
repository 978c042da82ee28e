import type { Database, Params, Profile } from '../../src/db/neo4j.js';
import { createLogger } from '../../src/logging/logger.js';
import { startApiServer } from '../../src/server.js';
import { FLOOR_QUERIES } from '../servers/floor-queries.js';
import type { BenchOperation, BenchParameters } from '../suite/operations.js';
import { bodyText, type PreparedRequest } from './load.js';

export interface ProfiledStatement extends Profile {
  cypher: string;
}
type StatementProfile = ProfiledStatement | { cypher: string; error: string };

const PROFILE_TIMEOUT_MS = 120_000;

/** PROFILE of each statement, in order; a failure is reported in place of its numbers. */
export async function profileStatements(db: Database, statements: { cypher: string; params: Params }[]): Promise<StatementProfile[]> {
  const profiles = [];
  for (const { cypher, params } of statements) {
    try {
      profiles.push({
        cypher,
        ...(await db.profile(cypher, params, { timeoutMs: PROFILE_TIMEOUT_MS, metadata: { app: 'bench-profile' } })),
      });
    } catch (err) {
      profiles.push({ cypher, error: (err as Error).message });
    }
  }
  return profiles;
}

/**
 * Our API in this process, over `db`, recording the Cypher (with parameters) each request sends:
 * `record(prepare)` sends one request and returns what it ran. Production settings, like the
 * server under load; close() when done.
 */
async function recordingServer(db: Database) {
  const api = await startApiServer({
    db,
    log: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    introspection: false,
    fieldSuggestions: false,
  });
  return {
    url: api.url,
    close: () => api.close(),
    async record(request: PreparedRequest): Promise<{ cypher: string; params: Params }[]> {
      const sent: { cypher: string; params: Params }[] = [];
      const stop = db.onQuery((cypher, params) => sent.push({ cypher, params }));
      try {
        const res = await fetch(new URL(request.path, api.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bodyText(request.body),
        });
        const json = (await res.json()) as { errors?: { message: string }[] };
        if (res.status !== 200 || json.errors) throw new Error(`HTTP ${res.status}: ${json.errors?.[0]?.message ?? 'no data'}`);
      } finally {
        stop();
      }
      return sent;
    },
  };
}

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/** Markdown lines for one operation's statements: db hits, rows, and the plan's operators with their hits. */
export function profileSection(title: string, profiles: readonly StatementProfile[]): string[] {
  const total = profiles.reduce((sum, p) => sum + ('dbHits' in p ? p.dbHits : 0), 0);
  const lines = [`#### ${title}: ${profiles.length} statement${profiles.length === 1 ? '' : 's'}, ${total} db hits`, ''];
  if (profiles.length === 0) lines.push('No statements.', '');
  profiles.forEach((p, i) => {
    if ('error' in p) {
      lines.push(`${i + 1}. PROFILE failed: ${p.error}`, '');
    } else {
      const plan = p.operators.map((o) => `${'  '.repeat(o.depth)}${o.operator} (${o.dbHits} hits, ${rows(o.rows)})`);
      lines.push(
        `${i + 1}. **${p.dbHits} db hits, ${rows(p.rows)}**`,
        '',
        '```cypher',
        p.cypher.trim(),
        '```',
        '',
        '```',
        ...plan,
        '```',
        '',
      );
    }
  });
  return lines;
}

/**
 * For each operation, the statements our API runs for it, each PROFILEd; and the floor's one
 * statement, with the parameters of the floor's own request (prepared against `floorUrl`, since
 * some operations walk pages first), when the floor runs.
 */
export async function profileOperations(
  db: Database,
  operations: readonly BenchOperation[],
  params: BenchParameters,
  floorUrl: string | undefined,
): Promise<string[]> {
  const recorder = await recordingServer(db);
  const lines = ['## PROFILE: the Cypher per operation', '', 'db hits summed over each executed plan; rows returned.', ''];
  const attempt = async (title: string, work: () => Promise<StatementProfile[]>) => {
    try {
      lines.push(...profileSection(title, await work()));
    } catch (err) {
      lines.push(`#### ${title}`, '', `Not profiled: ${(err as Error).message}`, '');
    }
  };
  try {
    for (const op of operations) {
      lines.push(`### ${op.name}`, '');
      await attempt(`${op.name}, ours`, async () =>
        profileStatements(db, await recorder.record(await op.request('ours', { baseUrl: recorder.url, params }))),
      );
      const floor = FLOOR_QUERIES[op.name];
      if (floorUrl && floor) {
        await attempt(`${op.name}, floor`, async () => {
          const request = await op.request('floor', { baseUrl: floorUrl, params });
          return profileStatements(db, [{ cypher: floor.cypher, params: JSON.parse(request.body) as Params }]);
        });
      }
    }
  } finally {
    await recorder.close();
  }
  return lines;
}
