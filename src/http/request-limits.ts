import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { LimitError } from '../graphql/limits.js';
import { refuse } from './refuse.js';

/**
 * Deepest nesting of brackets in a document (selection sets, arguments, list and object values),
 * and of arrays and objects in its variables. graphql-js parses, validates and coerces variables
 * recursively and runs out of stack some thousands of levels down; the deepest operation this
 * schema accepts nests about twenty (twelve fields, arguments inside), so 100 leaves ample room.
 */
export const MAX_NESTING = 100;

const OPENING: ReadonlySet<TokenKind> = new Set([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING: ReadonlySet<TokenKind> = new Set([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Lexical tokens in a document (comments excluded) and its deepest bracket nesting; a syntax error stops the count, Apollo reports it. */
function measureDocument(query: string): { tokens: number; nesting: number } {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens++;
      if (OPENING.has(token.kind)) nesting = Math.max(nesting, ++depth);
      else if (CLOSING.has(token.kind)) depth--;
    }
  } catch {
    // Apollo's parser answers the syntax error with its location.
  }
  return { tokens, nesting };
}

/** How deep arrays and objects nest in a JSON value (a scalar is 0), walked with a stack of its own, not the call stack. */
function nestingOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** A request's GraphQL parameters where Apollo reads them: the JSON body of a POST, the query string of a GET. */
function parametersOf(req: Request): { query?: unknown; variables?: unknown } {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    return body !== null && typeof body === 'object' ? (body as { query?: unknown; variables?: unknown }) : {};
  }
  const { query, variables } = req.query;
  try {
    return { query, variables: typeof variables === 'string' ? (JSON.parse(variables) as unknown) : undefined };
  } catch {
    // Apollo answers variables that are not JSON.
    return { query };
  }
}

/** A refusal in the shape LimitError gives the validation-time limits. */
function refuseLimit(res: Response, message: string, limit: string, max: number, value: number): void {
  refuse(res, 400, message, { code: 'QUERY_TOO_COMPLEX', limit, max, value });
}

/**
 * Refuses, before Apollo parses anything, documents of more than `maxTokens` tokens, and documents
 * or variables nested deeper than MAX_NESTING, naming what it counted; parsing is the step a huge
 * document would make expensive, and the recursive steps after it are what deep nesting would crash.
 */
export function documentLimits(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const { query, variables } = parametersOf(req);
    const { tokens, nesting } = typeof query === 'string' ? measureDocument(query) : { tokens: 0, nesting: 0 };
    if (tokens > maxTokens) return refuseLimit(res, new LimitError('tokens', maxTokens, tokens).message, 'tokens', maxTokens, tokens);
    if (nesting > MAX_NESTING)
      return refuseLimit(
        res,
        `The request nests brackets ${nesting} deep, above the nesting limit of ${MAX_NESTING}.`,
        'nesting',
        MAX_NESTING,
        nesting,
      );
    const variablesNesting = nestingOf(variables);
    if (variablesNesting > MAX_NESTING) {
      return refuseLimit(
        res,
        `The request's variables nest ${variablesNesting} deep, above the nesting limit of ${MAX_NESTING}.`,
        'nesting',
        MAX_NESTING,
        variablesNesting,
      );
    }
    next();
  };
}

/**
 * express.json with a size limit, whose refusals (too large, malformed) answer JSON, never Express's HTML page.
 * The limit counts the body as decompressed. A body that declares its size (Content-Length, not compressed)
 * is refused before it is read, and the refusal gives that size as `value`; a chunked or compressed body
 * is read only up to the limit, so its size is never known and the refusal gives none.
 */
export function jsonBody(maxBodyBytes: number): [RequestHandler, ErrorRequestHandler] {
  const onError: ErrorRequestHandler = (err: { type?: string; status?: number; length?: number }, _req, res, next) => {
    if (err.type === 'entity.too.large') {
      const declared = err.length;
      const extensions = { code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: maxBodyBytes };
      if (declared === undefined) refuse(res, 413, `The request body is over the limit of ${maxBodyBytes} bytes.`, extensions);
      else
        refuse(res, 413, `The request body is ${declared} bytes, above the limit of ${maxBodyBytes}.`, { ...extensions, value: declared });
    } else if (err.status !== undefined && err.status >= 400 && err.status < 500) {
      const problem = err.type === 'entity.parse.failed' ? 'is not valid JSON' : `could not be read (${err.type ?? 'unknown'})`;
      refuse(res, err.status, `The request body ${problem}.`, { code: 'BAD_REQUEST' });
    } else {
      next(err);
    }
  };
  return [express.json({ limit: maxBodyBytes }), onError];
}
