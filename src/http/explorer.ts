import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { ENTITY_KIND_DECLARATIONS } from '../model/entity-kinds.js';

const require = createRequire(import.meta.url);

/** The page's own HTML, JS and CSS: plain browser files, the same from src/ and from dist/. */
const EXPLORER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/explorer');

// Cytoscape.js ships a prebuilt browser build, so the page needs neither a bundler nor a CDN.
const CYTOSCAPE = require.resolve('cytoscape/dist/cytoscape.min.js');

/** The kinds as the page draws them (EntityKind enum value → colour and shape), from the kind declarations. */
const KINDS_SCRIPT = `window.EXPLORER_KINDS = ${JSON.stringify(
  Object.fromEntries(Object.entries(ENTITY_KIND_DECLARATIONS).map(([kind, k]) => [kind.toUpperCase(), k.explorer])),
)};\n`;

/** The graph explorer at `/explore`: a browser page that talks to `/graphql` only. */
export function explorerRoutes(): Router {
  const router = Router();
  router.get('/assets/cytoscape/cytoscape.min.js', (_req, res) => res.sendFile(CYTOSCAPE, { maxAge: '1d' }));
  router.get('/explore', (_req, res) => res.sendFile(path.join(EXPLORER_DIR, 'index.html')));
  router.get('/explore/kinds.js', (_req, res) => res.type('text/javascript').send(KINDS_SCRIPT));
  router.use('/explore', express.static(EXPLORER_DIR, { index: false, redirect: false }));
  return router;
}
