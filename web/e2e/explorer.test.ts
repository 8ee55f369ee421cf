// The explorer end to end: the built app, served by the real server, on the local test Neo4j holding the
// founding article (through the real extraction and store) and a document carrying an HTML payload,
// driven in Debian's headless Chromium.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/pipeline.ts';
import { DIST_DIR } from '../server/build.ts';
import {
  FOUNDING_ID,
  FOUNDING_TITLE,
  LAVROV_QUOTE,
  XSS_ID,
  XSS_PAYLOAD,
  foundingArticle,
  xssGraph,
} from './fixtures/documents.ts';
import { runCypher, runSavedQuery, settled, startExplorer, type Explorer } from './harness.ts';

const SCREENSHOT = 'test-results/explorer.png';

let explorer: Explorer;
let page: Page;
const dialogs: string[] = [];

async function counts(): Promise<string> {
  const { records } = await explorer.driver.executeQuery(
    'RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS relationships, COUNT { (:Intruder) } AS intruders',
  );
  return JSON.stringify(records[0]?.toObject());
}

async function graphCounts(): Promise<{ nodes: number; edges: number }> {
  const graph = page.locator('#graph');
  return {
    nodes: Number(await graph.getAttribute('data-node-count')),
    edges: Number(await graph.getAttribute('data-edge-count')),
  };
}

beforeAll(async () => {
  explorer = await startExplorer([extractDocument(foundingArticle()), xssGraph()]);
  page = explorer.page;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(explorer.url);
  await settled(page);
});

afterAll(async () => {
  await explorer.close();
});

describe('the explorer', () => {
  it('is built without source maps', () => {
    expect(readdirSync(join(DIST_DIR, 'assets')).filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('lists the founding article with its title and date', async () => {
    const options = await page.locator('#filter-document option').allTextContents();
    expect(options).toContain(`2020-09-11 · ${FOUNDING_TITLE}`);
    expect(await page.locator(`#filter-document option[value="${FOUNDING_ID}"]`).textContent()).toContain(
      FOUNDING_TITLE,
    );
  });

  it('draws the graph on the canvas', async () => {
    const { nodes, edges } = await graphCounts();
    expect(nodes).toBeGreaterThan(0);
    expect(edges).toBeGreaterThan(0);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
  });

  it('finds Sergei Lavrov by search and shows his OPPOSES edge to the Indo-Pacific strategy with its quote', async () => {
    await page.click('#search-input');
    await page.keyboard.type('Lavrov');
    const suggestion = page.locator('#search-suggestions li[data-id]', { hasText: 'Sergei Lavrov' });
    await suggestion.first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Sergei Lavrov');
    const opposes = page.locator('#panel .group[data-relation="OPPOSES"][data-direction="out"]');
    await opposes.waitFor();
    const target = opposes.locator('.target', { hasText: /Indo-Pacific/i });
    expect(await target.count()).toBeGreaterThan(0);
    expect(await target.first().locator('.quote').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(LAVROV_QUOTE)]),
    );
    expect(page.url()).toContain('node=');
    await page.waitForSelector('#graph[data-layout="settled"]');
    await page.waitForTimeout(600);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it.each([
    ['png', (data: Buffer) => data.subarray(1, 4).toString() === 'PNG' && data.length > 10_000],
    [
      'gexf',
      (data: Buffer) =>
        data.toString().includes('<gexf') && data.toString().includes('label="Sergei Lavrov"'),
    ],
    [
      'graphml',
      (data: Buffer) => data.toString().includes('<graphml') && data.toString().includes('Sergei Lavrov'),
    ],
    [
      'csv',
      (data: Buffer) =>
        data.toString().startsWith('source_id,source,relation') && data.toString().includes(LAVROV_QUOTE),
    ],
  ])('exports the view as %s', async (kind, valid) => {
    await page.click('#export-button');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`[data-export="${kind}"]`),
    ]);
    const path = await download.path();
    expect(valid(readFileSync(path))).toBe(true);
  });

  it('runs a saved query and draws its result on the graph', async () => {
    await page.click('#panel .close');
    const before = await graphCounts();
    await runSavedQuery(page, 'positions-of');
    // The example names a country; ask for Lavrov's positions, whatever id extraction gave him.
    const lavrov = await page.evaluate(async () => {
      const hits = (await (await fetch('api/search?q=Lavrov')).json()) as { id: string }[];
      return hits[0]?.id ?? '';
    });
    await page.fill('#cypher-params input[name="id"]', lavrov);
    await page.click('#cypher-run');
    await page.locator('#banner', { hasText: 'Showing a query result' }).waitFor();
    await page.locator('#cypher-results table').waitFor();
    const after = await graphCounts();
    expect(after.nodes).toBeGreaterThanOrEqual(2);
    expect(after).not.toEqual(before);
    expect(page.url()).toContain('cypher=');
  });

  it.each([
    ['CREATE (n:Intruder {name: "x"}) RETURN n', /read queries/],
    ["MERGE (n:Intruder {id: 'x'}) RETURN n", /read queries/],
    ['MATCH (n) DETACH DELETE n', /read queries/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is refused/],
    ['CALL dbms.components()', /dbms procedures/],
  ])('refuses %s and leaves the database unchanged', async (query, message) => {
    const before = await counts();
    await runCypher(page, query);
    expect(await page.locator('#cypher-error').textContent()).toMatch(message);
    expect(await counts()).toBe(before);
  });

  it('opens the query of a link in the console and runs it only when Run is pressed', async () => {
    const sent: string[] = [];
    const onRequest = (request: Request): void => {
      if (request.url().includes('/api/cypher')) sent.push(request.postData() ?? '');
    };
    page.on('request', onRequest);
    try {
      await page.goto(`${explorer.url}#cypher=${encodeURIComponent('MATCH (e:Entity) RETURN e LIMIT 2')}`);
      await page.reload();
      await page.locator('#cypher-status', { hasText: 'press Run' }).waitFor();
      await settled(page);
      expect(sent).toEqual([]);
      await page.click('#cypher-run');
      await page.locator('#banner', { hasText: 'Showing a query result' }).waitFor();
      expect(sent).toHaveLength(1);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('shows a document carrying HTML as text and runs none of it', async () => {
    await page.click('#back-to-graph').catch(() => undefined);
    await page.goto(`${explorer.url}#node=testland`);
    await page.reload();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Republic of Testland');
    await page.locator('#panel .group').waitFor();
    const panelText = (await page.locator('#panel').textContent()) ?? '';
    expect(panelText).toContain(XSS_PAYLOAD);
    expect(panelText).toContain(`Markup probe ${XSS_PAYLOAD}`);
    const option = page.locator(`#filter-document option[value="${XSS_ID}"]`);
    expect(await option.textContent()).toContain(XSS_PAYLOAD);
    await page.click('#search-input');
    await page.keyboard.type('Testland <img');
    await page.locator('#search-suggestions li[data-id="testland"]').waitFor();
    expect(await page.locator('#search-suggestions').textContent()).toContain('<img src=x');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(explorer.pageErrors).toEqual([]);
  });
});
