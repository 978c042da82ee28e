import { createRequire } from 'node:module';
import path from 'node:path';
import { Router } from 'express';
import { loadOperations, type ExampleOperation } from './operations.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

// GraphiQL 3 ships a browser bundle that runs on React 18's UMD builds: no bundler, no CDN.
const ASSETS = {
  '/assets/react/react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  '/assets/react-dom/react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  '/assets/graphiql/graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  '/assets/graphiql/graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
} as const;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Live-commerce knowledge graph · GraphiQL</title>
  <link rel="stylesheet" href="/assets/graphiql/graphiql.min.css">
  <style>
    html, body, #graphiql { height: 100%; margin: 0; }
    #explore { position: fixed; right: 0.8rem; bottom: 0.6rem; z-index: 10; font: 13px system-ui, sans-serif; }
  </style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <a id="explore" href="/explore">Graph explorer</a>
  <script src="/assets/react/react.production.min.js"></script>
  <script src="/assets/react-dom/react-dom.production.min.js"></script>
  <script src="/assets/graphiql/graphiql.min.js"></script>
  <script src="/assets/graphiql-start.js"></script>
</body>
</html>
`;

/** Opens GraphiQL with one tab per example operation. */
function startScript(operations: ExampleOperation[]): string {
  const tabs = JSON.stringify(operations.map((op) => ({ query: op.query })));
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: ${tabs.replace(/</g, '\\u003c')}
  }));
})();
`;
}

/** GraphiQL at `/`, pointed at `/graphql`, served from installed packages only, the example operations as tabs. */
export function graphiqlRoutes(): Router {
  const router = Router();
  const start = startScript(loadOperations());
  router.get('/', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/assets/graphiql-start.js', (_req, res) => {
    res.type('js').send(start);
  });
  for (const [url, file] of Object.entries(ASSETS)) {
    router.get(url, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}
