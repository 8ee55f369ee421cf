// Room for the graph at 1024x700, in Chromium on a made-up world: the legend, the filters, the details
// panel and the console fold away; framing keeps nodes clear of the legend and the toolbar; a query
// result's banner sits above the canvas; a result without relationships is listed, not drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../src/graph/model.ts';
import type { Renderer } from '../src/graph/renderer.ts';
import { worldGraphs } from './fixtures/world.ts';
import { open, runCypher, runSavedQuery, settled, startExplorer, type Explorer } from './harness.ts';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer(worldGraphs(), { width: 1024, height: 700 });
});

afterAll(async () => {
  await explorer.close();
});

type Box = { left: number; top: number; right: number; bottom: number };

async function box(selector: string): Promise<Box> {
  const rect = await explorer.page.locator(selector).boundingBox();
  if (!rect) throw new Error(`${selector} is not shown`);
  return { left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height };
}

/** The shown nodes' discs on the page. */
function discs(): Promise<Box[]> {
  return explorer.page.evaluate(() => {
    const { graph, renderer } = (
      window as unknown as { stancegraph: { graph: ExplorerGraph; renderer: Renderer } }
    ).stancegraph;
    const canvas = document.getElementById('graph')?.getBoundingClientRect();
    return graph
      .filterNodes((_node, a) => !a.hidden)
      .flatMap((node) => {
        const data = renderer.getNodeDisplayData(node);
        if (!data || !canvas) return [];
        const { x, y } = renderer.framedGraphToViewport(data);
        const r = renderer.scaleSize(data.size);
        return [
          {
            left: canvas.left + x - r,
            right: canvas.left + x + r,
            top: canvas.top + y - r,
            bottom: canvas.top + y + r,
          },
        ];
      });
  });
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('at 1024x700', () => {
  it('frames the graph clear of the legend and the toolbar, and the legend folds away', async () => {
    const { page } = explorer;
    await open(explorer);
    await page.waitForTimeout(500);
    const [legend, toolbar] = [await box('#legend'), await box('#toolbar')];
    for (const disc of await discs()) {
      expect(overlap(disc, legend)).toBe(false);
      expect(overlap(disc, toolbar)).toBe(false);
    }
    await page.click('#legend-toggle');
    const folded = await box('#legend');
    expect(folded.bottom - folded.top).toBeLessThan(40);
    expect(await page.getAttribute('#legend-toggle', 'aria-expanded')).toBe('false');
    await page.click('#legend-toggle');
  });

  it('folds the filters, the details panel and the console to strips, giving the graph their room', async () => {
    const { page } = explorer;
    await open(explorer, '#node=AUR');
    await page.locator('#panel-title', { hasText: 'Aurelia' }).waitFor();
    await page.click('#toggle-console');
    const crowded = await box('#graph');
    expect(crowded.right - crowded.left).toBeGreaterThan(300);
    await page.click('#sidebar-fold');
    await page.click('#panel-fold');
    await page.click('#console-fold');
    const roomy = await box('#graph');
    expect(roomy.right - roomy.left).toBeGreaterThan(crowded.right - crowded.left + 400);
    expect(roomy.bottom - roomy.top).toBeGreaterThan(crowded.bottom - crowded.top + 150);
    await page.click('#panel-fold');
    expect(await page.locator('#panel-title').textContent()).toBe('Aurelia');
    await page.click('#console-fold');
    await page.click('#sidebar-fold');
  });

  it('puts a query result’s banner above the canvas, not over it', async () => {
    const { page } = explorer;
    await open(explorer);
    await runSavedQuery(page, 'contested');
    await page.locator('#banner', { hasText: 'Showing a query result' }).waitFor();
    expect((await box('#banner')).bottom).toBeLessThanOrEqual((await box('#graph')).top + 1);
  });
});

describe('Cypher results', () => {
  it('draws the contested targets with the statements of both sides', async () => {
    const { page } = explorer;
    await open(explorer);
    await runSavedQuery(page, 'contested');
    await settled(page);
    expect(Number(await page.getAttribute('#graph', 'data-edge-count'))).toBeGreaterThan(0);
    expect(await page.locator('#cypher-note').textContent()).toMatch(/^Drawn on the graph/);
  });

  it('lists a result without relationships and says why it is not drawn', async () => {
    const { page } = explorer;
    await open(explorer);
    const before = await page.getAttribute('#graph', 'data-node-count');
    await runCypher(page, 'MATCH (n:Entity) RETURN n LIMIT 5');
    expect(await page.locator('#cypher-note').textContent()).toMatch(
      /^Not drawn on the graph: .*no relationship/,
    );
    expect(await page.locator('#cypher-results table tbody tr').count()).toBe(5);
    expect(await page.locator('#banner').isHidden()).toBe(true);
    expect(await page.getAttribute('#graph', 'data-node-count')).toBe(before);
  });
});
