// A selected node or edge never greys out the whole graph, whatever changes the view under it: a filter,
// a reset, a document, a saved query, going back to the graph. Each path once left every node grey and
// unlabelled until a reload. Checked on the canvas itself: the graph keeps its colours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/pipeline.ts';
import { FOUNDING_ID, foundingArticle, xssGraph } from './fixtures/documents.ts';
import { colourfulShare, open, settled, startExplorer, type Explorer } from './harness.ts';

/** Well under what a drawn graph shows, well over what a greyed-out one does. */
const SOME_COLOUR = 0.0005;

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer([extractDocument(foundingArticle()), xssGraph()]);
});

afterAll(async () => {
  await explorer.close();
});

async function expectColoured(): Promise<void> {
  const { page } = explorer;
  await settled(page);
  await page.waitForTimeout(400);
  expect(await colourfulShare(page)).toBeGreaterThan(SOME_COLOUR);
  // Deselecting keeps it so, by Escape as by a click on the empty stage.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(await colourfulShare(page)).toBeGreaterThan(SOME_COLOUR);
}

async function runSavedQuery(name: string): Promise<void> {
  const { page } = explorer;
  if (await page.locator('#console').isHidden()) await page.click('#toggle-console');
  await page.click(`[data-query="${name}"]`);
  await page.waitForFunction(() => document.getElementById('cypher-status')?.textContent !== 'Running…');
}

const LAVROV = '#node=sergei-lavrov';
const LAVROV_EDGE = '#source=sergei-lavrov&edge=OPPOSES&target=indo-pacific-strategy';

describe('a selection and a change of the view', () => {
  it('a node selected, unticking "supports" keeps the graph in colour', async () => {
    await open(explorer, LAVROV);
    await explorer.page.locator('#panel-title', { hasText: 'Sergei Lavrov' }).waitFor();
    await explorer.page.uncheck('input[name="relation"][value="SUPPORTS"]');
    await expectColoured();
  });

  it('a node selected, "Reset filters" keeps the graph in colour', async () => {
    await open(explorer, `${LAVROV}&relation=OPPOSES`);
    await explorer.page.click('#filter-reset');
    await expectColoured();
  });

  it('a node selected, choosing a document keeps the graph in colour', async () => {
    await open(explorer, LAVROV);
    await explorer.page.selectOption('#filter-document', FOUNDING_ID);
    await expectColoured();
  });

  it('an edge selected, running a saved query keeps the graph in colour', async () => {
    await open(explorer, LAVROV_EDGE);
    await runSavedQuery('opponents');
    await explorer.page.locator('#banner', { hasText: 'Showing a query result' }).waitFor();
    await expectColoured();
  });

  it('an edge selected, "Back to the graph" keeps the graph in colour', async () => {
    await open(explorer, LAVROV_EDGE);
    await runSavedQuery('opponents');
    await explorer.page.click('#back-to-graph');
    await expectColoured();
    expect(explorer.pageErrors).toEqual([]);
  });
});
