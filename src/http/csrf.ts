import type { RequestHandler } from 'express';

// Apollo's CSRF prevention refuses a request a browser could send from another site without a
// preflight: a simple POST, or a GET without a JSON content type or an `apollo-require-preflight`
// header. The danger it guards against is a forged request riding on the user's cookies. A GET here
// can only run a query (Apollo answers a mutation over GET with 405), every query is public, and the
// writes authenticate with a bearer token, which a page on another site cannot attach: a GET has
// nothing to forge. So GET queries need no preflight header (urql, plain links and `curl` send none);
// simple POSTs are still refused.

/** The header Apollo's check accepts as proof that a request was preflighted. */
const PREFLIGHT_HEADER = 'apollo-require-preflight';

/** Lets every GET through Apollo's CSRF check, as if it had been preflighted; POSTs are left to the check. */
export function getQueriesNeedNoPreflight(): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' && !req.headers[PREFLIGHT_HEADER]) req.headers[PREFLIGHT_HEADER] = 'get';
    next();
  };
}
