import { once } from 'node:events';
import { setImmediate as turn } from 'node:timers/promises';
import { Router, type Request, type Response } from 'express';
import type { Limits } from '../config/limits.js';
import { DatabaseError, type Database } from '../db/neo4j.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { ExportTooLargeError, loadExport, UnknownEntityError, type ExportCaps, type ExportScope } from '../export/load.js';
import { MAX_DEPTH, MAX_HOPS } from '../data/graph.js';
import { ServerBusyError, type AdmissionGate } from '../graphql/analysis/gate.js';
import { DATABASE_CODES } from '../graphql/errors.js';
import { isGraphId } from '../graphql/inputs.js';
import { allowMethods } from './methods.js';
import { clientKey, RateLimitedError, type RateLimiter } from './rate-limit.js';
import { refuse } from './refuse.js';

// GET /export/{graph.graphml,graph.gexf,graph.jsonld,nodes.csv,edges.csv}?scope=all|neighborhood|path&…
// Files for analysts' tools (Gephi, Cytoscape, NetworkX, RDF stores, spreadsheets); README, Exports.

/** A query parameter the client got wrong: 400 naming it. */
class BadParameterError extends Error {
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`Parameter ${parameter}: ${problem}`);
  }
}

/** The parameters each scope takes, and the defaults of the optional ones (as the GraphQL fields have them). */
const SCOPES = { all: [], neighborhood: ['id', 'depth'], path: ['from', 'to', 'maxHops'] } as const;
const DEFAULT_DEPTH = 1;
const DEFAULT_MAX_HOPS = 4;

/**
 * Points charged per export, fixed because its size is only known once it is read: a whole graph
 * as much as the costliest operation GraphQL accepts (GRAPHQL_MAX_COST), a neighbourhood or paths
 * (at most 501 entities with their quotes) about what the explorer's depth-3 neighbourhood costs.
 */
export const SCOPED_EXPORT_COST = 50_000;

function single(query: Request['query'], name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadParameterError(name, 'must be given once, as text');
  return value;
}

function integer(query: Request['query'], name: string, min: number, max: number, fallback: number): number {
  const text = single(query, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new BadParameterError(name, `must be an integer from ${min} to ${max}, got ${JSON.stringify(text.slice(0, 40))}`);
  return value;
}

function entityId(query: Request['query'], name: string): string {
  const value = single(query, name);
  if (value === undefined) throw new BadParameterError(name, 'is required for this scope');
  if (!isGraphId(value))
    throw new BadParameterError(name, `${JSON.stringify(value.slice(0, 80))} is not an entity id (expected e.g. place:guangzhou)`);
  return value;
}

/** The scope a request asks for; every parameter checked, none ignored. */
export function exportScope(query: Request['query']): ExportScope {
  const scope = single(query, 'scope') ?? 'all';
  if (!Object.hasOwn(SCOPES, scope))
    throw new BadParameterError('scope', `must be all, neighborhood or path, got ${JSON.stringify(scope.slice(0, 40))}`);
  const allowed: readonly string[] = ['scope', ...SCOPES[scope as keyof typeof SCOPES]];
  const stray = Object.keys(query).find((name) => !allowed.includes(name));
  if (stray !== undefined) {
    const owner = Object.entries(SCOPES).find(([, names]) => (names as readonly string[]).includes(stray))?.[0];
    throw new BadParameterError(stray, owner ? `applies to scope=${owner} only` : 'is not a parameter of exports');
  }
  if (scope === 'neighborhood') return { scope, id: entityId(query, 'id'), depth: integer(query, 'depth', 1, MAX_DEPTH, DEFAULT_DEPTH) };
  if (scope === 'path') {
    const from = entityId(query, 'from');
    const to = entityId(query, 'to');
    if (to === from) throw new BadParameterError('to', 'must name a different entity from from');
    return { scope, from, to, maxHops: integer(query, 'maxHops', 1, MAX_HOPS, DEFAULT_MAX_HOPS) };
  }
  return { scope: 'all' };
}

const slug = (id: string) => id.replace(/[^a-z0-9-]+/g, '_');

/** The download's file name: what it holds, in characters every file system takes. */
export function exportFileName(scope: ExportScope, extension: string): string {
  const what =
    scope.scope === 'all'
      ? 'all'
      : scope.scope === 'neighborhood'
        ? `neighborhood-${slug(scope.id)}-depth${scope.depth}`
        : `path-${slug(scope.from)}-${slug(scope.to)}-hops${scope.maxHops}`;
  return `livegraph-${what}.${extension}`;
}

/** Every way an export can fail, as a JSON refusal in the shape the other endpoints answer. */
function refuseExport(res: Response, err: unknown, log: Request['log']): void {
  if (res.headersSent) {
    // Cut while it was being sent (the client went away): nothing can be said any more.
    log.warn({ err }, 'export cut short');
    res.destroy();
    return;
  }
  if (err instanceof BadParameterError) return refuse(res, 400, err.message, { code: 'BAD_USER_INPUT', parameter: err.parameter });
  if (err instanceof UnknownEntityError) return refuse(res, 404, err.message, { code: 'NOT_FOUND', parameter: err.parameter, id: err.id });
  if (err instanceof ExportTooLargeError) return refuse(res, 413, err.message, { code: 'EXPORT_TOO_LARGE', ...err.size, limits: err.caps });
  if (err instanceof RateLimitedError || err instanceof ServerBusyError) {
    const { http, ...extensions } = err.extensions as { http: { status: number; headers: Map<string, string> } };
    for (const [name, value] of http.headers) res.setHeader(name, value);
    return refuse(res, http.status, err.message, extensions);
  }
  if (err instanceof DatabaseError && (err.kind === 'unavailable' || err.kind === 'timeout')) {
    const { code, message } = DATABASE_CODES[err.kind];
    return refuse(res, 503, message, { code });
  }
  log.error({ err }, 'export failed');
  refuse(res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
}

/** Bytes (about) written at a time: between two writes other requests get the event loop. */
const CHUNK = 64 * 1024;

/**
 * Sends the file as it is written, a chunk at a time, waiting for the client to take each when its
 * buffer is full and giving other requests a turn between chunks: a file of tens of megabytes never
 * holds the event loop for longer than one chunk takes to write, nor sits whole in memory as text.
 */
async function stream(res: Response, pieces: Iterable<string>): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length < CHUNK) continue;
    const full = !res.write(chunk);
    chunk = '';
    if (res.destroyed) return;
    if (full) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    else await turn();
    if (res.destroyed) return;
  }
  res.end(chunk);
}

export interface ExportOptions {
  db: Database;
  limits: Limits;
  gate: AdmissionGate;
  limiter?: RateLimiter | undefined;
  caps: ExportCaps;
}

/** The export endpoints: public reads, rate-limited at a fixed cost, whole-graph exports through the admission gate. */
export function exportRoutes({ db, limits, gate, limiter, caps }: ExportOptions): Router {
  const router = Router();
  router.use('/export', allowMethods('GET', 'HEAD'));
  router.get('/export/:file', async (req, res) => {
    const format = EXPORT_FORMATS[req.params.file];
    if (!format) {
      const known = Object.keys(EXPORT_FORMATS).join(', ');
      return refuse(res, 404, `No export is named ${JSON.stringify(req.params.file.slice(0, 40))}; there are ${known}.`, {
        code: 'NOT_FOUND',
      });
    }
    let release: (() => void) | undefined;
    try {
      const scope = exportScope(req.query);
      const cost = scope.scope === 'all' ? limits.maxCost : SCOPED_EXPORT_COST;
      if (limiter)
        for (const [name, value] of limiter.headers(await limiter.charge(clientKey(null, req.ip), cost))) res.setHeader(name, value);
      if (cost >= gate.options.minCost) release = await gate.enter();
      const graph = await loadExport(
        db,
        scope,
        { withFacts: format.withSources, withDocuments: format.withSources, caps },
        { metadata: { app: 'livegraph', requestId: String(req.id), field: `export ${req.params.file}` }, timeoutMs: limits.queryTimeoutMs },
      );
      res.setHeader('content-type', format.contentType);
      res.setHeader('content-disposition', `attachment; filename="${exportFileName(scope, format.extension)}"`);
      if (graph.truncated) res.setHeader('export-truncated', 'true');
      await stream(res, format.write(graph));
    } catch (err) {
      refuseExport(res, err, req.log);
    } finally {
      release?.();
    }
  });
  return router;
}
