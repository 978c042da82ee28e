import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { ENTITY_KIND_DECLARATIONS } from '../model/entity-kinds.js';

const require = createRequire(import.meta.url);
// fcose's own dependencies, resolved from fcose so that the versions it was built against are served.
const requireFromFcose = createRequire(require.resolve('cytoscape-fcose'));
const requireFromCoseBase = createRequire(requireFromFcose.resolve('cose-base'));

/** The page's own HTML, JS and CSS: plain browser files, the same from src/ and from dist/. */
const EXPLORER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/explorer');

/**
 * Prebuilt browser builds (UMD, each sets a global) served from node_modules, so the page needs
 * neither a bundler nor a CDN: Cytoscape.js draws the graph; fcose (with layout-base and
 * cose-base, which it expects as globals) lays it out without overlaps; Chart.js draws the
 * metric charts.
 */
const ASSETS: Record<string, string> = {
  'cytoscape/cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
  'layout-base/layout-base.js': requireFromCoseBase.resolve('layout-base/layout-base.js'),
  'cose-base/cose-base.js': requireFromFcose.resolve('cose-base/cose-base.js'),
  'cytoscape-fcose/cytoscape-fcose.js': require.resolve('cytoscape-fcose/cytoscape-fcose.js'),
  // chart.js's package exports do not list its UMD build; it sits beside the CommonJS entry.
  'chart.js/chart.umd.min.js': path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
};

/** The kinds as the page draws them (EntityKind enum value → colour and shape), from the kind declarations. */
const KINDS_SCRIPT = `window.EXPLORER_KINDS = ${JSON.stringify(
  Object.fromEntries(Object.entries(ENTITY_KIND_DECLARATIONS).map(([kind, k]) => [kind.toUpperCase(), k.explorer])),
)};\n`;

/** The graph explorer at `/explore`: a browser page that talks to `/graphql` only. */
export function explorerRoutes(): Router {
  const router = Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/assets/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  router.get('/explore', (_req, res) => res.sendFile(path.join(EXPLORER_DIR, 'index.html')));
  router.get('/explore/kinds.js', (_req, res) => res.type('text/javascript').send(KINDS_SCRIPT));
  router.use('/explore', express.static(EXPLORER_DIR, { index: false, redirect: false }));
  return router;
}
