import { Router } from 'express';
import type { Database } from '../db/neo4j.js';

/** Liveness says the process serves HTTP; readiness says Neo4j answers too and the server is not shutting down. */
export function healthRoutes(db: Database, draining: () => boolean): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
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
