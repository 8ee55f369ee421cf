// ForceAtlas2 in a web worker, supervised: it runs until the nodes barely move any more (or a time
// budget is spent), then stops and frees the worker. The page stays responsive throughout.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import type { ExplorerGraph } from './model.ts';

// A CommonJS module whose typings declare an ES default export: at run time the default import is the class.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;

export type LayoutState = 'running' | 'settled';

const SAMPLE_MS = 300;
/** Mean movement per sample, as a share of the drawing's extent, under which the layout counts as settled. */
const SETTLED_MOVEMENT = 0.001;
/** The first moments always move little per sample on big graphs: never stop before this. */
const MIN_RUN_MS = 1500;

export class LayoutSupervisor {
  private layout: InstanceType<typeof FA2Layout> | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onState: (
      state: LayoutState,
      elapsedMs: number,
      reason?: 'converged' | 'budget' | 'stopped',
    ) => void,
  ) {}

  isRunning(): boolean {
    return this.layout !== null;
  }

  /** Starts (or restarts) the layout; it stops by itself after `budgetMs` at most. */
  start(budgetMs = Math.min(20_000, 4_000 + this.graph.order * 1.5)): void {
    this.stop(false);
    const started = performance.now();
    if (this.graph.order < 2) {
      this.onState('settled', 0, 'converged');
      return;
    }
    const settings = forceAtlas2.inferSettings(this.graph);
    // Small graphs can afford exact repulsion and keeping nodes apart by their size; large ones need
    // the Barnes-Hut approximation, which does not take sizes into account.
    const large = this.graph.order > 2000;
    this.layout = new FA2Layout(this.graph, {
      settings: {
        ...settings,
        edgeWeightInfluence: 0.5,
        scalingRatio: 20,
        linLogMode: true,
        outboundAttractionDistribution: true,
        barnesHutOptimize: large,
        adjustSizes: false,
      },
      getEdgeWeight: 'count',
    });
    this.layout.start();
    this.onState('running', 0);
    let previous = this.positions();
    let calm = 0;
    this.timer = setInterval(() => {
      const current = this.positions();
      calm = movement(previous, current) < SETTLED_MOVEMENT ? calm + 1 : 0;
      previous = current;
      const elapsed = performance.now() - started;
      if ((calm >= 2 && elapsed > MIN_RUN_MS) || elapsed > budgetMs) {
        this.stop(false);
        this.onState('settled', elapsed, calm >= 2 ? 'converged' : 'budget');
      }
    }, SAMPLE_MS);
  }

  /** Stops the layout where it is; `notify` reports it settled (a user's stop counts as settled). */
  stop(notify = true): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      if (notify) this.onState('settled', 0, 'stopped');
    }
  }

  private positions(): Float64Array {
    const positions = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_node, attributes) => {
      positions[i++] = attributes.x;
      positions[i++] = attributes.y;
    });
    return positions;
  }
}

/** Mean displacement between two samples relative to the extent of the drawing; 1 when they differ in size. */
export function movement(before: Float64Array, after: Float64Array): number {
  if (before.length !== after.length || after.length === 0) return 1;
  let total = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i] ?? 0;
    const y = after[i + 1] ?? 0;
    total += Math.hypot(x - (before[i] ?? 0), y - (before[i + 1] ?? 0));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return total / (after.length / 2) / extent;
}
