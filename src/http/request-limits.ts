import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { LimitError } from '../graphql/limits.js';

/** A GraphQL-shaped error body, so clients parse every refusal the same way. */
function refuse(res: express.Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Lexical tokens in a document (comments excluded); a syntax error stops the count, Apollo reports it. */
function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  } catch {
    // Apollo's parser answers the syntax error with its location.
  }
  return tokens;
}

/**
 * Refuses documents over `maxTokens` before Apollo parses them, naming the count it saw;
 * parsing is the step a huge document would make expensive.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const query = body !== null && typeof body === 'object' && 'query' in body ? body.query : req.query.query;
    const tokens = typeof query === 'string' ? countTokens(query) : 0;
    if (tokens <= maxTokens) return next();
    const error = new LimitError('tokens', maxTokens, tokens);
    refuse(res, 400, error.message, { code: error.extensions.code, limit: 'tokens', max: maxTokens, value: tokens });
  };
}

/** express.json with a size limit, whose refusals (too large, malformed) answer JSON, never Express's HTML page. */
export function jsonBody(maxBodyBytes: number): [RequestHandler, ErrorRequestHandler] {
  const onError: ErrorRequestHandler = (err: { type?: string; status?: number; length?: number }, _req, res, next) => {
    if (err.type === 'entity.too.large') {
      refuse(res, 413, `The request body is ${err.length} bytes, above the limit of ${maxBodyBytes}.`, {
        code: 'PAYLOAD_TOO_LARGE',
        limit: 'bodyBytes',
        max: maxBodyBytes,
        value: err.length,
      });
    } else if (err.status !== undefined && err.status >= 400 && err.status < 500) {
      const problem = err.type === 'entity.parse.failed' ? 'is not valid JSON' : `could not be read (${err.type ?? 'unknown'})`;
      refuse(res, err.status, `The request body ${problem}.`, { code: 'BAD_REQUEST' });
    } else {
      next(err);
    }
  };
  return [express.json({ limit: maxBodyBytes }), onError];
}
