import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

const GUANGZHOU = 'place:guangzhou';
// Two hops from Guangzhou (through her live broadcast room): a path, not a neighbour.
const SISTER_MI = 'person:sister-mi';

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
type Explorer = {
  explorer: {
    cy: {
      nodes(): { map<T>(f: (n: { id(): string }) => T): T[] };
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
    };
  };
};

/** Waits for the page to reach what the assertion expects (playwright-core has no matchers of its own). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Where a drawn node is on the page, to click it on the canvas like a person would. */
async function onScreen(id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((node) => (globalThis as unknown as Explorer).explorer.cy.getElementById(node).renderedPosition(), id);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + at.x, y: box.y + at.y };
}

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const graphReady = (focus: string) => page.locator(`#graph[data-state="ready"][data-focus="${focus}"]`).waitFor();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
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
    await facts.first().waitFor();
    expect(await page.locator('#panel h2').textContent()).toBe(neighbour.name);
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

  it('raised no script error and met no failed request', () => {
    expect(pageErrors).toEqual([]);
  });

  it('loaded nothing from any host but the server', () => {
    const origin = new URL(api.url).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
