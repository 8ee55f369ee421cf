// What every browser test needs: the built app served by the real server on the local test Neo4j holding
// the given documents (written through the real store), Debian's headless Chromium on it, and ways to
// read what the user sees (colour on the canvas, the requests the page makes, the graph's figures).
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { connect } from '../../db/connection.ts';
import type { DocumentGraph } from '../../ingest/model.ts';
import { writeDocuments } from '../../ingest/store/index.ts';
import { createApp } from '../server/app.ts';
import type { ExplorerGraph } from '../src/graph/model.ts';
import { DIST_DIR, ensureBuilt } from '../server/build.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Explorer {
  driver: Driver;
  browser: Browser;
  page: Page;
  /** The app's address, ending with a slash. */
  url: string;
  /** Messages of uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Empties the test database, writes `graphs`, serves the app and opens it in Chromium (not yet navigated). */
export async function startExplorer(
  graphs: DocumentGraph[],
  viewport = { width: 1440, height: 900 },
): Promise<Explorer> {
  const driver = await connect();
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await writeDocuments(driver, graphs);
  await ensureBuilt(() => undefined);
  const app: FastifyInstance = await createApp({ driver, staticDir: DIST_DIR });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    driver,
    browser,
    page,
    url,
    pageErrors,
    close: async () => {
      await browser.close();
      await app.close();
      await driver.close();
    },
  };
}

/** Opens `hash` on a fresh load and waits until the layout has settled. */
export async function open(explorer: Explorer, hash = ''): Promise<void> {
  await explorer.page.goto(`${explorer.url}${hash}`);
  await explorer.page.reload();
  await settled(explorer.page);
}

export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#graph[data-layout="settled"]', { timeout: 60_000 });
}

/**
 * The share of the graph's pixels that carry colour (nodes and edges of a kind or relation), with the
 * overlays hidden. A view greyed out by a highlight that lights nothing has next to none.
 */
export async function colourfulShare(page: Page): Promise<number> {
  const hide = await page.addStyleTag({
    content: '.canvas-area > :not(.graph) { visibility: hidden !important; }',
  });
  const png = await page.locator('#graph').screenshot();
  await hide.evaluate((style) => style.parentNode?.removeChild(style));
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let colourful = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) colourful++;
    }
    return colourful / (data.length / 4);
  }, png.toString('base64'));
}

/** The API requests the page makes while `action` runs (and for a moment after). */
export async function apiRequestsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (request: { url(): string }): void => {
    if (request.url().includes('/api/')) seen.push(request.url());
  };
  page.on('request', listener);
  try {
    await action();
    await page.waitForTimeout(300);
  } finally {
    page.off('request', listener);
  }
  return seen;
}

/** The edges the view shows, as "source RELATION target" (rolled-up ones too), sorted. */
export function shownEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as { stancegraph: { graph: ExplorerGraph } }).stancegraph;
    return graph
      .filterEdges((_edge, attributes) => !attributes.hidden)
      .map(
        (edge) => `${graph.source(edge)} ${graph.getEdgeAttribute(edge, 'relation')} ${graph.target(edge)}`,
      )
      .sort();
  });
}

/** The nodes the view shows, sorted. */
export function shownNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as { stancegraph: { graph: ExplorerGraph } }).stancegraph;
    return graph.filterNodes((_node, attributes) => !attributes.hidden).sort();
  });
}

async function openConsole(page: Page): Promise<void> {
  if (await page.locator('#console').isHidden()) await page.click('#toggle-console');
}

async function ran(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('cypher-status')?.textContent !== 'Running…');
}

/** Types `query` into the Cypher console and runs it. */
export async function runCypher(page: Page, query: string): Promise<void> {
  await openConsole(page);
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.click('#cypher-run');
  await ran(page);
}

/** Runs a saved query of cypher/queries/ with its example parameters. */
export async function runSavedQuery(page: Page, name: string): Promise<void> {
  await openConsole(page);
  await page.click(`[data-query="${name}"]`);
  await ran(page);
}
