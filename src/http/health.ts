import { Router } from 'express';
import type { Database } from '../db/neo4j.js';

/**
 * Liveness says the process can still serve, by itself or after Neo4j comes back: it fails only
 * when `gaveUp` gives a reason (the embedded Neo4j could not be restarted), so that an
 * orchestrator restarts the process. Readiness says Neo4j answers too and the server is not shutting down.
 */
export function healthRoutes(db: Database, draining: () => boolean, gaveUp: () => string | undefined = () => undefined): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    const reason = gaveUp();
    if (reason) res.status(503).json({ status: 'failed', reason, checks: { neo4j: 'gave up' } });
    else res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (draining()) {
      res.status(503).json({ status: 'draining', checks: { neo4j: 'not checked' } });
      return;
    }
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', checks: { neo4j: up ? 'up' : 'down' } });
  });
  return router;
}
