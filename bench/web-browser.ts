// What bench:web measures in headless Chromium on one served graph: the first view (its first frame and
// its settled layout), filter changes and time-bar steps, each from the user's change to the frame that
// shows it (the explorer writes that time into the canvas's data-update-ms), and screenshots on request.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const TIMEOUT = 240_000;
const PLAY_STEPS = 8;

export interface ViewFigures {
  /** The first page load, on a server and a Neo4j that had answered nothing yet. */
  cold: Record<string, string>;
  /** A second load, as anyone after the first user gets it: what the rest is measured on. */
  dataset: Record<string, string>;
  /** Each filter change, in ms. */
  filters: number[];
  /** Each step of play, in ms, colours by kind and by bloc. */
  steps: number[];
  blocSteps: number[];
  /** How long finding the blocs took after each step's frame, in ms. */
  blocs: number[];
}

const dataset = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(
    () =>
      Object.fromEntries(Object.entries(document.getElementById('graph')?.dataset ?? {})) as Record<
        string,
        string
      >,
  );

const updates = async (page: Page): Promise<number> => Number((await dataset(page)).updates ?? 0);

/** Runs `change` and returns how long the explorer took from the change to the frame showing it. */
async function timed(page: Page, change: () => Promise<void>): Promise<number> {
  const before = await updates(page);
  await change();
  await page.waitForFunction(
    (n) => Number(document.getElementById('graph')?.dataset.updates ?? 0) > n,
    before,
    {
      timeout: TIMEOUT,
    },
  );
  return Number((await dataset(page)).updateMs);
}

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#graph[data-layout="settled"]', { timeout: TIMEOUT });
}

/** Every time play moves the time bar, the time to its frame (and to its blocs), for `count` steps. */
async function playSteps(page: Page, count: number): Promise<{ frames: number[]; blocs: number[] }> {
  await page.evaluate(() => {
    const graph = document.getElementById('graph');
    const seen: number[] = [];
    const blocs: number[] = [];
    Object.assign(window, { steps: seen, blocs });
    if (!graph) return;
    new MutationObserver(() => seen.push(Number(graph.dataset.updateMs))).observe(graph, {
      attributeFilter: ['data-updates'],
    });
    new MutationObserver(() => {
      if (graph.dataset.blocs === 'ready') blocs.push(Number(graph.dataset.blocsMs));
    }).observe(graph, { attributeFilter: ['data-blocs'] });
  });
  await page.click('#time-play');
  await page.waitForFunction(
    (n) =>
      (window as unknown as { steps: number[] }).steps.length >= n ||
      document.getElementById('time-play')?.getAttribute('aria-pressed') === 'false',
    count,
    { timeout: TIMEOUT },
  );
  if ((await page.getAttribute('#time-play', 'aria-pressed')) === 'true') await page.click('#time-play');
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const { steps, blocs } = window as unknown as { steps: number[]; blocs: number[] };
    return { frames: steps, blocs };
  });
}

/** Loads the explorer in a fresh page and waits for its first view to settle. */
async function load(page: Page, url: string): Promise<Record<string, string>> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('graph')?.dataset.rendered, undefined, {
    timeout: TIMEOUT,
  });
  await settled(page);
  return dataset(page);
}

/** Opens `url` twice (cold, then measured) and measures; writes screenshots into `shots` when given. */
export async function measureView(url: string, shots?: { dir: string; name: string }): Promise<ViewFigures> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const coldPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cold = await load(coldPage, url);
    await coldPage.close();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const first = await load(page, url);
    const shot = async (what: string): Promise<void> => {
      if (!shots) return;
      await settled(page);
      await page.waitForTimeout(800);
      mkdirSync(shots.dir, { recursive: true });
      await page.screenshot({ path: `${shots.dir}/${shots.name}-${what}.png` });
    };
    await shot('first-view');
    const filters = [
      await timed(page, () => page.uncheck('input[name="relation"][value="SUPPORTS"]')),
      await timed(page, () => page.check('input[name="relation"][value="SUPPORTS"]')),
      await timed(page, () => page.click('[data-only-relation="OPPOSES"]')),
      await timed(page, () => page.click('[data-only-kind="Country"]')),
      await timed(page, () => page.click('#filter-reset')),
      await timed(page, () => page.check('input[name="kind"][value="Concept"]')),
      await timed(page, () => page.check('#filter-rollup')),
      await timed(page, () => page.click('#filter-reset')),
    ];
    await settled(page);
    const steps = await playSteps(page, PLAY_STEPS);
    await timed(page, () => page.click('#time-all'));
    await settled(page);
    await timed(page, async () => {
      await page.selectOption('#filter-colour', 'stances');
    });
    await page.waitForSelector('#graph[data-blocs="ready"]', { timeout: TIMEOUT });
    await shot('blocs');
    const withBlocs = await playSteps(page, PLAY_STEPS);
    await shot('time');
    return {
      cold,
      dataset: first,
      filters,
      steps: steps.frames,
      blocSteps: withBlocs.frames,
      blocs: withBlocs.blocs,
    };
  } finally {
    await browser.close();
  }
}
