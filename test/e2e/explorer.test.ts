import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, useApiServer } from '../support/graph.js';

// Debian's Chromium (apt package chromium; npm test's setup step, src/cli/setup.ts, installs it), not a browser downloaded by Playwright.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = path.resolve('test-artifacts/explorer');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 800, height: 900 };

const GUANGZHOU = 'place:guangzhou';
// Two hops from Guangzhou (through her live broadcast room): a path, not a neighbour.
const SISTER_MI = 'person:sister-mi';
// A metric both have facts about in the seeds (national and Shenzhen live-commerce sales).
const COMPARED = { metric: 'live_commerce_sales', from: 'place:china', add: { id: 'place:shenzhen', name: 'Shenzhen' } };

const api = useApiServer();
let browser: Browser;
let page: Page;
const requested: string[] = [];
const pageErrors: string[] = [];

type Subgraph = { nodes: { id: string }[]; edges: { id: string }[] };
async function neighborhood(id: string, depth: number): Promise<Subgraph> {
  const res = await graphql<{ neighborhood: Subgraph }>(
    api.url,
    `
      query ($id: ID!, $depth: Int) {
        neighborhood(id: $id, depth: $depth, limit: 200) {
          nodes {
            id
          }
          edges {
            id
          }
        }
      }
    `,
    { id, depth },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.neighborhood;
}

/** The first neighbour (in the API's order) with facts and relationships besides the one to `id`: something to click and expand. */
async function neighbourWithFactsAndRelationships(id: string): Promise<{ id: string; name: string }> {
  type Node = { id: string; name: string; facts: unknown[]; relationships: unknown[] };
  const res = await graphql<{ neighborhood: { nodes: Node[] } }>(
    api.url,
    `
      query ($id: ID!) {
        neighborhood(id: $id, depth: 1, limit: 200) {
          nodes {
            id
            name
            facts {
              kind
            }
            relationships {
              type
            }
          }
        }
      }
    `,
    { id },
  );
  const found = res.data!.neighborhood.nodes.find((n) => n.id !== id && n.facts.length > 0 && n.relationships.length > 1);
  expect(found, `a neighbour of ${id} with facts`).toBeDefined();
  return found!;
}

/** Ids of the nodes drawn in the page's Cytoscape graph. */
const drawnNodes = () =>
  page.evaluate(() =>
    (globalThis as unknown as Explorer).explorer.cy
      .nodes()
      .map((n) => n.id())
      .sort(),
  );
type Box = { x1: number; x2: number; y1: number; y2: number };
type DrawnNode = { id(): string; boundingBox(options: object): Box; hasClass(c: string): boolean; style(name: string): string };
type Explorer = {
  explorer: {
    cy: {
      nodes(): { map<T>(f: (n: DrawnNode) => T): T[] };
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
      zoom(level?: number): number;
    };
  };
};
/** The chart on a canvas, as Chart.js keeps it (the page loads its UMD build as `Chart`). */
type ChartPoint = { x: number; y: number };
type Canvas = {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
};
type Charting = {
  Chart: { getChart(canvas: unknown): { data: { datasets: { data: unknown[] }[] }; getDatasetMeta(i: number): { data: ChartPoint[] } } };
};

/** Waits for the page to reach what the assertion expects (playwright-core has no matchers of its own). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Where a drawn node is on the page, to click it on the canvas like a person would. */
async function onScreen(id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((node) => (globalThis as unknown as Explorer).explorer.cy.getElementById(node).renderedPosition(), id);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Pairs of drawn nodes whose boxes (without their labels) overlap. */
const overlappingNodes = () =>
  page.evaluate(() => {
    const boxes = (globalThis as unknown as Explorer).explorer.cy
      .nodes()
      .map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: false }) }));
    const pairs: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((c) => {
        if (a.b.x1 < c.b.x2 && c.b.x1 < a.b.x2 && a.b.y1 < c.b.y2 && c.b.y1 < a.b.y2) pairs.push(`${a.id} / ${c.id}`);
      }),
    );
    return pairs;
  });

/** Whether each node's label is drawn at this zoom (a label hidden as too small is fully transparent). */
const labelsAtZoom = (zoom: number) =>
  page.evaluate((level) => {
    const cy = (globalThis as unknown as Explorer).explorer.cy;
    cy.zoom(level);
    return cy.nodes().map((n) => ({ id: n.id(), focus: n.hasClass('focus'), shown: n.style('text-opacity') !== '0' }));
  }, zoom);

/** Where the points of the chart on `canvas` are drawn, per dataset, in canvas pixels. */
const chartPoints = (canvas: Locator) =>
  canvas.evaluate((c) => {
    const chart = (globalThis as unknown as Charting).Chart.getChart(c);
    return chart.data.datasets.map((_d, i) => chart.getDatasetMeta(i).data.map((p) => ({ x: p.x, y: p.y })));
  });

/** Moves the mouse onto a chart point, as a reader pointing at it. */
async function pointAt(canvas: Locator, point: ChartPoint): Promise<void> {
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
}

const box = async (selector: string) => (await page.locator(selector).boundingBox())!;

const shot = (name: string, on: Page = page) => on.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const graphReady = (focus: string) => page.locator(`#graph[data-state="ready"][data-focus="${focus}"]`).waitFor();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: WIDE });
  page.on('request', (req) => requested.push(req.url()));
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('requestfailed', (req) => pageErrors.push(`${req.failure()?.errorText} ${req.url()}`));
  page.on('console', (msg) => msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && pageErrors.push(msg.text()));
  // Chromium asks for /favicon.ico on its own where a page names no icon (GraphiQL's does not).
  page.on(
    'response',
    (res) => res.status() >= 400 && !res.url().endsWith('/favicon.ico') && pageErrors.push(`${res.status()} ${res.url()}`),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('graph explorer in Chromium', () => {
  it('is linked from GraphiQL', async () => {
    await page.goto(`${api.url}/`);
    await page.locator('.graphiql-container').waitFor();
    await shot('0-graphiql-link');
    await page.locator('a#explore').click();
    await page.waitForURL(`${api.url}/explore`);
    await eventually(() => page.locator('#legend li').count()).toBe(9);
  });

  it('finds Guangzhou by name, with its kind, and draws its neighbourhood', async () => {
    await page.locator('#search').fill('Guangzhou');
    const hit = page.locator(`#search-results button[data-id="${GUANGZHOU}"]`);
    await eventually(() => hit.textContent()).toContain('place');
    await shot('1-search');
    await hit.click();
    await graphReady(GUANGZHOU);

    const expected = await neighborhood(GUANGZHOU, 1);
    expect(expected.nodes.length).toBeGreaterThan(1);
    expect(await drawnNodes()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(await page.locator('#graph').getAttribute('data-edges')).toBe(String(expected.edges.length));
    await eventually(() => page.locator('#panel h2').textContent()).toBe('Guangzhou');
    expect(new URL(page.url()).searchParams.get('focus')).toBe(GUANGZHOU);
    await shot('2-guangzhou');
  });

  let neighbour: { id: string; name: string };

  it('selects a neighbour clicked in the graph and shows its facts with quotes and sources', async () => {
    neighbour = await neighbourWithFactsAndRelationships(GUANGZHOU);
    const target = neighbour.id;
    expect(await drawnNodes()).toContain(target);
    const at = await onScreen(target);
    await page.mouse.click(at.x, at.y);

    await eventually(() => page.locator('#graph').getAttribute('data-selected')).toBe(target);
    const facts = page.locator('#panel .fact');
    await facts.first().waitFor({ state: 'attached' });
    expect(await page.locator('#panel h2').textContent()).toBe(neighbour.name);
    // Values and quotes are folded until asked for; a reader unfolds them.
    await page.locator('#panel details').evaluateAll((folded) => folded.forEach((d) => d.setAttribute('open', '')));
    expect(await facts.first().locator('blockquote').first().textContent()).not.toBe('');
    expect(await facts.first().locator('cite').first().textContent()).toMatch(/.+ · .+/);
    expect(await page.locator('#panel .relationship blockquote').first().textContent()).not.toBe('');
    await shot('3-neighbour-facts');

    // The quote, highlighted in its article's text by its offsets.
    const quote = (await facts.first().locator('blockquote').first().textContent())!;
    await facts.first().getByRole('button', { name: 'Show in document' }).first().click();
    await eventually(() => page.locator('#document-text mark').textContent()).toBe(quote);
    await shot('4-quote-in-document');
    await page.locator('#document .close').click();
  });

  it('expands a node with its own neighbours, by button and by double-click', async () => {
    const before = new Set(await drawnNodes());
    const added = (await neighborhood(neighbour.id, 1)).nodes.map((n) => n.id);
    expect(added.filter((id) => !before.has(id)).length, 'the neighbour has neighbours not drawn yet').toBeGreaterThan(0);
    await page.locator('#expand').click();
    const expanded = [...new Set([...before, ...added])].sort();
    await eventually(drawnNodes).toEqual(expanded);

    // Any drawn node with neighbours not drawn yet will do for the double-click.
    let next: { id: string; nodes: string[] } | undefined;
    for (const id of expanded) {
      const nodes = (await neighborhood(id, 1)).nodes.map((n) => n.id);
      if (nodes.some((n) => !expanded.includes(n))) {
        next = { id, nodes };
        break;
      }
    }
    expect(next, 'a drawn node with undrawn neighbours').toBeDefined();
    const at = await onScreen(next!.id);
    await page.mouse.dblclick(at.x, at.y);
    await eventually(drawnNodes).toEqual([...new Set([...expanded, ...next!.nodes])].sort());
  });

  it('shows the paths between two entities', async () => {
    const res = await graphql<{ paths: { nodes: { id: string }[] }[] }>(
      api.url,
      `{ paths(from: "${GUANGZHOU}", to: "${SISTER_MI}", maxHops: 4, limit: 5) { nodes { id } } }`,
    );
    const expected = res.data!.paths;
    expect(expected.length).toBeGreaterThan(0);

    await page.locator('#path-search').fill('Sister Mi');
    await page.locator(`#path-results button[data-id="${SISTER_MI}"]`).click();
    await eventually(() => page.locator('#path-list > li').count()).toBe(expected.length);
    expect(await page.locator('#path-list > li').first().textContent()).toContain('Guangzhou');
    expect(new URL(page.url()).searchParams.get('path')).toBe(SISTER_MI);
    await shot('5-paths');
  });

  it('restores focus, depth and path from the URL', async () => {
    const link = `${api.url}/explore?focus=${GUANGZHOU}&depth=2&path=${SISTER_MI}`;
    await page.goto(link);
    await graphReady(GUANGZHOU);
    expect(await page.locator('#depth').inputValue()).toBe('2');
    await page.locator('#path-list > li').first().waitFor();
    const depth2 = (await neighborhood(GUANGZHOU, 2)).nodes.map((n) => n.id);
    expect(await drawnNodes()).toEqual(expect.arrayContaining(depth2));
    await shot('6-restored-from-url');
  });

  it('lays Guangzhou out at depth 3 without overlapping nodes, the legend outside the drawing', async () => {
    await page.goto(`${api.url}/explore?focus=${GUANGZHOU}&depth=3`);
    await graphReady(GUANGZHOU);
    const expected = (await neighborhood(GUANGZHOU, 3)).nodes.map((n) => n.id).sort();
    expect(expected.length).toBeGreaterThan(40);
    expect(await drawnNodes()).toEqual(expected);
    expect(await overlappingNodes()).toEqual([]);
    const legend = await box('#legend');
    expect(legend.y + legend.height).toBeLessThanOrEqual((await box('#graph')).y);
    await shot('7-guangzhou-depth3-1280');
  });

  it('hides labels too small to read when zoomed out, except the focus', async () => {
    const far = await labelsAtZoom(0.3);
    expect(far.filter((l) => !l.focus && l.shown)).toEqual([]);
    expect(far.filter((l) => l.focus && l.shown).map((l) => l.id)).toEqual([GUANGZHOU]);
    const near = await labelsAtZoom(1.5);
    expect(near.filter((l) => !l.shown)).toEqual([]);
  });

  it('keeps the graph large at 800 px wide, with the panel below it', async () => {
    await page.setViewportSize(NARROW);
    try {
      await page.goto(`${api.url}/explore?focus=${GUANGZHOU}&depth=3`);
      await graphReady(GUANGZHOU);
      const graph = await box('#graph');
      expect(graph.width).toBeGreaterThanOrEqual(0.95 * NARROW.width);
      expect(graph.height).toBeGreaterThanOrEqual(0.5 * NARROW.height);
      expect((await box('#panel')).y).toBeGreaterThanOrEqual(graph.y + graph.height);
      expect(await overlappingNodes()).toEqual([]);
      await shot('8-guangzhou-depth3-800');
    } finally {
      await page.setViewportSize(WIDE);
    }
  });

  it('charts each metric in the panel; pointing at a value shows its quote and source', async () => {
    type Fact = {
      metric: string | null;
      value: number | null;
      unit: string | null;
      period: { start: string } | null;
      evidence: { quote: string; document: { title: string } }[];
    };
    const res = await graphql<{ node: { facts: Fact[] } }>(
      api.url,
      `{ node(id: "${GUANGZHOU}") { ... on Entity { facts { metric value unit period { start } evidence { quote document { title } } } } } }`,
    );
    const numeric = res.data!.node.facts.filter((f) => f.metric && f.value != null);
    const groups = new Set(numeric.map((f) => `${f.metric} ${f.unit}`));
    const charted = numeric.filter((f) => f.period);
    expect(charted.length, 'Guangzhou has dated numeric facts').toBeGreaterThan(0);
    const first = charted[0]!;

    await page.goto(`${api.url}/explore?focus=${GUANGZHOU}`);
    await graphReady(GUANGZHOU);
    await eventually(() => page.locator('#panel .metric-group').count()).toBe(groups.size);
    const group = page.locator(`#panel .metric-group[data-metric="${first.metric}"]`).first();
    const canvas = group.locator('canvas');
    const drawn = await canvas.evaluate((c) => {
      const el = c as unknown as Canvas;
      const pixels = el.getContext('2d').getImageData(0, 0, el.width, el.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
      return inked;
    });
    expect(drawn, 'pixels drawn on the chart').toBeGreaterThan(1000);
    const points = await chartPoints(canvas);
    expect(points.flat().length).toBe(charted.filter((f) => f.metric === first.metric && f.unit === first.unit).length);

    await group.scrollIntoViewIfNeeded();
    await pointAt(canvas, points[0]![0]!);
    const evidence = first.evidence[0]!;
    await eventually(() => group.locator('.point-detail blockquote').first().textContent()).toBe(evidence.quote);
    expect(await group.locator('.point-detail cite').first().textContent()).toContain(evidence.document.title);
    await shot('9-metric-chart');
  });

  it('explains a bad id, a refused request and a dead network in the panel', async () => {
    // A page of its own: the failures provoked here must not count as the page's own errors.
    const side = await browser.newPage({ viewport: WIDE });
    try {
      const error = side.locator('#panel .error[role="alert"]');
      await side.goto(`${api.url}/explore?focus=place:nowhere`);
      await eventually(() => error.textContent()).toContain('No entity has the id “place:nowhere”');
      expect(await error.locator('h2').textContent()).toBe('Could not show this entity');
      await shot('11-error-bad-id', side);

      await side.goto(`${api.url}/explore?focus=nonsense`);
      await eventually(() => error.textContent()).toContain('BAD_USER_INPUT');

      await side.route('**/graphql', (route) => route.abort('internetdisconnected'));
      await side.goto(`${api.url}/explore?focus=${GUANGZHOU}`);
      await eventually(() => error.textContent()).toContain('The server did not answer');
    } finally {
      await side.close();
    }
  });

  it('finds paths to a target chosen by name, within the hops chosen', async () => {
    type Paths = { target: { name: string }; within2: { length: number }[]; within1: unknown[] };
    const res = await graphql<Paths>(
      api.url,
      `{ target: node(id: "${SISTER_MI}") { ... on Entity { name } }
         within2: paths(from: "${GUANGZHOU}", to: "${SISTER_MI}", maxHops: 2, limit: 5) { length }
         within1: paths(from: "${GUANGZHOU}", to: "${SISTER_MI}", maxHops: 1, limit: 5) { length } }`,
    );
    const { target, within2, within1 } = res.data!;
    expect(within2.length).toBeGreaterThan(0);
    expect(within1).toEqual([]);

    await page.goto(`${api.url}/explore?focus=${GUANGZHOU}`);
    await graphReady(GUANGZHOU);
    await page.locator('#hops').selectOption('2');
    await page.locator('#path-search').fill(target.name);
    const hit = page.locator(`#path-results button[data-id="${SISTER_MI}"]`);
    await eventually(() => hit.textContent()).toContain(target.name);
    expect(await page.locator('#path-results').textContent(), 'names, never raw ids').not.toContain(SISTER_MI);
    await hit.click();
    await eventually(() => page.locator('#path-list > li').count()).toBe(within2.length);
    expect(await page.locator('#path-list > li .meta').allTextContents()).toEqual(within2.map((p) => `${p.length} hops: `));
    expect(new URL(page.url()).searchParams.get('hops')).toBe('2');

    await page.locator('#hops').selectOption('1');
    await eventually(() => page.locator('#panel .hint').textContent()).toBe('No path of 1 hop or fewer connects them.');

    // A shared link names the target in the box, not by its id.
    await page.goto(`${api.url}/explore?focus=${GUANGZHOU}&path=${SISTER_MI}&hops=2`);
    await eventually(() => page.locator('#path-search').inputValue()).toBe(target.name);
    expect(await page.locator('#hops').inputValue()).toBe('2');
    await page.locator('#path-list > li').first().waitFor();
    await shot('12-path-by-name');
  });

  it('offers the current view for download in each export format', async () => {
    const files = ['graph.graphml', 'graph.gexf', 'graph.jsonld', 'nodes.csv', 'edges.csv'];
    const links = () => page.locator('#download a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.locator('#download summary').click();
    const path = new URLSearchParams({ scope: 'path', from: GUANGZHOU, to: SISTER_MI, maxHops: '2' });
    expect(await links()).toEqual(files.map((f) => `/export/${f}?${path}`));

    await page.goto(`${api.url}/explore?focus=${GUANGZHOU}&depth=2`);
    await graphReady(GUANGZHOU);
    const neighbourhood = new URLSearchParams({ scope: 'neighborhood', id: GUANGZHOU, depth: '2' });
    expect(await links()).toEqual(files.map((f) => `/export/${f}?${neighbourhood}`));

    // Each link downloads a file of the drawn neighbourhood (test/http/exports.test.ts reads their contents).
    for (const href of await links()) {
      const res = await fetch(`${api.url}${href}`);
      expect(res.status, href!).toBe(200);
      expect(res.headers.get('content-disposition'), href!).toMatch(
        /^attachment; filename="livegraph-neighborhood-place_guangzhou-depth2\./,
      );
      expect((await res.text()).length, href!).toBeGreaterThan(0);
    }
  });

  // Needs the analytics branch (the `series`, `metric` and `metrics` queries of issue 13): fails
  // on its first assertion until that branch is merged.
  it('compares a metric across entities, chosen from the panel and by name', async () => {
    type Line = { subject: { id: string }; points: { facts: { evidence: { quote: string }[] }[] }[] };
    const subjects = [COMPARED.from, COMPARED.add.id];
    const res = await graphql<{ series: Line[] }>(
      api.url,
      `
        query ($metric: String!, $subjects: [ID!]!) {
          series(metric: $metric, subjects: $subjects) {
            subject {
              id
            }
            points {
              facts {
                evidence {
                  quote
                }
              }
            }
          }
        }
      `,
      { metric: COMPARED.metric, subjects },
    );
    expect(res.errors, 'the series query (analytics branch)').toBeUndefined();
    const lines = res.data!.series;
    expect(lines.map((l) => l.subject.id).sort()).toEqual([...subjects].sort());

    await page.goto(`${api.url}/explore?focus=${COMPARED.from}`);
    await graphReady(COMPARED.from);
    await page.locator(`#panel .metric-group[data-metric="${COMPARED.metric}"] button.compare`).first().click();
    await page.waitForURL((url) => url.searchParams.get('compare') === COMPARED.metric);
    await page.locator('#compare-search').fill(COMPARED.add.name);
    await page.locator(`#compare-results button[data-id="${COMPARED.add.id}"]`).click();
    await eventually(() => page.locator('#compare').getAttribute('data-lines')).toBe(String(lines.length));
    expect(new URL(page.url()).searchParams.get('subjects')).toBe(subjects.join(','));

    const canvases = page.locator('#compare-charts canvas');
    const points = (await Promise.all((await canvases.all()).map(chartPoints))).flat();
    expect(points.map((p) => p.length)).toEqual(lines.map((l) => l.points.length));
    await pointAt(canvases.first(), points[0]![0]!);
    const quote = lines[0]!.points[0]!.facts[0]!.evidence[0]!.quote;
    await eventually(() => page.locator('#panel blockquote').first().textContent()).toBe(quote);
    await shot('10-compare');
  });

  it('raised no script error and met no failed request', () => {
    expect(pageErrors).toEqual([]);
  });

  it('loaded nothing from any host but the server', () => {
    const origin = new URL(api.url).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
