// Blocs and time, in Chromium on a made-up world of two camps over six months: blocs colour the camps
// apart and list their members, and switch off; the time bar shows a window of months, play steps
// through them, and an edge's panel charts its statements per month. Nothing is fetched again.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../src/graph/model.ts';
import { CAMPS, ENTITIES, STATEMENTS, worldGraphs } from './fixtures/world.ts';
import { apiRequestsDuring, open, settled, shownEdges, startExplorer, type Explorer } from './harness.ts';

const ACTORS = new Set(['Person', 'Country', 'Organization']);
const actor = (id: string): boolean => ACTORS.has(ENTITIES[id]?.[1] ?? '');
const SHOTS = 'test-results';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer(worldGraphs());
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await explorer.close();
});

function colours(): Promise<Record<string, string>> {
  return explorer.page.evaluate(() => {
    const { graph } = (window as unknown as { stancegraph: { graph: ExplorerGraph } }).stancegraph;
    return Object.fromEntries(graph.mapNodes((node, a) => [node, a.color]));
  });
}

describe('blocs', () => {
  it('colour the two camps apart, list their members, and switch off', async () => {
    const { page } = explorer;
    await open(explorer);
    const kinds = await colours();
    const requests = await apiRequestsDuring(page, async () => {
      await page.selectOption('#filter-colour', 'stances');
      await page.waitForSelector('#graph[data-blocs="ready"]');
    });
    expect(requests).toEqual([]);
    const blocs = await colours();
    const [west = [], east = []] = CAMPS;
    for (const camp of CAMPS) expect(new Set(camp.map((id) => blocs[id])).size).toBe(1);
    expect(blocs[west[0] ?? '']).not.toBe(blocs[east[0] ?? '']);
    const legend = page.locator('#legend-blocs .legend-bloc');
    expect(await legend.count()).toBeGreaterThanOrEqual(2);
    const listed = await legend.evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('[data-entity]')].map((b) => b.getAttribute('data-entity'))),
    );
    for (const camp of CAMPS)
      expect(listed.some((members) => camp.every((id) => members.includes(id)))).toBe(true);
    expect(page.url()).toContain('blocs=stances');
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/explorer-blocs.png` });

    await page.click(`#legend-blocs [data-entity="${west[0] ?? ''}"]`);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(ENTITIES[west[0] ?? '']?.[0]);

    await page.selectOption('#filter-colour', 'off');
    expect(await colours()).toEqual(kinds);
    expect(await page.locator('#legend-blocs').count()).toBe(0);
  });

  it('group actors by the positions they share (discourse network congruence)', async () => {
    await open(explorer, '#blocs=shared');
    await explorer.page.waitForSelector('#graph[data-blocs="ready"]');
    const blocs = await colours();
    // Aurelia and Carpania both support sanctions; Syldavia and Tomainia both oppose them.
    expect(blocs.AUR).toBe(blocs.CAR);
    expect(blocs.SYL).toBe(blocs.TOM);
    expect(blocs.AUR).not.toBe(blocs.SYL);
  });
});

describe('the time bar', () => {
  const inMonths = (from: string, to: string) =>
    [
      ...new Set(
        STATEMENTS.filter(([m, s, , t]) => m >= from && m <= to && actor(s) && actor(t)).map(
          ([, s, r, t]) => `${s} ${r} ${t}`,
        ),
      ),
    ].sort();

  it('shows the statements of a window of months, without a request', async () => {
    const { page } = explorer;
    await open(explorer);
    const requests = await apiRequestsDuring(page, async () => {
      await page.locator('#time-end').fill('2');
      await page.locator('#time-start').fill('1');
    });
    expect(requests).toEqual([]);
    expect(await page.locator('#time-label').textContent()).toMatch(/^Feb 2022 – Mar 2022/);
    expect(await shownEdges(page)).toEqual(inMonths('2022-02', '2022-03'));
    expect(page.url()).toContain('from=2022-02-01');
    expect(page.url()).toContain('to=2022-03-31');
    expect(await page.inputValue('#filter-from')).toBe('2022-02-01');
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/explorer-time.png` });
  });

  it('plays the months one after the other', async () => {
    const { page } = explorer;
    await open(explorer);
    const seen: string[] = [];
    await page.click('#time-play');
    for (const month of ['Jan 2022', 'Feb 2022', 'Mar 2022']) {
      await page.locator('#time-label', { hasText: new RegExp(`^${month} ·`) }).waitFor({ timeout: 5000 });
      seen.push(month);
      const index = ['2022-01', '2022-02', '2022-03'][seen.length - 1] ?? '';
      expect(await shownEdges(page)).toEqual(inMonths(index, index));
    }
    await page.click('#time-play');
    expect(await page.getAttribute('#time-play', 'aria-pressed')).toBe('false');
  });

  it('charts an edge’s statements per month in its panel', async () => {
    const { page } = explorer;
    await open(explorer, '#source=AUR&edge=SUPPORTS&target=BOR');
    const bars = page.locator('#edge-timeline rect[data-count]:not([data-count="0"])');
    await bars.first().waitFor();
    const months = await bars.evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-month')));
    expect(months).toEqual(
      STATEMENTS.filter(([, s, r, t]) => s === 'AUR' && r === 'SUPPORTS' && t === 'BOR').map(([m]) => m),
    );
  });
});
