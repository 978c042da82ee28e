import { Router } from 'express';
import type { Database } from '../db/neo4j.js';

/** Liveness says the process serves HTTP; readiness says Neo4j answers too. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', checks: { neo4j: up ? 'up' : 'down' } });
  });
  return router;
}
