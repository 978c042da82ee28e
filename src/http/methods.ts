import type { RequestHandler } from 'express';
import { refuse } from './refuse.js';

/**
 * Answers 405 with an Allow header to every method but `allowed`. Without it Apollo's CSRF check
 * sees a DELETE or PUT first and calls it a forgery, which tells the client nothing it can fix.
 */
export function allowMethods(...allowed: string[]): RequestHandler {
  const allow = allowed.join(', ');
  const named = allowed.join(' and ');
  return (req, res, next) => {
    if (allowed.includes(req.method)) return next();
    res.setHeader('allow', allow);
    refuse(res, 405, `This endpoint answers ${named} requests, not ${req.method}.`, { code: 'METHOD_NOT_ALLOWED' });
  };
}
