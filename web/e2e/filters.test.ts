// The first view and the filters, in Chromium on a made-up world: the first view shows actors and their
// stances, main actors in the middle, labels apart; every filter acts on the loaded graph without a
// request and without moving a node; "only" keeps one relation or kind; people roll up to their country.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../src/graph/model.ts';
import { ENTITIES, REPRESENTS, STATEMENTS, worldGraphs } from './fixtures/world.ts';
import {
  apiRequestsDuring,
  open,
  settled,
  shownEdges,
  shownNodes,
  startExplorer,
  type Explorer,
} from './harness.ts';

const ACTORS = new Set(['Person', 'Country', 'Organization']);
const kind = (id: string): string => ENTITIES[id]?.[1] ?? '';

/** The edges STATEMENTS give under a filter, as the view writes them. */
function expected(keep: (statement: (typeof STATEMENTS)[number]) => boolean): string[] {
  return [...new Set(STATEMENTS.filter(keep).map(([, s, r, t]) => `${s} ${r} ${t}`))].sort();
}
const betweenActors = ([, s, , t]: (typeof STATEMENTS)[number]): boolean =>
  ACTORS.has(kind(s)) && ACTORS.has(kind(t));

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer(worldGraphs());
  await open(explorer);
});

afterAll(async () => {
  await explorer.close();
});

function positions(): Promise<Record<string, [number, number]>> {
  return explorer.page.evaluate(() => {
    const { graph } = (window as unknown as { stancegraph: { graph: ExplorerGraph } }).stancegraph;
    return Object.fromEntries(graph.mapNodes((node, a) => [node, [a.x, a.y] as [number, number]]));
  });
}

describe('the first view', () => {
  it('shows the actors and their stances on each other, and its link is the bare address', async () => {
    mkdirSync('test-results', { recursive: true });
    await explorer.page.screenshot({ path: 'test-results/explorer-first-view.png' });
    expect(await shownEdges(explorer.page)).toEqual(expected(betweenActors));
    for (const node of await shownNodes(explorer.page)) expect(ACTORS).toContain(kind(node));
    expect(new URL(explorer.page.url()).hash).toBe('');
  });

  it('lays the graph out until it settles, not until a time limit', async () => {
    expect(await explorer.page.locator('#graph').getAttribute('data-layout-end')).toBe('converged');
  });

  it('puts the most active actors nearer the middle than the least active', async () => {
    const spread = await explorer.page.evaluate(() => {
      const { graph } = (window as unknown as { stancegraph: { graph: ExplorerGraph } }).stancegraph;
      const shown = graph.filterNodes((_node, a) => !a.hidden).map((node) => graph.getNodeAttributes(node));
      const centre = {
        x: shown.reduce((sum, a) => sum + a.x, 0) / shown.length,
        y: shown.reduce((sum, a) => sum + a.y, 0) / shown.length,
      };
      const bySize = shown.sort((a, b) => b.size - a.size);
      const distance = (a: { x: number; y: number }) => Math.hypot(a.x - centre.x, a.y - centre.y);
      const mean = (list: { x: number; y: number }[]) =>
        list.reduce((sum, a) => sum + distance(a), 0) / list.length;
      return { largest: mean(bySize.slice(0, 3)), smallest: mean(bySize.slice(-3)) };
    });
    expect(spread.largest).toBeLessThan(spread.smallest);
  });

  it('writes labels that do not overlap', async () => {
    const overlaps = await explorer.page.evaluate(() => {
      const { graph, renderer } = (
        window as unknown as {
          stancegraph: { graph: ExplorerGraph; renderer: import('../src/graph/renderer.ts').Renderer };
        }
      ).stancegraph;
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return ['no canvas'];
      context.font = '13px sans-serif';
      const boxes = [...renderer.getNodeDisplayedLabels()]
        .filter((node) => !renderer.getNodeState(node).labelHidden)
        .map((node) => {
          const data = renderer.getNodeDisplayData(node);
          if (!data) return null;
          const { x, y } = renderer.framedGraphToViewport(data);
          const [r, w] = [
            renderer.scaleSize(data.size) + 3,
            context.measureText(graph.getNodeAttribute(node, 'label')).width,
          ];
          // Where sigma writes the label: beside the node, or centred under or over it.
          const side = renderer.getNodeState(node).labelSide;
          const left = side === 'right' ? x + r : side === 'left' ? x - r - w : x - w / 2;
          const top = side === 'below' ? y + r : side === 'above' ? y - r - 16 : y - 8;
          return { node, left, right: left + w, top, bottom: top + 16 };
        })
        .filter((box) => box !== null);
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map((b) => `${a.node} / ${b.node}`),
      );
    });
    expect(overlaps).toEqual([]);
  });
});

describe('the filters', () => {
  it('act on the loaded graph: no request, no node moved', async () => {
    const { page } = explorer;
    const before = await positions();
    const requests = await apiRequestsDuring(page, async () => {
      await page.uncheck('input[name="relation"][value="SUPPORTS"]');
      expect(await shownEdges(page)).toEqual(expected((s) => betweenActors(s) && s[2] !== 'SUPPORTS'));
      await page.check('input[name="kind"][value="Concept"]');
      await page.check('input[name="kind"][value="Initiative"]');
      expect(await shownEdges(page)).toEqual(expected((s) => s[2] !== 'SUPPORTS'));
      await page.selectOption('#filter-document', 'world-2022-03');
      expect(await shownEdges(page)).toEqual(expected((s) => s[2] !== 'SUPPORTS' && s[0] === '2022-03'));
      await page.selectOption('#filter-document', '');
      await page.fill('#filter-from', '2022-04-01');
      await page.dispatchEvent('#filter-from', 'change');
      expect(await shownEdges(page)).toEqual(expected((s) => s[2] !== 'SUPPORTS' && s[0] >= '2022-04'));
      await page.fill('#filter-limit', '2');
      await page.dispatchEvent('#filter-limit', 'change');
      expect(await shownEdges(page)).toHaveLength(2);
    });
    expect(requests).toEqual([]);
    const after = await positions();
    for (const node of await shownNodes(page)) if (before[node]) expect(after[node]).toEqual(before[node]);
  });

  it('"only" keeps one relation, or one kind', async () => {
    const { page } = explorer;
    await open(explorer);
    await page.click('[data-only-relation="OPPOSES"]');
    expect(await shownEdges(page)).toEqual(expected((s) => betweenActors(s) && s[2] === 'OPPOSES'));
    expect(await page.locator('input[name="relation"]:checked').count()).toBe(1);
    await page.click('[data-only-kind="Country"]');
    const countries = (id: string) => kind(id) === 'Country';
    expect(await shownEdges(page)).toEqual(
      expected(([, s, r, t]) => r === 'OPPOSES' && countries(s) && countries(t)),
    );
    expect(page.url()).toContain('relation=OPPOSES');
    expect(page.url()).toContain('kind=Country');
  });

  it('rolls people up to whom they speak for, and back', async () => {
    const { page } = explorer;
    await open(explorer, '#relation=OPPOSES');
    expect(await shownNodes(page)).toContain('viktor-sylvan');
    await page.check('#filter-rollup');
    await settled(page);
    const up = (id: string): string => REPRESENTS[id] ?? id;
    expect(await shownEdges(page)).toEqual(
      [
        ...new Set(
          STATEMENTS.filter(
            ([, s, r, t]) => r === 'OPPOSES' && betweenActors(['', s, r, t]) && up(s) !== up(t),
          ).map(([, s, r, t]) => `${up(s)} ${r} ${up(t)}`),
        ),
      ].sort(),
    );
    expect(await shownNodes(page)).not.toContain('viktor-sylvan');
    expect(page.url()).toContain('rollup=1');
    await page.uncheck('#filter-rollup');
    expect(await shownNodes(page)).toContain('viktor-sylvan');
  });

  it('shows a rolled-up edge with the statements of everyone it sums up', async () => {
    const { page } = explorer;
    await open(explorer, '#relation=OPPOSES&rollup=1&source=AUR&edge=OPPOSES&target=SYL');
    const note = page.locator('#edge-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'People shown as whom they speak for. For Aurelia: Aurelia itself, Anna Aurel. For Syldavia: Syldavia itself.',
    );
    const statements = STATEMENTS.filter(
      ([, s, r, t]) => r === 'OPPOSES' && (s === 'AUR' || s === 'anna-aurel') && t === 'SYL',
    );
    expect(await page.locator('#panel .statement').count()).toBe(statements.length);
  });

  it('expanding a node shows all its neighbours, whatever the kinds, and the link keeps it', async () => {
    const { page } = explorer;
    await open(explorer, '#node=AUR');
    await page.locator('#panel-title', { hasText: 'Aurelia' }).waitFor();
    expect(await shownNodes(page)).not.toContain('sanctions');
    const requests = await apiRequestsDuring(page, async () => {
      await page.click('#panel button:has-text("Expand neighbours")');
    });
    expect(requests).toEqual([]);
    const neighbours = [
      ...new Set(STATEMENTS.flatMap(([, s, , t]) => (s === 'AUR' ? [t] : t === 'AUR' ? [s] : []))),
    ];
    const shown = await shownNodes(page);
    for (const neighbour of neighbours) expect(shown).toContain(neighbour);
    expect(page.url()).toContain('expand=AUR');
  });

  it('"First view" brings the first view back', async () => {
    const { page } = explorer;
    await open(explorer, '#relation=OPPOSES&kind=Country&limit=3');
    await page.click('#filter-reset');
    expect(await shownEdges(page)).toEqual(expected(betweenActors));
    expect(new URL(page.url()).hash).toBe('');
  });
});
