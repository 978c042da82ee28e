import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { OperationOutcome } from '../graphql/outcome.js';
import type { Logger } from '../logging/logger.js';
import { requestId } from './request-id.js';

// Not logged: health probes and metric scrapes (every few seconds), and static files (a page load fetches several).
const QUIET = /^\/(health\/|metrics(\?|$)|assets\/|explore\/)/;

const outcomeOf = (res: ServerResponse): OperationOutcome | undefined =>
  (res as ServerResponse & { locals?: { outcome?: OperationOutcome } }).locals?.outcome;

/** The operation's name, code and cost as fields of the request's line (a GraphQL request carries one operation). */
function withOutcome(res: ServerResponse, fields: Record<string, unknown>): Record<string, unknown> {
  const outcome = outcomeOf(res);
  return outcome ? { ...fields, operation: outcome.operation, code: outcome.code, cost: outcome.cost } : fields;
}

/** `POST /graphql 200 CityProfile ok cost 5201 12 ms`: what a person scanning the log wants first. */
function message(req: IncomingMessage, res: ServerResponse, ms: number | undefined): string {
  const outcome = outcomeOf(res);
  const parts = [req.method, (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url, res.statusCode];
  if (outcome) parts.push(outcome.operation ?? '-', outcome.code ?? '-', outcome.cost === undefined ? '' : `cost ${outcome.cost}`);
  if (ms !== undefined) parts.push(`${ms} ms`);
  return parts.filter((p) => p !== '').join(' ');
}

/** One log line per request, GraphQL requests with their operation's outcome; each request gets an id and a child logger. */
export function requestLog(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: requestId,
    autoLogging: { ignore: (req) => QUIET.test(req.url ?? '') },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: (req, res, ms) => message(req, res, ms),
    customErrorMessage: (req, res) => message(req, res, undefined),
    customSuccessObject: (_req, res, fields: Record<string, unknown>) => withOutcome(res, fields),
    customErrorObject: (_req, res, _err, fields: Record<string, unknown>) => withOutcome(res, fields),
  });
}
